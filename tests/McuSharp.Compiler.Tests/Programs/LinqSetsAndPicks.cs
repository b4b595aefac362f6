using System;
using System.Collections.Generic;
using System.Linq;

// Union, Except, Intersect, DistinctBy, SequenceEqual, DefaultIfEmpty, Chunk, ElementAt(OrDefault), Order(Descending),
// MinBy and MaxBy: lazy where C# is (a query sees its sources as they are when enumerated), with .NET's answers at
// the edges: empty sequences, NaN keys, ties (the first wins), indexes out of range, a chunk size below one.
struct Spot
{
    public int X;
    public int Y;
    public Spot(int x, int y) { X = x; Y = y; }
}

sealed class Reading
{
    public string Sensor { get; }
    public double Value { get; }
    public int Room { get; }
    public Reading(string sensor, double value, int room) { Sensor = sensor; Value = value; Room = room; }
}

static class Program
{
    static void Try(string what, Func<object?> f)
    {
        try { Console.WriteLine(what + ": " + (f() ?? "null")); }
        catch (Exception e) { Console.WriteLine(what + ": " + e.GetType().Name + " " + e.Message); }
    }

    static int Loud(int x)
    {
        Console.Write("<" + x + ">");
        return x * 10;
    }

    static void Main()
    {
        var a = new List<int> { 5, 3, 8, 1, 3, 5 };
        var b = new[] { 3, 9, 9, 4 };
        var union = a.Union(b);
        var except = a.Except(b);
        var intersect = a.Intersect(b);
        a.Add(4); // the queries above run later: they see it
        Console.WriteLine(string.Join(",", union) + " | " + string.Join(",", except) + " | " + string.Join(",", intersect));
        Console.WriteLine(string.Join(",", new[] { "b", "a", "b", "c" }.Union(new[] { "c", "d" })));
        var spots = new[] { new Spot(1, 2), new Spot(1, 2), new Spot(2, 1) };
        Console.WriteLine(spots.Distinct().Count() + " " + spots.Except(new[] { new Spot(2, 1) }).Count() + " " + spots.SequenceEqual(new[] { new Spot(1, 2), new Spot(1, 2), new Spot(2, 1) }));
        Console.WriteLine(a.SequenceEqual(new[] { 5, 3, 8, 1, 3, 5, 4 }) + " " + a.SequenceEqual(b) + " " + new int[0].SequenceEqual(new List<int>()));

        var readings = new List<Reading>
        {
            new Reading("t1", 21.5, 1), new Reading("h1", double.NaN, 2), new Reading("t2", 23.0, 1),
            new Reading("t3", 23.0, 3), new Reading("h2", -4.0, 2),
        };
        Console.WriteLine(string.Join(",", readings.DistinctBy(r => r.Room).Select(r => r.Sensor)));
        Console.WriteLine(readings.MaxBy(r => r.Value)!.Sensor + " " + readings.MinBy(r => r.Value)!.Sensor + " " + readings.MaxBy(r => r.Room)!.Sensor + " " + readings.MinBy(r => r.Room)!.Sensor);
        Try("empty MaxBy of objects", () => new List<Reading>().MaxBy(r => r.Value));
        Try("empty MinBy of ints", () => new int[0].MinBy(x => -x));
        Console.WriteLine(new[] { 4, -7, 7, 2 }.MaxBy(x => x * x) + " " + new[] { 'q', 'b', 'z' }.MinBy(c => c));

        Console.WriteLine(string.Join(",", new int[0].DefaultIfEmpty()) + " " + string.Join(",", a.Where(x => x > 100).DefaultIfEmpty(-1)) + " " + string.Join(",", b.DefaultIfEmpty(7)));
        Console.WriteLine(string.Join(" ", a.Chunk(3).Select(c => c.Length + ":" + c.Sum())));
        Try("chunk 0", () => a.Chunk(0));

        Console.WriteLine(a.ElementAt(2) + " " + a.Where(x => x > 2).ElementAt(3) + " " + a.ElementAtOrDefault(40) + " " + b.ElementAtOrDefault(-1) + " " + a.Select(x => x * 2).ElementAtOrDefault(1));
        Try("list index 7", () => a.ElementAt(7));
        Try("array index -1", () => b.ElementAt(-1));
        Try("query index 9", () => a.Where(x => x > 0).ElementAt(9));
        Console.WriteLine(readings.Select(r => r.Sensor).ElementAtOrDefault(9) ?? "none");

        // Of a Select, .NET runs the selector on the element picked only.
        Console.WriteLine(a.Select(Loud).ElementAt(2) + " " + b.Select(Loud).ElementAtOrDefault(8) + " " + a.Where(x => x > 3).Select(Loud).ElementAt(1));
        // Last() of any Select, Skip of a Select over a list or array: the same; Skip of another Select runs them all.
        Console.WriteLine(a.Select(Loud).Last() + " " + a.Where(x => x > 1).Select(x => Loud(x + 1)).Last() + " " + a.Select(Loud).Last(x => x > 40));
        Console.WriteLine(string.Join(",", b.Select(Loud).Skip(2)) + " " + string.Join(",", a.Select(Loud).Skip(5).Take(1)) + " " + string.Join(",", a.Where(x => x < 4).Select(Loud).Skip(2)));
        Console.WriteLine(a.Select(Loud).LastOrDefault() + " " + new List<int>().Select(Loud).LastOrDefault());
        try { Console.WriteLine(new int[0].Select(Loud).Last()); } catch (InvalidOperationException e) { Console.WriteLine(e.Message); }

        Console.WriteLine(string.Join(",", a.Order()) + " " + string.Join(",", b.OrderDescending()) + " " + string.Join(",", new[] { 2.5, double.NaN, -1.0 }.Order()));
    }
}
