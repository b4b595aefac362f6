// LINQ operators with edge values: deferred execution with side effects, empty sequences, checked Sum, ToDictionary duplicates.
using System;
using System.Collections.Generic;
using System.Linq;

static class Program
{
    static void Show<T>(string label, IEnumerable<T> xs) => Console.WriteLine(label + ": " + string.Join(",", xs));

    static void Main()
    {
        var xs = new List<int> { 5, 3, 8, 1, 9, 2, 8, 3 };
        Show("where", xs.Where(x => x > 3));
        Show("wherei", xs.Where((x, i) => i % 2 == 0));
        Show("select", xs.Select(x => x * 10));
        Show("selecti", xs.Select((x, i) => x + i));
        Show("many", xs.Take(3).SelectMany(x => new[] { x, -x }));
        Show("take", xs.Take(2));
        Show("take0", xs.Take(-1));
        Show("skip", xs.Skip(5));
        Show("tw", xs.TakeWhile(x => x != 1));
        Show("sw", xs.SkipWhile(x => x != 1));
        Show("concat", xs.Take(2).Concat(new[] { 100, 200 }));
        Show("zip", xs.Zip(new[] { 1, 2, 3 }, (a, b) => a * b));
        Show("distinct", xs.Distinct());
        Show("reverse", xs.AsEnumerable().Reverse());
        Show("range", Enumerable.Range(3, 4));
        Show("repeat", Enumerable.Repeat("ab", 3));
        Console.WriteLine(xs.Sum() + " " + xs.Sum(x => x * 2) + " " + xs.Count() + " " + xs.Count(x => x == 8));
        Console.WriteLine(xs.Any() + " " + xs.Any(x => x > 8) + " " + xs.All(x => x > 0) + " " + new List<int>().Any());
        Console.WriteLine(xs.First() + " " + xs.First(x => x > 5) + " " + xs.Last() + " " + xs.Last(x => x < 5));
        Console.WriteLine(xs.FirstOrDefault(x => x > 100) + " " + xs.LastOrDefault(x => x > 100) + " " + xs.Single(x => x == 9));
        Console.WriteLine(xs.Min() + " " + xs.Max() + " " + xs.Average() + " " + xs.Max(x => -x));
        Console.WriteLine(xs.Aggregate((a, b) => a * b) + " " + xs.Aggregate(100, (a, b) => a - b) + " " + xs.Aggregate(0, (a, b) => a + b, r => "r" + r));
        Console.WriteLine(xs.Contains(9) + " " + xs.Contains(7));
        var dict = xs.Distinct().ToDictionary(x => x, x => x * x);
        foreach (var kv in dict) Console.Write(kv.Key + "=" + kv.Value + " ");
        Console.WriteLine();
        int[] arr = xs.Where(x => x % 2 == 1).ToArray();
        Console.WriteLine(arr.Length + " " + arr[0]);
        var doubles = new List<double> { 1.5, 2.25, -0.5 };
        Console.WriteLine(doubles.Sum() + " " + doubles.Average() + " " + doubles.Min() + " " + doubles.Max());

        // Deferred execution: the query sees later changes, and the selector runs when enumerated.
        var source = new List<int> { 1, 2, 3 };
        var query = source.Select(x => { Console.Write("[sel " + x + "]"); return x * 2; }).Where(x => { Console.Write("[wh " + x + "]"); return x > 2; });
        Console.WriteLine("built");
        source.Add(4);
        foreach (var q in query) Console.Write(" got " + q);
        Console.WriteLine();
        Console.WriteLine("count " + query.Count());
        Console.WriteLine("first " + query.First());

        var empty = new List<int>();
        try { empty.First(); } catch (InvalidOperationException e) { Console.WriteLine("First: " + e.Message); }
        try { xs.First(x => x > 100); } catch (InvalidOperationException e) { Console.WriteLine("First(p): " + e.Message); }
        try { empty.Last(); } catch (InvalidOperationException e) { Console.WriteLine("Last: " + e.Message); }
        try { xs.Single(x => x == 8); } catch (InvalidOperationException e) { Console.WriteLine("Single: " + e.Message); }
        try { xs.Single(); } catch (InvalidOperationException e) { Console.WriteLine("Single(): " + e.Message); }
        try { empty.Max(); } catch (InvalidOperationException e) { Console.WriteLine("Max: " + e.Message); }
        try { empty.Average(); } catch (InvalidOperationException e) { Console.WriteLine("Average: " + e.Message); }
        try { empty.Aggregate((a, b) => a + b); } catch (InvalidOperationException e) { Console.WriteLine("Aggregate: " + e.Message); }
        try { new[] { 1, 2, 1 }.ToDictionary(x => x); } catch (ArgumentException e) { Console.WriteLine("ToDictionary: " + e.Message); }
        try { Console.WriteLine(new[] { int.MaxValue, 1, -5 }.Sum()); } catch (OverflowException e) { Console.WriteLine("Sum: " + e.Message); }
        try { Console.WriteLine(new[] { int.MinValue, -1 }.Sum()); } catch (OverflowException e) { Console.WriteLine("Sum2: " + e.Message); }
        Console.WriteLine(new long[] { int.MaxValue, 1 }.Sum());
        try { Enumerable.Range(1, -1); } catch (ArgumentOutOfRangeException e) { Console.WriteLine("Range: " + e.Message); }
        Console.WriteLine(empty.FirstOrDefault() + " " + empty.SingleOrDefault() + " " + empty.FirstOrDefault(-7));
    }
}
