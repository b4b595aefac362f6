// expect: MCU0001
using System;

// Console.WriteLine(e), "..." + e and $"{e}" call the exception's ToString(), with .NET's stack trace.
static class RefusePrintingException
{
    static void Main()
    {
        try
        {
            throw new FormatException("bad");
        }
        catch (FormatException e)
        {
            Console.WriteLine("failed: " + e);
        }
    }
}
