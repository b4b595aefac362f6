// expect: MCU0002
using System;

// StackTrace is .NET's stack trace text; the device's traceback of an uncaught exception shows the C# lines instead.
static class RefuseExceptionStackTrace
{
    static void Main()
    {
        try
        {
            throw new NotSupportedException();
        }
        catch (NotSupportedException e)
        {
            Console.WriteLine(e.StackTrace);
        }
    }
}
