// expect: MCU0001
using System;

static class RefuseTryCatch
{
    static void Main()
    {
        try
        {
            Console.WriteLine(int.Parse("oops"));
        }
        catch (FormatException)
        {
            Console.WriteLine("bad number");
        }
    }
}
