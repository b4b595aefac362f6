// expect: MCU0001
using System;

static class RefusePrintingLibraryEnum
{
    static void Main()
    {
        StringComparison mode = StringComparison.Ordinal;
        Console.WriteLine("mode: " + mode);
    }
}
