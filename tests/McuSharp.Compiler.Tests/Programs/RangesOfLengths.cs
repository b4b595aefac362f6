using System;
using System.Collections.Generic;

// Lengths, counts and search results of library types are bounded by .NET's limits, so arithmetic on them needs
// no wraparound; a user type's Count is any int and keeps its checks; a static readonly array's foreach runs
// exactly its initializer's length.
class Bag
{
    private readonly int _delta;
    public Bag(int delta) { _delta = delta; }
    public int Count => -5 + _delta;
    public int Length { get; set; } = int.MinValue;
    public int IndexOf(char c) => c == 'x' ? int.MaxValue : -2;
}

static class RangesOfLengths
{
    private static readonly string[] Words = { "alpha", "beta", "gamma", "delta" };
    private static readonly int[] Weights = new[] { int.MaxValue, int.MaxValue, 7 };

    static void Main()
    {
        string text = "key=value";
        int eq = text.IndexOf('=');
        Console.WriteLine(text.Substring(eq + 1) + " " + (eq + 1) + " " + (text.LastIndexOf('z') + 1));
        var list = new List<int> { 3, 1, 4 };
        Console.WriteLine(list.Count + 1 + " " + (list.IndexOf(9) + 1) + " " + (Array.IndexOf(Weights, 7) + 1));

        var bag = new Bag(0);
        Console.WriteLine(bag.Count - int.MaxValue);
        Console.WriteLine(bag.Length - 1);
        Console.WriteLine(bag.IndexOf('x') + 1);
        Console.WriteLine(bag.IndexOf('y') - int.MaxValue);

        int seen = 0;
        int letters = 0;
        foreach (string w in Words) { seen++; letters += w.Length; }
        Console.WriteLine(seen + " " + letters);
        int sum = 0;
        foreach (int weight in Weights) sum += weight;
        Console.WriteLine(sum);
    }
}
