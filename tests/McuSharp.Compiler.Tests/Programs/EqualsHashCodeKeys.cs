using System;
using System.Collections.Generic;

// Equals/GetHashCode overrides make objects work as dictionary keys and in List.Contains/IndexOf/Remove, while
// == stays reference equality; a class without overrides compares by reference everywhere.
class Point
{
    public readonly int X, Y;
    public Point(int x, int y) { X = x; Y = y; }
    public override bool Equals(object? obj) => obj is Point p && p.X == X && p.Y == Y;
    public override int GetHashCode() => X * 31 + Y;
    public override string ToString() => "(" + X + "," + Y + ")";
}

class Handle
{
    public readonly string Name;
    public Handle(string name) { Name = name; }
}

static class EqualsHashCodeKeys
{
    static void Main()
    {
        var a = new Point(1, 2);
        var b = new Point(1, 2);
        var c = new Point(2, 1);
        Console.WriteLine((a == b) + " " + a.Equals(b) + " " + a.Equals(c) + " " + a.Equals(null) + " " + (a.GetHashCode() == b.GetHashCode()));
        var visits = new Dictionary<Point, int>();
        foreach (var p in new[] { a, c, b, new Point(1, 2), c })
            visits[p] = visits.ContainsKey(p) ? visits[p] + 1 : 1;
        foreach (var kv in visits) Console.WriteLine(kv.Key + " " + kv.Value);
        var list = new List<Point> { c, a };
        Console.WriteLine(list.Contains(b) + " " + list.IndexOf(new Point(1, 2)) + " " + list.Remove(new Point(2, 1)) + " " + list.Count);
        var h1 = new Handle("x");
        var h2 = new Handle("x");
        var handles = new List<Handle> { h1 };
        Console.WriteLine(h1.Equals(h2) + " " + handles.Contains(h2) + " " + handles.Contains(h1) + " " + (h1 == h2));
        var byHandle = new Dictionary<Handle, string> { [h1] = "first" };
        Console.WriteLine(byHandle.ContainsKey(h2) + " " + byHandle[h1]);
    }
}
