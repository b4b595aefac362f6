// expect: MCU0001
using System;

static class RefuseBoxedReferenceEquality
{
    static void Main()
    {
        object a = 5, b = 5;
        Console.WriteLine(a == b);
    }
}
