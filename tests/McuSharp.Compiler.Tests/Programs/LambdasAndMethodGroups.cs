// Lambdas, Func/Action/Predicate/Comparison and a declared delegate type, method groups, closures in for/foreach loops, delegates in a dictionary, local functions.
using System;
using System.Collections.Generic;

delegate int BinaryOp(int a, int b);

class Counter
{
    private int _count;
    public string Name;
    public Counter(string name) { Name = name; }
    public void Tick() { _count++; }
    public int Value() => _count;
    public Func<int> Reader() => () => _count * 10;
    public Action Bump(int by) => () => { _count += by; };
}

static class Program
{
    static int Square(int x) => x * x;
    static int Add(int a, int b) => a + b;
    static Func<int, int> MakeAdder(int n) => x => x + n;

    static void Apply(List<int> xs, Func<int, int> f)
    {
        for (int i = 0; i < xs.Count; i++) xs[i] = f(xs[i]);
    }

    static void Main()
    {
        Func<int, int> sq = Square;
        Func<int, int> twice = x => x * 2;
        Func<int, int, int> mul = (a, b) => { var r = a * b; return r; };
        Action<string> say = s => Console.WriteLine("say " + s);
        Predicate<int> even = x => x % 2 == 0;
        Comparison<int> desc = (a, b) => b.CompareTo(a);
        BinaryOp op = Add;
        Console.WriteLine(sq(7) + " " + twice.Invoke(21) + " " + mul(6, 7) + " " + op(2, 3));
        say("hi");
        Console.WriteLine(even(4) + " " + even(5) + " " + desc(1, 2));
        var add5 = MakeAdder(5);
        Console.WriteLine(add5(10));
        var list = new List<int> { 1, 2, 3 };
        Apply(list, x => x * x + 1);
        Console.WriteLine(string.Join(",", list));

        int counter = 0;
        Action inc = () => counter++;
        Func<int> get = () => counter;
        inc(); inc();
        counter += 10;
        inc();
        Console.WriteLine(counter + " " + get());

        var c = new Counter("c");
        Action tick = c.Tick;
        tick(); tick(); tick();
        Console.WriteLine(c.Value() + " " + c.Reader()());
        var bump = c.Bump(5);
        bump();
        Console.WriteLine(c.Value());

        var actions = new List<Func<int>>();
        for (int i = 0; i < 3; i++) actions.Add(() => i);
        foreach (var a in actions) Console.Write(a() + " ");
        Console.WriteLine();
        var each = new List<Func<int>>();
        foreach (var v in new[] { 10, 20, 30 }) each.Add(() => v);
        foreach (var a in each) Console.Write(a() + " ");
        Console.WriteLine();
        var fresh = new List<Func<int>>();
        for (int i = 0; i < 3; i++) { int copy = i * 100; fresh.Add(() => copy + 1); }
        foreach (var a in fresh) Console.Write(a() + " ");
        Console.WriteLine();

        var table = new Dictionary<string, Func<int, int, int>>
        {
            ["add"] = (a, b) => a + b,
            ["sub"] = (a, b) => a - b,
            ["mul"] = mul,
        };
        foreach (var key in new[] { "add", "sub", "mul" }) Console.WriteLine(key + " " + table[key](8, 3));
        Func<int> none = null;
        Console.WriteLine(none?.Invoke() ?? -1);
        Action maybe = null;
        maybe?.Invoke();
        Console.WriteLine(none == null);

        int Fact(int n) => n <= 1 ? 1 : n * Fact(n - 1);
        Console.WriteLine(Fact(10));
        Console.WriteLine(IsEven(10) + " " + IsOdd(7));
        bool IsEven(int n) => n == 0 || IsOdd(n - 1);
        bool IsOdd(int n) => n != 0 && IsEven(n - 1);
        int total = 0;
        void AddTo(int x) { total += x; }
        AddTo(3); AddTo(4);
        Console.WriteLine(total);
        static int Cube(int x) => x * x * x;
        Func<int, int> cube = Cube;
        Console.WriteLine(cube(3));
    }
}
