using System;
using System.Collections.Generic;

// One generic class used with a mutable struct, a class and an int: values read out of it are copies exactly
// where T is the struct.
struct Counter { public int N; public override string ToString() => "c" + N; }
sealed class Box { public int N; public override string ToString() => "b" + N; }

sealed class Slot<T>
{
    private T _value;
    private readonly List<T> _history = new List<T>();
    public Slot(T value) { _value = value; _history.Add(value); }
    public T Get() => _value;
    public T Value { get => _value; set { _value = value; _history.Add(value); } }
    public T First => _history[0];
    public int Changes => _history.Count;
}

static class GenericMixedStructArguments
{
    static void Main()
    {
        var counter = new Counter { N = 1 };
        var cs = new Slot<Counter>(counter);
        counter.N = 2;
        Counter got = cs.Get();
        got.N = 3;
        var viaProperty = cs.Value;
        viaProperty.N = 4;
        cs.Value = viaProperty;
        viaProperty.N = 5;
        Console.WriteLine(counter + " " + got + " " + cs.Get() + " " + cs.First + " " + viaProperty + " " + cs.Changes);

        var box = new Box { N = 1 };
        var bs = new Slot<Box>(box);
        box.N = 2;
        Box b = bs.Get();
        b.N = 3;
        Console.WriteLine(box + " " + bs.Get() + " " + bs.First + " " + (b == box));

        var ints = new Slot<int>(7);
        int i = ints.Get();
        i++;
        ints.Value = i * 2;
        Console.WriteLine(i + " " + ints.Get() + " " + ints.First + " " + ints.Changes);
    }
}
