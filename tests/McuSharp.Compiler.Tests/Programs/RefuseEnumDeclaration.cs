// expect: MCU0001
using System;

enum Mode { Idle, Running }

static class RefuseEnumDeclaration
{
    static void Main()
    {
        Console.WriteLine("mode");
    }
}
