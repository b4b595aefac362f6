// expect: MCU0003
using System;

static class RefuseUnknownFormatSpecifier
{
    static void Main()
    {
        double ratio = 0.5;
        Console.WriteLine(ratio.ToString("D2"));
    }
}
