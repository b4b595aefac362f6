using System;
using System.Collections.Generic;

// Structs without constructors whose fields all start as constants (their zero): values made by new S(), default,
// arrays and copies must read 0/false/null until stored, keep their own fields after copies, compare and hash by
// their fields, and never share a store with another value.
struct Counter
{
    public int Hits;
    public long Total;
    public bool Seen;
    public string Name;
    public double Ratio;
    public char Mark;
}

struct Cell
{
    public int Row;
    public int Column;
}

struct Holder
{
    public Cell Inner;
    public int Tag;
}

static class Program
{
    static Counter Bump(Counter c)
    {
        c.Hits++;
        c.Total += int.MaxValue;
        return c;
    }

    static void Main()
    {
        var a = new Counter();
        Console.WriteLine(a.Hits + " " + a.Total + " " + a.Seen + " " + (a.Name == null) + " " + a.Ratio + " " + (int)a.Mark);
        var b = a;
        b.Hits = 5;
        b.Name = "b";
        Console.WriteLine(a.Hits + " " + b.Hits + " " + (a.Name ?? "null") + " " + b.Name);
        var c = Bump(Bump(b));
        Console.WriteLine(b.Hits + " " + b.Total + " " + c.Hits + " " + c.Total);
        var counters = new Counter[3];
        counters[1].Hits = 7;
        counters[1].Seen = true;
        counters[2] = counters[1];
        counters[2].Hits++;
        foreach (var k in counters) Console.WriteLine(k.Hits + " " + k.Seen + " " + k.Total);
        Counter d = default;
        Console.WriteLine(d.Equals(a) + " " + d.Equals(b) + " " + a.Equals(new Counter()));
        var cells = new List<Cell> { new Cell(), new Cell { Row = 1 }, new Cell { Row = 1, Column = 2 } };
        Console.WriteLine(cells.Contains(new Cell { Row = 1 }) + " " + cells.IndexOf(new Cell { Row = 1, Column = 2 }) + " " + cells.Contains(new Cell { Column = 9 }));
        var seen = new HashSet<Cell> { new Cell(), new Cell { Row = 3 }, default };
        Console.WriteLine(seen.Count + " " + seen.Contains(new Cell { Row = 3 }));
        var holders = new Holder[2];
        holders[0].Inner.Row = 4;
        holders[1] = holders[0];
        holders[1].Inner.Column = 8;
        holders[1].Tag = -1;
        Console.WriteLine(holders[0].Inner.Row + " " + holders[0].Inner.Column + " " + holders[1].Inner.Row + " " + holders[1].Inner.Column + " " + holders[0].Tag + " " + holders[1].Tag);
        Console.WriteLine(new Cell().ToString() + " " + new Counter().ToString());
    }
}
