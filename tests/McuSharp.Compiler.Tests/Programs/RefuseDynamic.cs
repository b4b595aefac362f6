// expect: MCU0001
using System;

static class RefuseDynamic
{
    static void Main()
    {
        dynamic value = 5;
        Console.WriteLine(value + 1);
    }
}
