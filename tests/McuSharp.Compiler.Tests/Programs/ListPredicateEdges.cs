// List/Array predicate methods on edge inputs: empty lists, no match (default values), predicates with side effects
// called once per element in order, RemoveAll of everything and of nothing, ForEach order, ConvertAll types.
using System;
using System.Collections.Generic;

struct Pair { public int A; public int B; public Pair(int a, int b) { A = a; B = b; } }

static class Program
{
    static void Main()
    {
        var empty = new List<int>();
        Console.WriteLine(empty.Exists(x => true) + " " + empty.TrueForAll(x => false) + " " + empty.Find(x => true) + " " + empty.FindIndex(x => true) + " " + empty.RemoveAll(x => true));
        var seen = new List<int>();
        var xs = new List<int> { 5, 8, 13, 21, 34 };
        Console.WriteLine(xs.Find(x => { seen.Add(x); return x > 10; }) + " " + xs.FindLast(x => { seen.Add(-x); return x < 20; }));
        Console.WriteLine(string.Join(",", seen));
        seen.Clear();
        Console.WriteLine(xs.RemoveAll(x => { seen.Add(x); return x % 2 == 1; }) + " " + string.Join(",", xs) + " [" + string.Join(",", seen) + "]");
        Console.WriteLine(xs.RemoveAll(x => x > 100) + " " + xs.RemoveAll(x => x > 0) + " " + xs.Count);
        var pairs = new List<Pair> { new Pair(1, 2), new Pair(3, 4) };
        var none = pairs.Find(p => p.A > 10);
        Console.WriteLine(none.A + " " + none.B + " " + pairs.FindIndex(p => p.B == 4) + " " + pairs.FindLastIndex(p => p.A < 0));
        var words = new List<string> { "a", "bb", "ccc" };
        Console.WriteLine(words.Find(w => w.Length > 5) == null);
        var lengths = words.ConvertAll(w => w.Length * 1.5);
        Console.WriteLine(string.Join(";", lengths));
        words.ForEach(w => Console.Write(w.ToUpper() + " "));
        Console.WriteLine();
        string[] names = { "x", "yy" };
        Console.WriteLine(Array.Find(names, n => n.Length == 2) + " " + Array.FindLast(names, n => true) + " " + Array.FindIndex(names, n => n == "q") + " " + Array.TrueForAll(names, n => n.Length > 0));
        Array.ForEach(names, n => Console.Write("<" + n + ">"));
        Console.WriteLine();
        Console.WriteLine(string.Join(",", Array.ConvertAll(names, n => n + "!")));
    }
}
