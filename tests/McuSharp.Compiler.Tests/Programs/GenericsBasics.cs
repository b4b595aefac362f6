using System;
using System.Collections.Generic;

// Generic classes and methods with constraints, default(T) for the types the program uses, generic collections of
// the program's types, a generic ring buffer, a generic method calling another, CompareTo and Equals on T.
interface IIdentified { int Id { get; } }

class Reading : IIdentified, IComparable<Reading>
{
    public int Id { get; }
    public double Value;
    public Reading(int id, double value) { Id = id; Value = value; }
    public int CompareTo(Reading? other) => other is null ? 1 : Value.CompareTo(other.Value);
    public override string ToString() => "#" + Id + "=" + Value;
}

class Ring<T>
{
    private readonly T[] _items;
    private int _start, _count;
    public Ring(int capacity) { _items = new T[capacity]; }
    public int Count => _count;
    public void Push(T item)
    {
        _items[(_start + _count) % _items.Length] = item;
        if (_count < _items.Length) _count++;
        else _start = (_start + 1) % _items.Length;
    }
    public T this[int index] => _items[(_start + index) % _items.Length];
    public T Oldest() => _count == 0 ? default! : this[0];
}

class Pair<TKey, TValue>
{
    public TKey Key { get; }
    public TValue Value { get; set; }
    public Pair(TKey key, TValue value) { Key = key; Value = value; }
    public override string ToString() => "[" + Key + " -> " + Value + "]";
}

class Registry<T> where T : class, IIdentified
{
    private readonly List<T> _items = new List<T>();
    public void Add(T item) => _items.Add(item);
    public T? Find(int id)
    {
        foreach (var item in _items) if (item.Id == id) return item;
        return default;
    }
    public int Count => _items.Count;
}

static class GenericsBasics
{
    static T Max<T>(T a, T b) where T : IComparable<T> => a.CompareTo(b) >= 0 ? a : b;

    static T MaxOf<T>(List<T> items) where T : IComparable<T>
    {
        T best = items[0];
        foreach (var item in items) best = Max(best, item);
        return best;
    }

    static int CountEqual<T>(T[] items, T value)
    {
        int n = 0;
        foreach (var item in items) if (item!.Equals(value)) n++;
        return n;
    }

    static void Swap<T>(T[] items, int i, int j) { T t = items[i]; items[i] = items[j]; items[j] = t; }

    static void Main()
    {
        var ring = new Ring<int>(3);
        Console.WriteLine(ring.Oldest() + " " + ring.Count);
        for (int i = 1; i <= 5; i++) ring.Push(i * 10);
        Console.WriteLine(ring[0] + " " + ring[1] + " " + ring[2] + " " + ring.Oldest() + " " + ring.Count);
        var names = new Ring<string>(2);
        Console.WriteLine("[" + names.Oldest() + "]");
        names.Push("a"); names.Push("b"); names.Push("c");
        Console.WriteLine(names[0] + names[1]);
        Console.WriteLine(Max(3, 9) + " " + Max(-2, -7) + " " + MaxOf(new List<int> { 4, 99, 12 }) + " " + Max('q', 'c'));
        var readings = new List<Reading> { new Reading(1, 2.5), new Reading(2, 7.25), new Reading(3, -1) };
        Console.WriteLine(MaxOf(readings) + " " + Max(readings[0], readings[2]));
        var registry = new Registry<Reading>();
        foreach (var r in readings) registry.Add(r);
        Console.WriteLine(registry.Find(2) + " [" + registry.Find(9) + "] " + registry.Count);
        var pair = new Pair<string, int>("answer", 41);
        pair.Value++;
        var nested = new Pair<int, Pair<string, int>>(1, pair);
        Console.WriteLine(pair + " " + nested + " " + nested.Value.Key);
        Console.WriteLine(CountEqual(new[] { 1, 2, 1, 1 }, 1) + " " + CountEqual(new[] { "x", "y", "x" }, "x") + " " + CountEqual(new[] { 1.5, double.NaN, double.NaN }, double.NaN));
        var words = new[] { "one", "two", "three" };
        Swap(words, 0, 2);
        var numbers = new[] { 1, 2, 3 };
        Swap(numbers, 1, 2);
        Console.WriteLine(string.Join(",", words) + " " + string.Join(",", numbers));
    }
}
