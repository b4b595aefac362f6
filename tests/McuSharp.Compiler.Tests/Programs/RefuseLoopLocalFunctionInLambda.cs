// expect: MCU0017
using System;
using System.Collections.Generic;

static class RefuseLoopLocalFunctionInLambda
{
    static void Main()
    {
        var later = new List<Func<int>>();
        foreach (var v in new[] { 1, 2, 3 })
        {
            int Twice() => v * 2;
            later.Add(() => Twice() + 1);
        }
        foreach (var f in later) Console.WriteLine(f());
    }
}
