using System;
using System.Collections.Generic;

// Generic types holding structs and classes: a ring buffer of struct samples, a generic pair, a stack of
// objects, and default values of type parameters.
struct Sample { public int T; public int V; public override string ToString() => T + ":" + V; }

sealed class Ring<T>
{
    private readonly List<T> _items = new List<T>();
    private readonly int _capacity;
    private int _start;
    public Ring(int capacity) { _capacity = capacity; }
    public int Count => _items.Count;
    public void Push(T item)
    {
        if (_items.Count < _capacity) { _items.Add(item); return; }
        _items[_start] = item;
        _start = (_start + 1) % _capacity;
    }
    public T this[int i] => _items[(_start + i) % _items.Count];
    public T Oldest() => _items.Count == 0 ? throw new InvalidOperationException("empty ring") : _items[_start];
}

sealed class Pair<TKey, TValue>
{
    public Pair(TKey key, TValue value) { Key = key; Value = value; }
    public TKey Key { get; }
    public TValue Value { get; set; }
    public override string ToString() => "<" + Key + "," + Value + ">";
}

static class GenericStructsAndCollections
{
    static void Main()
    {
        var ring = new Ring<Sample>(3);
        try { Console.WriteLine(ring.Oldest()); } catch (InvalidOperationException e) { Console.WriteLine(e.Message + " " + ring.Count); }
        for (int t = 0; t < 5; t++) ring.Push(new Sample { T = t, V = t * t });
        Sample first = ring[0];
        first.V = -1;
        Console.WriteLine(ring.Count + " " + ring[0] + " " + ring[1] + " " + ring[2] + " " + first + " " + ring.Oldest());
        var small = new Ring<Sample>(1);
        small.Push(new Sample { T = 1 });
        small.Push(new Sample { T = 2 });
        Console.WriteLine(small[0] + " " + small[5] + " " + small.Count);
        var stack = new Stack<Pair<string, int>>();
        stack.Push(new Pair<string, int>("x", 1));
        stack.Push(new Pair<string, int>("y", 2));
        stack.Peek().Value += 40;
        Console.WriteLine(stack.Pop() + " " + stack.Pop() + " " + stack.Count);
        var pairs = new List<Pair<int, Sample>> { new Pair<int, Sample>(1, new Sample { T = 9, V = 8 }) };
        var s = pairs[0].Value;
        s.T = 0;
        Console.WriteLine(pairs[0] + " " + s);
    }
}
