using System;
using System.Collections.Generic;

// default(T) where the program uses T with types whose defaults differ (int, string, double, a struct): each call of
// a generic method passes its T's default in, each object of a generic class keeps it; a mutable struct default is
// a fresh value every time.
struct Counter
{
    public int Count;
    public override string ToString() => "Counter(" + Count + ")";
}

class Slot<T>
{
    private T _value;
    private bool _filled;
    public Slot() { _value = default!; }
    public void Fill(T value) { _value = value; _filled = true; }
    public T ValueOrDefault() => _filled ? _value : default!;
    public T[] Blank(int n) => new T[n];
    public override string ToString() => _filled ? "[" + _value + "]" : "[empty " + ValueOrDefault() + "]";
}

static class GenericDefaultsMixed
{
    static T FirstOr<T>(List<T> items) => items.Count > 0 ? items[0] : default!;

    static T LastOrDefault<T>(List<T> items, int skip)
    {
        if (items.Count <= skip) return default!;
        return items[items.Count - 1 - skip];
    }

    // A generic method that passes its own T on.
    static string Describe<T>(List<T> items) => "first=" + FirstOr(items) + " last=" + LastOrDefault(items, 0);

    static bool TryTake<T>(Queue<T> queue, out T value)
    {
        if (queue.Count == 0) { value = default!; return false; }
        value = queue.Dequeue();
        return true;
    }

    static void Main()
    {
        Console.WriteLine(FirstOr(new List<int>()) + "|" + FirstOr(new List<string>()) + "|" + FirstOr(new List<double>()) + "|" + FirstOr(new List<Counter>()));
        Console.WriteLine(FirstOr(new List<int> { 7 }) + "|" + FirstOr(new List<string> { "a" }) + "|" + LastOrDefault(new List<char> { 'x' }, 3) + "|" + LastOrDefault(new List<bool>(), 0));
        Console.WriteLine(Describe(new List<int> { 1, 2 }) + " " + Describe(new List<string>()) + " " + Describe(new List<Counter>()));

        Counter a = FirstOr(new List<Counter>());
        Counter b = FirstOr(new List<Counter>());
        a.Count = 5;
        Console.WriteLine(a + " " + b);

        var ints = new Slot<int>();
        var texts = new Slot<string>();
        var counters = new Slot<Counter>();
        Console.WriteLine(ints + " " + texts + " " + counters);
        Counter c = counters.ValueOrDefault();
        c.Count = 9;
        Console.WriteLine(counters.ValueOrDefault() + " " + c);
        var blanks = counters.Blank(3);
        blanks[0].Count = 4;
        Console.WriteLine(blanks[0] + " " + blanks[1] + " " + ints.Blank(2)[1] + " " + (texts.Blank(1)[0] == null));
        ints.Fill(3);
        counters.Fill(new Counter { Count = 2 });
        Console.WriteLine(ints + " " + counters);

        var queue = new Queue<int>();
        queue.Enqueue(4);
        Console.WriteLine(TryTake(queue, out int first) + " " + first + " " + TryTake(queue, out int second) + " " + second);
        var names = new Queue<string>();
        Console.WriteLine(TryTake(names, out string? none) + " " + (none == null));
    }
}
