using System;
using System.Collections.Generic;

// Equals on integers, chars and bools with an argument of their own type, int.GetHashCode (the value), and
// GetHashCode on the program's structs and classes: equal values give equal codes, as .NET promises.
struct Point
{
    public int X;
    public int Y;
    public Point(int x, int y) { X = x; Y = y; }
}

readonly struct Tag
{
    public readonly string Name;
    public Tag(string name) { Name = name; }
}

sealed class Key
{
    public readonly int Id;
    public Key(int id) { Id = id; }
    public override bool Equals(object? obj) => obj is Key k && k.Id == Id;
    public override int GetHashCode() => Id * 31;
}

sealed class Plain { }

static class Program
{
    static void Main()
    {
        int a = int.MaxValue;
        Console.WriteLine(a.Equals(int.MaxValue) + " " + a.Equals(int.MinValue) + " " + (-1).Equals(a + a + 1));
        long l = long.MinValue;
        Console.WriteLine(l.Equals(long.MinValue) + " " + l.Equals(0L));
        byte b = 255;
        Console.WriteLine(b.Equals((byte)255) + " " + 'x'.Equals('x') + " " + true.Equals(false) + " " + 3u.Equals(3u));
        foreach (var n in new[] { 0, -1, 7, int.MinValue, int.MaxValue }) Console.Write(n.GetHashCode() + " ");
        Console.WriteLine();

        var p = new Point(1, -2);
        Console.WriteLine(p.GetHashCode() == new Point(1, -2).GetHashCode());
        Console.WriteLine(new Tag("a").GetHashCode() == new Tag("a").GetHashCode());
        Console.WriteLine(new Key(4).GetHashCode() + " " + (new Key(4).GetHashCode() == new Key(4).GetHashCode()));
        var plain = new Plain();
        Console.WriteLine(plain.GetHashCode() == plain.GetHashCode());

        var seen = new Dictionary<Point, int>();
        for (int i = 0; i < 6; i++)
        {
            var q = new Point(i % 3, 0);
            seen[q] = seen.TryGetValue(q, out var c) ? c + 1 : 1;
        }
        foreach (var pair in seen) Console.WriteLine(pair.Key.X + ": " + pair.Value);
    }
}
