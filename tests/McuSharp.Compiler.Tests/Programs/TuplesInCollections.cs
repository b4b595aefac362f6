using System;
using System.Collections.Generic;

// Tuples as return values, dictionary keys and values, list elements, with named elements, equality and swaps.
static class TuplesInCollections
{
    static (int Min, int Max, double Mean) Stats(int[] values)
    {
        int min = int.MaxValue, max = int.MinValue;
        long sum = 0;
        foreach (int v in values) { if (v < min) min = v; if (v > max) max = v; sum += v; }
        return (min, max, (double)sum / values.Length);
    }

    static (bool Ok, string Error) Validate(int port) => port switch
    {
        < 1 => (false, "too small"),
        > 65535 => (false, "too large"),
        _ => (true, ""),
    };

    static void Main()
    {
        var (min, max, mean) = Stats(new[] { 4, -3, 10, 7 });
        Console.WriteLine(min + " " + max + " " + mean);
        var s = Stats(new[] { int.MaxValue, int.MaxValue });
        Console.WriteLine(s.Min + " " + s.Max + " " + s.Mean + " " + s);
        var grid = new Dictionary<(int, int), string> { [(0, 0)] = "origin", [(1, 2)] = "a" };
        grid[(1, 2)] += "b";
        grid[(2, 1)] = "c";
        foreach (var pair in grid) Console.WriteLine(pair.Key.Item1 + "," + pair.Key.Item2 + " " + pair.Value + " " + pair.Key);
        Console.WriteLine(grid.ContainsKey((2, 1)) + " " + grid.ContainsKey((1, 1)));
        var moves = new List<(string Name, int Dx, int Dy)> { ("up", 0, -1), ("right", 1, 0) };
        moves.Add(("down", 0, 1));
        int x = 0, y = 0;
        foreach (var m in moves) { x += m.Dx; y += m.Dy; Console.Write(m.Name + "->(" + x + "," + y + ") "); }
        Console.WriteLine();
        (x, y) = (y, x);
        Console.WriteLine(x + " " + y + " " + ((x, y) == (1, 0)) + " " + ((1, "a") != (1, "b")));
        foreach (int port in new[] { 0, 80, 70000 })
        {
            var (ok, error) = Validate(port);
            Console.WriteLine(port + ": " + (ok ? "ok" : error));
        }
    }
}
