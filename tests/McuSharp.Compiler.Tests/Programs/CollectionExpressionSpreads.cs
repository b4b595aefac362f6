using System;
using System.Collections.Generic;
using System.Linq;

// Spreads in collection expressions: elements and spreads in written order, each spread enumerated once (a query
// runs its selector then), struct elements copied (the new collection's are its own), byte arrays stay bytes.
struct Cell
{
    public int V;
    public Cell(int v) { V = v; }
}

static class Program
{
    static int _order;
    static int Next(int v) { Console.Write("n" + v + " "); _order++; return v; }

    static void Main()
    {
        int[] a = [1, 2];
        var l = new List<int> { 7, 8 };
        int[] all = [0, .. a, Next(3), .. l, .. a.Select(x => Next(x * 10))];
        Console.WriteLine();
        Console.WriteLine(string.Join(",", all) + " " + _order);
        List<int> only = [.. l];
        only.Add(9);
        Console.WriteLine(string.Join(",", l) + " | " + string.Join(",", only));
        int[] none = [.. new int[0], .. new List<int>()];
        Console.WriteLine(none.Length);
        Cell[] cells = [new Cell(1), new Cell(2)];
        Cell[] copies = [.. cells, new Cell(3)];
        copies[0].V = 100;
        Console.WriteLine(cells[0].V + " " + copies[0].V + " " + copies.Length);
        byte[] head = [0x7E, 1];
        byte[] frame = [.. head, 0xFF, .. head];
        frame[1] = 9;
        Console.WriteLine(string.Join(",", frame) + " " + head[1]);
        var set = new HashSet<string> { "x", "y" };
        List<string> words = ["a", .. set, "z"];
        Console.WriteLine(string.Join(",", words));
    }
}
