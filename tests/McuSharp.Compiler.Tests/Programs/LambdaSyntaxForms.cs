// Lambda syntax forms: discard parameters, default parameter values (C# 12), static lambdas, explicit return types,
// natural delegate types (var), and anonymous methods (delegate { } with and without a parameter list).
using System;
using System.Collections.Generic;
using System.Linq;
static class LambdaSyntaxForms
{
    static void Main()
    {
        Func<int, int, int> first = (a, _) => a;
        Func<int, int, int> one = (_, _) => 1;
        var f = (int x = 3) => x * 2;
        var g = static (int x) => x + 1;
        Func<int, int> h = int (x) => x - 1;
        Console.WriteLine(first(4, 5) + " " + one(1, 2) + " " + f() + " " + f(5) + " " + g(1) + " " + h(1));
        var xs = new List<int> { 1, 2, 3 };
        Console.WriteLine(xs.Select((_, i) => i).Sum());
        Action<int> noop = delegate { };
        noop(1);
        Func<int, int> old = delegate (int v) { return v * 3; };
        Console.WriteLine(old(2));
    }
}
