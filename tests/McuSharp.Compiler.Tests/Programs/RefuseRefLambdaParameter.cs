// expect: MCU0013
using System;

delegate void Bump(ref int value);

static class RefuseRefLambdaParameter
{
    static void Main()
    {
        Bump bump = (ref int v) => v++;
        int x = 1;
        bump(ref x);
        Console.WriteLine(x);
    }
}
