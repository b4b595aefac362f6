// Aggregate overloads (no seed, seed, seed + result selector), Sum/Average/Min/Max of int, long and double
// sequences and selectors, checked long Sum, and Average's double result.
using System;
using System.Collections.Generic;
using System.Linq;

static class Program
{
    static void Main()
    {
        var words = new[] { "alpha", "beta", "gamma" };
        Console.WriteLine(words.Aggregate((a, b) => a + "-" + b));
        Console.WriteLine(words.Aggregate(0, (n, w) => n + w.Length));
        Console.WriteLine(words.Aggregate("<", (acc, w) => acc + w[0], acc => acc + ">"));
        Console.WriteLine(new[] { 7 }.Aggregate((a, b) => a * 100 + b));
        var longs = new List<long> { 3000000000, 4000000000, -1 };
        Console.WriteLine(longs.Sum() + " " + longs.Max() + " " + longs.Min() + " " + longs.Average());
        try { Console.WriteLine(new[] { long.MaxValue, 1L }.Sum()); } catch (OverflowException) { Console.WriteLine("long overflow"); }
        Console.WriteLine(new[] { 1, 2 }.Average() + " " + new[] { 1, 2, 2 }.Average() + " " + new[] { 0.1, 0.2 }.Sum() + " " + new[] { 0.1, 0.2, 0.3 }.Average());
        var items = new[] { (Name: "a", Cost: 2.5), (Name: "b", Cost: -1.25), (Name: "c", Cost: 4.0) };
        Console.WriteLine(items.Sum(i => i.Cost) + " " + items.Min(i => i.Cost) + " " + items.Max(i => i.Cost) + " " + items.Average(i => i.Cost));
        Console.WriteLine(items.Select(i => i.Name).Aggregate("", (s, n) => n + s));
        Console.WriteLine(Enumerable.Range(1, 10).Aggregate(1L, (p, x) => p * x));
        Console.WriteLine(Enumerable.Range(-3, 7).Sum() + " " + Enumerable.Range(0, 0).Sum() + " " + Enumerable.Range(5, 3).Max());
        var chars = "hello".ToCharArray();
        Console.WriteLine(chars.Max() + " " + chars.Min() + " " + chars.Count(c => c == 'l'));
    }
}
