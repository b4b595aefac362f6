using System;
using System.Collections.Generic;

// A generic repository over an interface constraint, generic methods with IComparable constraints and default(T).
interface IEntity { int Id { get; } string Name { get; } }

sealed class Sensor : IEntity
{
    public Sensor(int id, string name, int reading) { Id = id; Name = name; Reading = reading; }
    public int Id { get; }
    public string Name { get; }
    public int Reading { get; set; }
    public override string ToString() => Name + "#" + Id + "=" + Reading;
}

sealed class Repository<T> where T : class, IEntity
{
    private readonly Dictionary<int, T> _items = new Dictionary<int, T>();
    private readonly List<int> _order = new List<int>();

    public int Count => _items.Count;

    public bool Add(T item)
    {
        if (_items.ContainsKey(item.Id)) return false;
        _items[item.Id] = item;
        _order.Add(item.Id);
        return true;
    }

    public T? Find(int id) => _items.TryGetValue(id, out var item) ? item : default;

    public List<string> Names()
    {
        var names = new List<string>();
        foreach (int id in _order) names.Add(_items[id].Name);
        return names;
    }

    public bool Remove(int id) => _items.Remove(id) && _order.Remove(id);
}

static class GenericRepository
{
    static T Largest<T>(List<T> items) where T : IComparable<T>
    {
        T best = items[0];
        foreach (T item in items) if (item.CompareTo(best) > 0) best = item;
        return best;
    }

    static T FirstOr<T>(List<T> items, T fallback) => items.Count > 0 ? items[0] : fallback;

    static void Main()
    {
        var repo = new Repository<Sensor>();
        Console.WriteLine(repo.Add(new Sensor(3, "temp", 21)) + " " + repo.Add(new Sensor(1, "hum", 40)) + " " + repo.Add(new Sensor(3, "dup", 0)));
        repo.Add(new Sensor(7, "co2", 410));
        Console.WriteLine(repo.Count + " " + string.Join(",", repo.Names()));
        Sensor? found = repo.Find(1);
        Console.WriteLine(found + " " + (repo.Find(99) == null) + " " + (repo.Find(99)?.Name ?? "none"));
        if (found != null) found.Reading += 5;
        Console.WriteLine(repo.Find(1));
        Console.WriteLine(repo.Remove(3) + " " + repo.Remove(3) + " " + string.Join(",", repo.Names()));
        Console.WriteLine(Largest(new List<int> { 4, -2, 19, 7 }) + " " + Largest(new List<long> { -5, long.MinValue, 3 }) + " " + Largest(new List<double> { 0.5, -1.25, 0.75 }));
        Console.WriteLine(FirstOr(new List<int>(), -1) + " " + FirstOr(new List<string> { "x" }, "y") + " [" + FirstOr(new List<string>(), "") + "]");
    }
}
