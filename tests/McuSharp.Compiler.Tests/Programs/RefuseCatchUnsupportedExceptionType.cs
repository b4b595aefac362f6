// expect: MCU0002
using System;
using System.IO;

// The device has no class for IOException (nor does anything on it raise one): catch a type McuSharp supports.
static class RefuseCatchUnsupportedExceptionType
{
    static void Main()
    {
        try
        {
            Console.WriteLine("reading");
        }
        catch (IOException e)
        {
            Console.WriteLine(e.Message);
        }
    }
}
