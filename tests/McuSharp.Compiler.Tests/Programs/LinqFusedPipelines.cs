// Where/Select chains consumed at once (foreach, Sum, Count, Any, All, Max, Min, Average, ToList): predicates and
// selectors run interleaved in C#'s order, captured variables changed during the enumeration are seen, overflow in
// a checked Sum (also of values of one sign) throws, and an empty Max throws.
using System;
using System.Collections.Generic;
using System.Linq;

class Item
{
    public int Weight { get; }
    public bool Active { get; }
    public Item(int weight, bool active) { Weight = weight; Active = active; }
}

static class Program
{
    static int Trace(string tag, int x) { Console.Write(tag + x + " "); return x; }

    static void Main()
    {
        var xs = new List<int> { 4, 1, 7, 3, 9, 2 };
        foreach (var y in xs.Where(x => Trace("w", x) > 2).Select(x => Trace("s", x * 10)).Where(x => Trace("v", x) < 80))
            Console.Write("=" + y + " ");
        Console.WriteLine();
        int limit = 2;
        foreach (var x in xs.Where(v => v > limit)) { limit = x; Console.Write(x + " "); }
        Console.WriteLine();
        Console.WriteLine(xs.Where(x => x % 2 == 1).Select(x => x * x).Sum() + " " + xs.Sum(x => x - 5) + " " + xs.Count(x => x > 3));
        Console.WriteLine(xs.Any(x => Trace("a", x) > 6) + " " + xs.All(x => Trace("l", x) < 8));
        Console.WriteLine();
        Console.WriteLine(xs.Select(x => -x).Max() + " " + xs.Where(x => x > 3).Min() + " " + xs.Average(x => x * 2) + " " + xs.Max(x => x % 5));
        var items = new List<Item>();
        for (int i = 0; i < 12; i++) items.Add(new Item((i * 7919) % 1000, i % 3 != 0));
        Console.WriteLine(items.Where(it => it.Active).Select(it => it.Weight).Sum() + " " + items.Where(it => it.Active).Max(it => it.Weight));
        var heavy = items.Where(it => it.Weight > 500).Select(it => it.Weight / 10).ToList();
        Console.WriteLine(string.Join(",", heavy));
        var offsets = new List<Func<int>>();
        for (int round = 0; round < 3; round++)
        {
            int shift = round * 100;
            Console.Write(xs.Select(x => x + shift).Where(x => x % 2 == 0).Sum() + " ");
            offsets.Add(() => xs.Select(x => x + shift).Sum());
        }
        foreach (var o in offsets) Console.Write(o() + " ");
        Console.WriteLine();
        var big = new List<int> { int.MaxValue - 5, 3, 2, 1 };
        try { Console.WriteLine(big.Where(x => x > 0).Select(x => x).Sum()); } catch (OverflowException e) { Console.WriteLine("pos: " + e.Message); }
        try { Console.WriteLine(big.Select(x => -x - 1).Sum()); } catch (OverflowException e) { Console.WriteLine("neg: " + e.Message); }
        Console.WriteLine(big.Take(3).Select(x => x - 10).Sum());
        var mixed = new List<int> { int.MaxValue, 1, -2 };
        try { Console.WriteLine(mixed.Select(x => x).Sum()); } catch (OverflowException e) { Console.WriteLine("mixed: " + e.Message); }
        try { Console.WriteLine(xs.Where(x => x > 100).Max()); } catch (InvalidOperationException e) { Console.WriteLine("max: " + e.Message); }
        try { Console.WriteLine(xs.Where(x => x > 100).Average(x => x)); } catch (InvalidOperationException e) { Console.WriteLine("avg: " + e.Message); }
        Console.WriteLine(xs.Where(x => x > 100).Sum() + " " + xs.Where(x => x > 100).Count(x => x > 0) + " " + xs.Where(x => x > 100).Any());
        foreach (var v in xs.Where(x => Trace("p", x) > 1).OrderByDescending(x => x).Take(3).Select(x => x * 2)) Console.Write("o" + v + " ");
        Console.WriteLine();
        var inner = xs.Take(3).Select(x => xs.Where(y => y > x)).ToList();
        foreach (var q in inner) Console.Write(q.Count() + ":" + q.Sum() + ":" + string.Join(",", q) + " ");
        Console.WriteLine();
        Console.WriteLine(xs.Where(x => x > 1).Concat(xs.Where(x => x < 3)).Count(x => x > 2) + " " + string.Join(",", xs.Where(x => x > 2).GroupBy(x => x % 2).Select(g => g.Key + "=" + g.Sum())));
        long wide = new List<long> { long.MaxValue / 2, long.MaxValue / 2 }.Select(x => x).Sum();
        Console.WriteLine(wide);
    }
}
