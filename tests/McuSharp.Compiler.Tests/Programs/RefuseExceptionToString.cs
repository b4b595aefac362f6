// expect: MCU0002
using System;

// An exception's ToString() holds .NET's stack trace ("   at Program.Main() in ...:line 9"), which the device cannot
// reproduce; print e.GetType().Name and e.Message instead.
static class RefuseExceptionToString
{
    static void Main()
    {
        try
        {
            throw new InvalidOperationException("boom");
        }
        catch (Exception e)
        {
            Console.WriteLine(e.ToString());
        }
    }
}
