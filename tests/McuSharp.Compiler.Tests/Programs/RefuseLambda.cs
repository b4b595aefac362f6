// expect: MCU0001
using System;

static class RefuseLambda
{
    static void Main()
    {
        Func<int, int> twice = x => x * 2;
        Console.WriteLine(twice(21));
    }
}
