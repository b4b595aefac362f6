// expect: MCU0001
using System;

enum Level { Low = 1, Minimum = 1, High = 2 }

static class RefuseEnumSharedValuePrinting
{
    static void Main()
    {
        Console.WriteLine(Level.Low);
    }
}
