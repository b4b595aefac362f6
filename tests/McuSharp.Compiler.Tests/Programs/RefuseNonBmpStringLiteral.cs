// expect: MCU0004
using System;

static class RefuseNonBmpStringLiteral
{
    static void Main()
    {
        string smile = "ok 😀";
        Console.WriteLine(smile.Length);
    }
}
