using System;
using System.Collections.Generic;
using System.Linq;

// An ordering sorted on the spot feeds its consumer the sorted rows unpacked, and a Where of the source's own
// variable tests the elements as they are numbered. Ties must keep the source order (the row's index), whatever
// the filter skipped; a Where with another variable name, a Select before the sort, a Where after it, Take, and a
// plain foreach over the ordering must all give .NET's order.
sealed class Item
{
    public Item(int group, int weight, string name) { Group = group; Weight = weight; Name = name; }
    public int Group { get; }
    public int Weight { get; }
    public string Name { get; }
}

static class LinqSortedRowsUnpacked
{
    static void Main()
    {
        var items = new List<Item>();
        for (int i = 0; i < 24; i++) items.Add(new Item(i % 3, (i * 7) % 5, "n" + i));

        foreach (var name in items.Where(it => it.Weight != 2).OrderBy(it => it.Weight).ThenByDescending(it => it.Group).Select(it => it.Name))
            Console.Write(name + " ");
        Console.WriteLine();
        foreach (var name in items.Where(x => x.Group > 0).OrderByDescending(it => it.Weight).Take(7).Select(it => it.Name + ":" + it.Weight))
            Console.Write(name + " ");
        Console.WriteLine();
        foreach (var w in items.Select(it => it.Weight * 10 + it.Group).Where(v => v % 2 == 0).OrderBy(v => v / 10))
            Console.Write(w + " ");
        Console.WriteLine();
        foreach (var name in items.OrderBy(it => it.Group).Where(it => it.Weight > 1).Select(it => it.Name))
            Console.Write(name + " ");
        Console.WriteLine();
        foreach (var it in items.Where(it => it.Name.Length > 2).OrderByDescending(it => it.Group))
            Console.Write(it.Name + " ");
        Console.WriteLine();
        Console.WriteLine(items.Where(it => it.Group == 1).OrderBy(it => it.Weight).Select(it => it.Weight * 100 + it.Group).Sum());
        Console.WriteLine(string.Join(",", items.Where(it => it.Weight == 4).OrderBy(it => -it.Group).Select(it => it.Name).ToList()));
    }
}
