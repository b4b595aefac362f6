// A small sensor logger mixing what device code uses together: an interface, init-only properties, a generic ring
// buffer of named tuples (arrays of tuples start as tuples of defaults), an iterator, relational patterns in a switch
// expression, a dictionary keyed by an enum, TryGetValue with out var, format specifiers, ?. and ??, Math.Sin.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

enum Level { Low = 1, Mid = 5, High = 10 }

interface ISensor { string Name { get; } double Read(int t); }

sealed class Thermo : ISensor
{
    public string Name { get; init; } = "thermo";
    public double Offset { get; set; }
    public double Read(int t) => 20.0 + Math.Round(Math.Sin(t / 10.0) * 2, 3) + Offset;
}

sealed class RingBuffer<T>
{
    private readonly T[] _items;
    private int _head, _count;
    public RingBuffer(int capacity) => _items = new T[capacity];
    public void Push(T item)
    {
        _items[(_head + _count) % _items.Length] = item;
        if (_count < _items.Length) _count++; else _head = (_head + 1) % _items.Length;
    }
    public IEnumerable<T> Items()
    {
        for (int i = 0; i < _count; i++) yield return _items[(_head + i) % _items.Length];
    }
    public int Count => _count;
}

static class Program
{
    static Level Classify(double v) => v switch
    {
        < 19.0 => Level.Low,
        >= 19.0 and < 21.5 => Level.Mid,
        _ => Level.High,
    };

    static void Main()
    {
        var sensors = new List<ISensor> { new Thermo(), new Thermo { Name = "outside", Offset = -8.5 } };
        var buffer = new RingBuffer<(string Name, double Value)>(5);
        var counts = new Dictionary<Level, int>();
        for (int t = 0; t < 40; t++)
        {
            foreach (var s in sensors)
            {
                var v = s.Read(t);
                buffer.Push((s.Name, v));
                var level = Classify(v);
                counts[level] = counts.TryGetValue(level, out var c) ? c + 1 : 1;
            }
        }
        var sb = new StringBuilder();
        foreach (var (name, value) in buffer.Items()) sb.Append($"{name}={value:F2};");
        Console.WriteLine(sb.ToString());
        foreach (var kv in counts.OrderBy(k => (int)k.Key)) Console.WriteLine($"{kv.Key}: {kv.Value}");
        var avg = buffer.Items().Average(x => x.Value);
        Console.WriteLine($"avg {avg:0.000} max {buffer.Items().Max(x => x.Value):F1} n={buffer.Count}");
        string? missing = null;
        Console.WriteLine($"[{missing ?? "none"}] {missing?.Length ?? -1} {Level.Mid | Level.High} {(Level)7}");
        var words = "a,b,,c".Split(',', StringSplitOptions.RemoveEmptyEntries);
        Console.WriteLine(string.Join("|", words.Select((w, i) => $"{i}:{w.ToUpperInvariant()}")));
        var empty = new (int Id, string? Label, char Mark)[2];
        var none = default((int, bool, double));
        Console.WriteLine($"{empty[1].Id} [{empty[1].Label}] {(int)empty[1].Mark} {none.Item1} {none.Item2} {none.Item3}");
    }
}
