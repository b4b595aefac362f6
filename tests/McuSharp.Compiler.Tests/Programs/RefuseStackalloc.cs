// expect: MCU0001
using System;

static class RefuseStackalloc
{
    static void Main()
    {
        Span<byte> buffer = stackalloc byte[4];
        buffer[0] = 1;
        Console.WriteLine(buffer[0]);
    }
}
