using System;
using System.Collections.Generic;
using System.Linq;

// A foreach over a query ending in Select(x => e) knows e's range when e reads only x and members: a remainder of
// such elements needs no sign fix-up. Where the range is not known (a captured local that changes between trips, a
// method parameter, a foreach variable of another type, elements that can be negative), C#'s truncating remainder
// and wraparound must still show. A foreach variable of another numeric type converts each element explicitly.
sealed class Sample
{
    public Sample(int channel, int level) { Channel = channel; Level = level; }
    public int Channel { get; }
    public int Level { get; }
}

static class QueryElementRanges
{
    static int SumOfRemainders(List<Sample> samples, int shift)
    {
        int total = 0;
        foreach (var v in samples.Select(s => s.Level - shift)) total += v % 7;
        return total;
    }

    static void Main()
    {
        var samples = new List<Sample>();
        for (int i = 0; i < 30; i++) samples.Add(new Sample(i % 4, (i * 53 + 5) % 200 - 60));
        var mixed = new List<int> { -9, 14, -2147483648, 2147483647, 0, -1 };

        int a = 0;
        foreach (var id in samples.Where(s => s.Level > 0).OrderByDescending(s => s.Level).Take(6).Select(s => s.Channel * 1000 + s.Level))
            a += id % 97;
        Console.WriteLine("non-negative ids: " + a);

        int b = 0;
        foreach (var level in samples.Select(s => s.Level).Reverse()) b += level % 9; // levels go below zero
        Console.WriteLine("signed levels: " + b);

        int c = 0;
        int k = 0;
        foreach (var x in samples.Select(s => s.Channel - k)) { c += x % 3; k += 2; } // k changes between trips
        Console.WriteLine("captured local: " + c);

        Console.WriteLine("parameter: " + SumOfRemainders(samples, 150));

        int d = 0;
        foreach (var m in mixed.Select(x => x * 3)) d += m % 5; // wraps
        Console.WriteLine("wrapped products: " + d);

        int e = 0;
        foreach (sbyte narrow in samples.Select(s => s.Level * 3)) e += narrow % 10; // the cast to sbyte wraps
        Console.WriteLine("narrowed: " + e);

        long wide = 0;
        foreach (long w in mixed) wide += w * 2; // widened: no wrap at int's bounds
        Console.WriteLine("widened: " + wide);
        foreach (byte small in mixed) Console.Write(small + " ");
        foreach (char letter in new[] { 65, 66, 0x10043 }) Console.Write(letter);
        foreach (int truncated in new[] { 2.9, -2.9, 1e3 }) Console.Write(" " + truncated);
        Console.WriteLine();
    }
}
