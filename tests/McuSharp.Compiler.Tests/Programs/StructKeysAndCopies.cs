using System;
using System.Collections.Generic;

// Structs as dictionary and set keys (field-wise equality, or an Equals override), and copies in collections.
struct Point
{
    public int X;
    public int Y;
    public Point(int x, int y) { X = x; Y = y; }
    public override string ToString() => "(" + X + "," + Y + ")";
}

struct Loose : IEquatable<Loose>
{
    public int Value;
    public string Note;
    public bool Equals(Loose other) => Value == other.Value;
    public override bool Equals(object? obj) => obj is Loose l && Equals(l);
    public override int GetHashCode() => Value;
}

static class StructKeysAndCopies
{
    static void Main()
    {
        var visits = new Dictionary<Point, int>();
        var path = new[] { new Point(0, 0), new Point(1, 0), new Point(0, 0), new Point(1, 1), new Point(1, 0), new Point(0, 0) };
        foreach (var p in path) visits[p] = visits.TryGetValue(p, out int n) ? n + 1 : 1;
        foreach (var pair in visits) Console.WriteLine(pair.Key + " " + pair.Value);
        var set = new HashSet<Point>(path);
        Console.WriteLine(set.Count + " " + set.Contains(new Point(1, 1)) + " " + set.Contains(new Point(2, 2)));
        var loose = new HashSet<Loose> { new Loose { Value = 1, Note = "a" }, new Loose { Value = 1, Note = "b" }, new Loose { Value = 2, Note = "c" } };
        Console.WriteLine(loose.Count);
        var list = new List<Point> { new Point(5, 5) };
        Point copy = list[0];
        copy.X = 99;
        Console.WriteLine(list[0] + " " + copy + " " + list.Contains(new Point(5, 5)) + " " + list.IndexOf(copy));
        var arr = new Point[2];
        arr[0].X = 3;
        Point fromArr = arr[0];
        fromArr.Y = 4;
        Console.WriteLine(arr[0] + " " + arr[1] + " " + fromArr + " " + arr[0].Equals(new Point(3, 0)));
    }
}
