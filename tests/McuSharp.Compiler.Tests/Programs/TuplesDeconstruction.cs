using System;
using System.Collections.Generic;

// Tuples: literals, named elements, methods returning them, deconstruction into new and existing variables and
// fields, swaps, nested tuples, tuples in lists and as dictionary keys, equality, printing, foreach deconstruction.
static class TuplesDeconstruction
{
    static int _x, _y;

    static (int Min, int Max) Bounds(int[] values)
    {
        int min = int.MaxValue, max = int.MinValue;
        foreach (var v in values) { if (v < min) min = v; if (v > max) max = v; }
        return (min, max);
    }

    static (string Name, (int Major, int Minor) Version) Parse(string text)
    {
        var at = text.IndexOf('@');
        var dot = text.IndexOf('.', at);
        return (text.Substring(0, at), (int.Parse(text.Substring(at + 1, dot - at - 1)), int.Parse(text.Substring(dot + 1))));
    }

    static void Main()
    {
        var b = Bounds(new[] { 5, -3, 12, 7 });
        Console.WriteLine(b.Min + " " + b.Max + " " + b.Item1 + " " + b);
        var (lo, hi) = Bounds(new[] { 1 });
        Console.WriteLine(lo + " " + hi);
        int p = 1, q = 2;
        (p, q) = (q, p);
        (_x, _y) = (p * 10, q * 10);
        Console.WriteLine(p + " " + q + " " + _x + " " + _y);
        var pkg = Parse("sensor@2.11");
        var (name, (major, minor)) = pkg;
        Console.WriteLine(name + " " + major + " " + minor + " " + pkg.Version.Minor + " " + pkg);
        var points = new List<(int X, int Y)> { (1, 2), (3, 4), (-1, 0) };
        int sum = 0;
        foreach (var (x, y) in points) sum += x * y;
        foreach (var pt in points) Console.Write(pt.X - pt.Y + " ");
        Console.WriteLine(sum);
        var seen = new Dictionary<(int, int), string> { [(1, 2)] = "a", [(2, 1)] = "b" };
        Console.WriteLine(seen[(2, 1)] + " " + seen.ContainsKey((1, 2)) + " " + seen.ContainsKey((3, 3)));
        foreach (var (key, value) in seen) Console.Write(key + "=" + value + " ");
        Console.WriteLine();
        var t1 = (1, "x", true);
        var t2 = (1, "x", true);
        Console.WriteLine((t1 == t2) + " " + (t1 != t2) + " " + (t1 == (1, "y", true)) + " " + t1 + " " + (2.5, 'c', (long)3));
        (int, int) copy = b;
        var (_, onlyMax) = copy;
        Console.WriteLine(onlyMax);
    }
}
