// Delegates stored in fields, lists and dictionaries, passed to and returned from methods, composed, and chosen at
// run time (a command table, a strategy object, a pipeline of stages).
using System;
using System.Collections.Generic;

class Filter
{
    private readonly Func<int, bool> _accept;
    private readonly Func<int, int> _map;
    public Filter(Func<int, bool> accept, Func<int, int> map) { _accept = accept; _map = map; }
    public List<int> Run(List<int> input)
    {
        var output = new List<int>();
        foreach (var x in input) if (_accept(x)) output.Add(_map(x));
        return output;
    }
}

static class Program
{
    static Func<int, int> Compose(Func<int, int> f, Func<int, int> g) => x => g(f(x));
    static Func<int, int> Repeat(Func<int, int> f, int times)
    {
        Func<int, int> result = x => x;
        for (int i = 0; i < times; i++) result = Compose(result, f);
        return result;
    }
    static int Apply(Func<int, int, int> op, int a, int b) => op(a, b);

    static void Main()
    {
        var commands = new Dictionary<string, Action<List<int>>>
        {
            { "push1", s => s.Add(1) },
            { "dup", s => s.Add(s[s.Count - 1]) },
            { "add", s => { int b = s[s.Count - 1]; s.RemoveAt(s.Count - 1); s[s.Count - 1] += b; } },
            { "neg", s => s[s.Count - 1] = -s[s.Count - 1] },
        };
        var stack = new List<int>();
        foreach (var c in "push1 dup add dup add neg push1 add".Split(' ')) commands[c](stack);
        Console.WriteLine(string.Join(",", stack));

        var stages = new List<Func<int, int>> { x => x + 1, x => x * 3, x => x - 4 };
        int v = 5;
        foreach (var stage in stages) v = stage(v);
        Console.WriteLine(v + " " + Compose(stages[0], stages[1])(10) + " " + Repeat(x => x * 2, 10)(1));

        var f = new Filter(x => x % 3 != 0, x => x * x);
        Console.WriteLine(string.Join(" ", f.Run(new List<int> { 1, 2, 3, 4, 5, 6, 7 })));
        Func<int, int, int>[] ops = { (a, b) => a + b, (a, b) => a * b, (a, b) => Math.Max(a, b) };
        foreach (var op in ops) Console.Write(Apply(op, 6, 7) + " ");
        Console.WriteLine();
        Func<Func<int>> maker = () => { int n = 0; return () => ++n; };
        var c1 = maker();
        var c2 = maker();
        c1(); c1();
        Console.WriteLine(c1() + " " + c2());
        Func<int, int> choose = stages.Count > 2 ? (Func<int, int>)(x => x + 100) : (x => x - 100);
        Console.WriteLine(choose(1));
    }
}
