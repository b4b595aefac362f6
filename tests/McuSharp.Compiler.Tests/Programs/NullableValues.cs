using System;
using System.Collections.Generic;

// int? and friends: HasValue, Value, GetValueOrDefault, ??, ??=, ?. on objects and strings, lifted arithmetic and
// comparisons with null, nulls in text; the last line reads the Value of a null and throws.
class Node
{
    public int Value;
    public Node? Next;
    public string? Note;
    public Node(int value, Node? next = null) { Value = value; Next = next; }
}

static class NullableValues
{
    static int? Find(int[] items, int wanted)
    {
        for (int i = 0; i < items.Length; i++) if (items[i] == wanted) return i;
        return null;
    }

    static void Main()
    {
        int[] items = { 4, 8, 15, 16, 23, 42 };
        int? hit = Find(items, 15);
        int? miss = Find(items, 7);
        Console.WriteLine(hit.HasValue + " " + miss.HasValue + " " + hit.Value + " " + miss.GetValueOrDefault() + " " + miss.GetValueOrDefault(-1) + " [" + miss + "] [" + hit + "]");
        Console.WriteLine((hit ?? -1) + " " + (miss ?? -1) + " " + (hit + 1) + " [" + (miss + 1) + "] " + (hit * 2 - miss ?? 99));
        Console.WriteLine((hit > 1) + " " + (miss > 1) + " " + (miss < 1) + " " + (miss == null) + " " + (hit == 2) + " " + (miss != hit) + " " + (miss == miss));
        double? ratio = hit / 4.0;
        Console.WriteLine($"{ratio} {ratio * 2} [{(double?)null}] {ratio.GetValueOrDefault()}");
        var list = new Node(1, new Node(2, new Node(3)));
        list.Next!.Note = "middle";
        Console.WriteLine(list.Next?.Value + " " + list.Next?.Next?.Next?.Value + " [" + list.Note?.Length + "] " + list.Next.Note?.Length + " " + (list.Note ?? "none"));
        string? name = null;
        name ??= "default";
        name ??= "ignored";
        Console.WriteLine(name + " " + name?.ToUpper() + " " + (name?.Length ?? 0));
        int? counter = null;
        counter ??= 10;
        counter++;
        counter += 5;
        Console.WriteLine(counter);
        var maybe = new List<int?> { 1, null, 3 };
        int sum = 0;
        foreach (var m in maybe) sum += m ?? 100;
        Console.WriteLine(sum + " " + maybe.Count);
        Node? nothing = null;
        Console.WriteLine((nothing?.Next?.Value ?? -5) + " " + (nothing?.Note == null));
        Console.WriteLine(miss.Value);
    }
}
