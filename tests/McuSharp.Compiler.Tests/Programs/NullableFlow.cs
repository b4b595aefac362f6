using System;
using System.Collections.Generic;

// Lifted operators on int? (null propagates, comparisons with null are false), ?? chains, ?. on calls and
// indexers, nullable structs and GetValueOrDefault.
struct Reading { public int Value; public Reading(int v) { Value = v; } }

sealed class Node
{
    public int Id;
    public Node? Next;
    public List<int>? Tags;
    public Node(int id) { Id = id; }
    public Node? Find(int id) => Id == id ? this : Next?.Find(id);
}

static class NullableFlow
{
    static int? Parse(string s) => int.TryParse(s, out int v) ? v : null;

    static void Main()
    {
        int? a = 5, b = null, c = Parse("7"), d = Parse("x");
        Console.WriteLine((a + b) + "|" + (a + c) + "|" + (a * 2) + "|" + (b ?? -1) + "|" + (d ?? b ?? 42));
        Console.WriteLine((a > b) + " " + (a < b) + " " + (b == null) + " " + (a == 5) + " " + (b != a) + " " + (b <= b) + " " + (b == b));
        Console.WriteLine(a.HasValue + " " + b.HasValue + " " + a.Value + " " + b.GetValueOrDefault() + " " + b.GetValueOrDefault(9) + " " + c.GetValueOrDefault(9));
        Reading? r = null;
        Console.WriteLine((r?.Value ?? -1) + " " + r.HasValue);
        r = new Reading(3);
        Console.WriteLine(r?.Value + " " + r.Value.Value);
        var list = new Node(1) { Next = new Node(2) { Next = new Node(3) { Tags = new List<int> { 9, 8 } } } };
        Console.WriteLine(list.Find(3)?.Id + " [" + list.Find(4)?.Id + "] " + (list.Find(4)?.Id ?? 0) + " " + list.Find(3)?.Tags?[1] + " [" + list.Find(2)?.Tags?.Count + "]");
        int? total = 0;
        foreach (var s in new[] { "1", "2", "no", "4" }) total += Parse(s) ?? 0;
        Console.WriteLine(total);
        int? x = null;
        x ??= 10;
        x ??= 20;
        x++;
        Console.WriteLine(x + " " + $"{b}|{a}|{x}");
    }
}
