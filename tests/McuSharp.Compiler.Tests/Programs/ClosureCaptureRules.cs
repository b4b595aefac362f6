// C#'s capture rules: shared captured locals, several lambdas on one counter, for vs foreach vs body locals, while loops, structs, nested lambdas, sibling scopes with one name.
using System;
using System.Collections.Generic;

struct Point
{
    public int X, Y;
    public Point(int x, int y) { X = x; Y = y; }
    public void Move(int d) { X += d; Y -= d; }
    public override string ToString() => "(" + X + "," + Y + ")";
}

class Owner
{
    private int _hits;
    private readonly List<Action> _pending = new List<Action>();
    public string Label = "owner";
    public void Schedule(int n) { for (int i = 0; i < n; i++) { int k = i; _pending.Add(() => { _hits += k; Label += k; }); } }
    public void RunAll() { foreach (var a in _pending) a(); _pending.Clear(); }
    public override string ToString() => Label + "/" + _hits;
}

static class Program
{
    static int _calls;
    static Func<int> _next = () => ++_calls;

    static (Func<int>, Action, Action<int>) MakeCounter(int start)
    {
        int value = start;
        return (() => value, () => value++, d => value += d);
    }

    static Func<int, Func<int, int>> Curry(Func<int, int, int> f) => a => b => f(a, b);

    static void Main()
    {
        var (get, inc, add) = MakeCounter(10);
        inc(); add(5); inc();
        Console.WriteLine(get());
        var (get2, inc2, _) = MakeCounter(0);
        inc2();
        Console.WriteLine(get() + " " + get2());

        var fors = new List<Func<int>>();
        for (int i = 0; i < 4; i++) fors.Add(() => i * 10);
        var foreachs = new List<Func<int>>();
        foreach (var n in new List<int> { 1, 2, 3 }) foreachs.Add(() => n * 10);
        var bodies = new List<Func<string>>();
        int w = 0;
        while (w < 3) { var tag = "t" + w; bodies.Add(() => tag + w); w++; }
        foreach (var f in fors) Console.Write(f() + " ");
        foreach (var f in foreachs) Console.Write(f() + " ");
        foreach (var f in bodies) Console.Write(f() + " ");
        Console.WriteLine();

        int shared = 1;
        Action doubleIt = () => shared *= 2;
        Func<int> read = () => shared;
        doubleIt(); shared += 1; doubleIt();
        Console.WriteLine(shared + " " + read());

        int late = 0;
        Action setLate = () => late = 42;
        setLate();
        late++;
        Console.WriteLine(late);

        var p = new Point(1, 2);
        Action move = () => p.Move(3);
        move();
        Console.WriteLine(p);
        p = new Point(100, 100);
        move();
        Console.WriteLine(p);
        var copies = new List<Func<Point>>();
        var points = new List<Point> { new Point(1, 1), new Point(2, 2) };
        foreach (var q in points) copies.Add(() => q);
        points[0] = new Point(9, 9);
        foreach (var c in copies) Console.Write(c() + " ");
        Console.WriteLine();
        var grid = new[] { new Point(1, 1), new Point(2, 2) };
        var readers = new List<Func<int>>();
        foreach (var g in grid) readers.Add(() => g.X);
        grid[0].X = 99;
        grid[1].Move(5);
        foreach (var r in readers) Console.Write(r() + " ");
        Console.WriteLine(grid[0].X + " " + grid[1]);

        { int x = 5; fors.Add(() => x); }
        { int x = 7; Console.WriteLine(x + " " + fors[fors.Count - 1]()); }

        Func<int, Func<int>> outer = a => { int b = a * 2; return () => a + b + shared; };
        var inner = outer(3);
        shared = 0;
        Console.WriteLine(inner());
        Console.WriteLine(Curry((a, b) => a - b)(10)(3));

        Console.WriteLine(_next() + _next() * 10 + " " + _calls);

        var owner = new Owner();
        owner.Schedule(3);
        owner.RunAll();
        Console.WriteLine(owner);

        var nested = new List<Func<int>>();
        for (int i = 0; i < 2; i++)
            foreach (var j in new[] { 10, 20 })
            {
                int local = i * 100 + j;
                nested.Add(() => local + i);
            }
        foreach (var f in nested) Console.Write(f() + " ");
        Console.WriteLine();

        int total = 0;
        foreach (var v in new[] { 1, 2, 3 })
        {
            void Accumulate() => total += v;
            Accumulate();
        }
        Console.WriteLine(total);
        Console.WriteLine(Fib(20) + " " + Later(4));
        IEnumerable<int> Evens(int max) { for (int e = 0; e <= max; e += 2) yield return e; }
        Console.WriteLine(string.Join(",", Evens(8)) + " " + string.Join(",", Evens(3)));
    }

    static int Fib(int n)
    {
        return Go(n).Item1;
        (int, int) Go(int k)
        {
            if (k == 0) return (0, 1);
            var (a, b) = Go(k - 1);
            return (b, a + b);
        }
    }

    static int Later(int n)
    {
        int factor = 3;
        int result = Times(n);
        factor = 5;
        return result + Times(n);
        int Times(int v) => v * factor;
    }
}
