// Deferred execution: queries see changes made after they were built, run their lambdas again on every
// enumeration (in C#'s interleaved order), stop pulling early with First/Any/Take, and ToList takes a snapshot.
using System;
using System.Collections.Generic;
using System.Linq;

static class Program
{
    static int _pulled;
    static IEnumerable<int> Naturals() { for (int i = 1; ; i++) { _pulled++; yield return i; } }

    static void Main()
    {
        var data = new List<int> { 1, 2, 3 };
        int threshold = 1;
        var big = data.Where(x => x > threshold);
        var snapshot = big.ToList();
        data.Add(10);
        threshold = 2;
        Console.WriteLine(string.Join(",", big) + " / " + string.Join(",", snapshot));
        int selects = 0;
        var squares = data.Select(x => { selects++; return x * x; });
        Console.WriteLine(selects);
        Console.WriteLine(squares.Sum() + " " + squares.Count() + " " + selects);
        Console.WriteLine(squares.First() + " " + selects);
        Console.WriteLine(string.Join(",", Naturals().Where(n => n % 7 == 0).Take(3)) + " pulled " + _pulled);
        Console.WriteLine(Naturals().Any(n => n > 5) + " pulled " + _pulled);
        Console.WriteLine(Naturals().Select(n => n * n).First(n => n > 50) + " pulled " + _pulled);
        var ordered = data.OrderByDescending(x => x);
        data.Add(7);
        Console.WriteLine(string.Join(",", ordered) + " " + string.Join(",", data.Skip(1).Take(2)) + " " + string.Join(",", data.TakeWhile(x => x < 10)));
        var trace = new List<string>();
        var pipeline = data.Where(x => { trace.Add("w" + x); return x % 2 == 1; }).Select(x => { trace.Add("s" + x); return x; }).Take(2);
        foreach (var p in pipeline) trace.Add("got" + p);
        Console.WriteLine(string.Join(" ", trace));
        var repeated = Enumerable.Repeat(data, 2).SelectMany(l => l);
        data.Clear();
        data.Add(5);
        Console.WriteLine(string.Join(",", repeated) + " " + repeated.Count());
        var reversed = data.AsEnumerable().Reverse();
        data.Add(6);
        Console.WriteLine(string.Join(",", reversed));
    }
}
