using System;
using System.Collections.Generic;

// A struct local stored as the last statement of its block may be handed over; every other store must copy.
struct Counter
{
    public int Value;
    public int[] Shared;
    public void Bump() { Value++; }
}

static class StructHandOver
{
    static Counter[] _slots = new Counter[3];

    static void Main()
    {
        var list = new List<Counter>();
        Counter outside = new Counter { Value = 100, Shared = new int[1] };
        for (int i = 0; i < 3; i++)
        {
            Counter c = _slots[i];
            c.Value = i * 10;
            c.Bump();
            _slots[i] = c;
        }
        for (int i = 0; i < 3; i++)
        {
            outside.Bump();
            list.Add(outside); // outside lives on: the list must hold copies
        }
        {
            Counter last = list[0];
            last.Value = -5;
            list[1] = last;
        }
        Counter reused = list[2];
        list[0] = reused;
        reused.Bump();
        list[2].Shared[0] = 7;
        foreach (var s in _slots) Console.WriteLine("slot " + s.Value);
        foreach (var s in list) Console.WriteLine("list " + s.Value + " " + s.Shared[0]);
        Console.WriteLine("outside " + outside.Value + " reused " + reused.Value);
        if (list.Count > 0)
        {
            Counter inner = list[0];
            inner.Bump();
            if (inner.Value > 0) list[0] = inner;
            inner.Bump();
        }
        Console.WriteLine("after " + list[0].Value);
    }
}
