// OrderBy/ThenBy chains enumerated at once are sorted on the spot (Lowering/LinqSorting.cs); the others keep the
// runtime's _Ordered. Ties, descending int.MinValue keys, empty sources, Take(0), Take past the end, a query
// enumerated twice, a source changed after the query was built, keys with side effects.
public enum Level { Low, Mid, High }

public sealed class Item
{
    public Item(int id, int key, long big, Level level, bool flag, char tag) { Id = id; Key = key; Big = big; Level = level; Flag = flag; Tag = tag; }
    public int Id { get; }
    public int Key { get; }
    public long Big { get; }
    public Level Level { get; }
    public bool Flag { get; }
    public char Tag { get; }
}

public static class Program
{
    static int calls;
    static int Noisy(Item x) { calls++; Console.WriteLine("key " + x.Id); return x.Key; }

    static void Show(string label, IEnumerable<Item> items)
    {
        var text = label + ":";
        foreach (var x in items) text += " " + x.Id;
        Console.WriteLine(text);
    }

    public static void Main()
    {
        var items = new List<Item>
        {
            new Item(0, 3, long.MaxValue, Level.Mid, true, 'b'),
            new Item(1, int.MinValue, long.MinValue, Level.High, false, 'a'),
            new Item(2, 3, 0, Level.Low, true, 'b'),
            new Item(3, int.MaxValue, -1, Level.Mid, false, 'c'),
            new Item(4, 3, long.MaxValue, Level.Mid, true, 'a'),
            new Item(5, int.MinValue, 5, Level.Low, true, 'a'),
            new Item(6, 0, 5, Level.High, false, 'b'),
        };

        var text = "desc:";
        foreach (var x in items.OrderByDescending(x => x.Key)) text += " " + x.Id;
        Console.WriteLine(text);
        text = "asc ties stable:";
        foreach (var x in items.OrderBy(x => x.Key)) text += " " + x.Id;
        Console.WriteLine(text);
        text = "big desc, level, flag desc:";
        foreach (var x in items.OrderByDescending(x => x.Big).ThenBy(x => x.Level).ThenByDescending(x => x.Flag)) text += " " + x.Id;
        Console.WriteLine(text);
        text = "tag, key desc:";
        foreach (var x in items.Where(x => x.Id != 6).OrderBy(x => x.Tag).ThenByDescending(x => -x.Key)) text += " " + x.Id;
        Console.WriteLine(text);
        text = "take 3:";
        foreach (var id in items.OrderByDescending(x => x.Level).ThenBy(x => x.Key).Take(3).Select(x => x.Id * 10)) text += " " + id;
        Console.WriteLine(text);
        text = "take 99:";
        foreach (var x in items.OrderBy(x => x.Key + x.Id).Take(99)) text += " " + x.Id;
        Console.WriteLine(text);
        text = "take 0:";
        foreach (var x in items.OrderBy(x => x.Key).Take(0)) text += " " + x.Id;
        Console.WriteLine(text);
        text = "take -2:";
        foreach (var x in items.OrderBy(x => x.Key).Take(-2)) text += " " + x.Id;
        Console.WriteLine(text);
        var empty = new List<Item>();
        text = "empty:";
        foreach (var x in empty.OrderByDescending(x => x.Key).ThenBy(x => x.Id).Take(5)) text += " " + x.Id;
        Console.WriteLine(text);
        var numbers = new[] { 5, -3, 5, int.MinValue, 0, int.MaxValue };
        Console.WriteLine("sum of top 2: " + numbers.OrderByDescending(n => n).Take(2).Sum(n => (long)n));
        Console.WriteLine("first: " + numbers.OrderBy(n => n).First() + ", list: " + string.Join(",", numbers.OrderByDescending(n => n).ToList()));
        Console.WriteLine("count: " + numbers.OrderBy(n => n).Count() + ", any: " + numbers.OrderBy(n => n).Any());

        // Stored queries stay lazy: they see the list as it is when enumerated, each time.
        var stored = items.Where(x => x.Flag).OrderBy(x => x.Key).ThenBy(x => x.Id);
        Show("stored", stored);
        items.Add(new Item(7, -1, 0, Level.Low, true, 'z'));
        Show("stored after add", stored);
        Show("stored again", stored);
        var top2 = items.OrderByDescending(x => x.Key).Take(2);
        items.RemoveAt(3);
        Show("top2 after remove", top2);

        // Keys with side effects keep the general path: each key once per element, level by level.
        text = "noisy:";
        foreach (var x in items.OrderBy(x => x.Flag).ThenBy(x => Noisy(x)).Take(2)) text += " " + x.Id;
        Console.WriteLine(text + " calls " + calls);
        text = "noisy where:";
        foreach (var x in items.Where(x => { Console.WriteLine("where " + x.Id); return x.Id % 2 == 0; }).OrderByDescending(x => x.Key)) text += " " + x.Id;
        Console.WriteLine(text);

        // A null element: the key throws NullReferenceException either way.
        var withNull = new List<Item?> { items[0], null };
        try
        {
            foreach (var x in withNull.OrderBy(x => x!.Key)) Console.WriteLine(x!.Id);
        }
        catch (NullReferenceException) { Console.WriteLine("null key"); }
        Console.WriteLine("take 0 with null: " + withNull.OrderBy(x => x!.Key).Take(0).Count());
    }
}
