using System;
using System.Collections.Generic;

// Mutable structs are values: assignment, parameters, returns, arrays, lists, dictionaries and boxing copy them;
// a method called on a list element or a readonly field runs on a copy; arrays start with distinct zero values.
struct Counter
{
    public int Value;
    public string Label;
    public void Bump() { Value++; }
    public Counter Twice() { var c = this; c.Value *= 2; return c; }
    public override string ToString() => (Label ?? "-") + "=" + Value;
}

struct Box
{
    public Counter Inner;
    public int Extra { get; set; }
}

class Holder
{
    public Counter Field;
    public readonly Counter Frozen;
    public Counter Auto { get; set; }
    public Holder() { Frozen.Value = 7; }
}

static class StructValueSemantics
{
    static void Mutate(Counter c) { c.Value = 1000; c.Bump(); }
    static Counter Make(int v) => new Counter { Value = v, Label = "m" };
    static Counter Pass(Counter c) => c;

    static void Main()
    {
        var a = new Counter { Value = 1, Label = "a" };
        var b = a;
        b.Value = 2;
        b.Bump();
        Mutate(a);
        Console.WriteLine(a + " " + b + " " + a.Twice() + " " + a);
        var arr = new Counter[3];
        arr[0].Bump();
        arr[1] = a;
        arr[1].Value = 50;
        Console.WriteLine(arr[0] + " " + arr[1] + " " + arr[2] + " " + a);
        var list = new List<Counter> { a, b };
        list.Add(a);
        a.Value = 99;
        list[0].Bump();
        var fromList = list[1];
        fromList.Value = -1;
        Console.WriteLine(string.Join(" ", list) + " " + fromList + " " + a);
        var dict = new Dictionary<string, Counter> { ["x"] = a };
        a.Value = 5;
        var got = dict["x"];
        got.Bump();
        Console.WriteLine(dict["x"] + " " + got);
        var box = new Box { Extra = 3 };
        box.Inner.Value = 10;
        var box2 = box;
        box2.Inner.Bump();
        box2.Extra = 4;
        Console.WriteLine(box.Inner + " " + box.Extra + " " + box2.Inner + " " + box2.Extra);
        var h = new Holder();
        h.Field.Bump();
        h.Field.Bump();
        h.Frozen.Bump();
        var auto = h.Auto;
        auto.Value = 77;
        Console.WriteLine(h.Field + " " + h.Frozen + " " + h.Auto + " " + auto);
        object boxed = a;
        a.Value = 6;
        Console.WriteLine(boxed + " " + a + " " + Pass(a).Value + " " + Make(3));
        var same = new Counter { Value = 6, Label = "a" };
        Console.WriteLine(a.Equals(same) + " " + a.Equals(b) + " " + list.Contains(new Counter { Value = 2, Label = "a" }));
        Counter d = default;
        Console.WriteLine(d + " " + (d.Label == null));
    }
}
