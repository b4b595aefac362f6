// expect: MCU0001
using System;

static class RefuseGoto
{
    static void Main()
    {
        int n = 0;
    again:
        n++;
        if (n < 3) goto again;
        Console.WriteLine(n);
    }
}
