using System;
using System.Collections.Generic;

// Inlined struct methods keep C#'s meaning: the receiver, then the arguments, each evaluated once and in order;
// a body that overflows wraps like C#; recursion stops; a method used as a delegate, values stored in lists and
// arrays, default values and operators behave as the calls would.
public readonly struct V2
{
    public readonly int X;
    public readonly int Y;
    public V2(int x, int y) { X = x; Y = y; }
    public V2 Add(V2 other) => new V2(X + other.X, Y + other.Y);
    public V2 Scale(int factor) => new V2(X * factor / 256, Y * factor / 256);
    public int Dot(V2 other) => X * other.X + Y * other.Y;
    public long LongDot(V2 other) => (long)X * other.X + (long)Y * other.Y;
    public V2 Swap() => new V2(Y, X);
    public V2 Twice() => Add(this);
    public V2 Quad() => Twice().Twice();
    public int Sum => X + Y;
    public int Fact(int n) => n <= 1 ? 1 : n * Fact(n - 1);
    public V2 Divide(int by) => new V2(X / by, Y / by);
    public bool IsZero() => X == 0 && Y == 0;
    public int WithEffect(int k) => StructMethodInlining.Bump() * 100 + k + X;
    public static V2 operator +(V2 a, V2 b) => new V2(a.X + b.X, a.Y + b.Y);
    public static V2 operator -(V2 a) => new V2(-a.X, -a.Y);
    public static int Cross(V2 a, V2 b) => a.X * b.Y - a.Y * b.X;
    public override string ToString() => "(" + X + ", " + Y + ")";
}

// A struct whose fields can change: a method that changes `this` runs on the value it is called on.
public struct Counter
{
    public int Count;
    public int Step;
    public Counter(int count, int step) { Count = count; Step = step; }
    public int Next() { Count += Step; return Count; }
    public Counter Advanced() => new Counter(Count + Step, Step);
}

public static class StructMethodInlining
{
    static int calls;

    static V2 Make(string label, int x, int y)
    {
        calls++;
        Console.WriteLine("make " + label);
        return new V2(x, y);
    }

    static int Num(string label, int value)
    {
        calls++;
        Console.WriteLine("num " + label);
        return value;
    }

    static V2 Identity(V2 v) => v;

    public static int effects;
    public static int Bump() => ++effects;

    public static void Main()
    {
        // Order and single evaluation: receiver first, then the arguments, left to right.
        var sum = Make("receiver", 1, 2).Add(Make("argument", 10, 20));
        Console.WriteLine(sum + " calls=" + calls);
        var dot = Make("a", 3, 4).Dot(new V2(Num("x", 5), Num("y", 6)));
        Console.WriteLine(dot + " calls=" + calls);
        var scaled = new V2(Num("first", 512), Num("second", -512)).Scale(Num("factor", 128));
        Console.WriteLine(scaled + " calls=" + calls);
        var unused = Make("ignored receiver", 7, 8).Swap().X;
        Console.WriteLine(unused + " calls=" + calls);

        // Pure operands: evaluated where the body reads them, and the same values as the call.
        var a = new V2(3, -4);
        var b = new V2(-7, 9);
        Console.WriteLine(a.Add(b) + " " + a.Dot(b) + " " + a.Scale(300) + " " + (a + b) + " " + (-a) + " " + V2.Cross(a, b));
        Console.WriteLine(a.Twice() + " " + a.Quad() + " " + a.Swap().Swap() + " " + a.Sum + " " + a.Add(b).Sum);

        // Overflow inside an inlined body wraps like C#.
        var big = new V2(int.MaxValue, int.MinValue);
        var one = new V2(1, -1);
        Console.WriteLine(big.Add(one) + " " + big.Dot(one) + " " + big.LongDot(big) + " " + big.Scale(512) + " " + (big + big) + " " + (-big));
        var wrapped = big.Add(one);
        Console.WriteLine(wrapped.X + " " + wrapped.Y + " " + (wrapped.X < 0));

        // Integer division by a variable stays a call (it can throw); by zero it throws as in C#.
        Console.WriteLine(a.Divide(2) + " " + b.Divide(-3));
        try { Console.WriteLine(a.Divide(Num("zero", 0))); }
        catch (DivideByZeroException) { Console.WriteLine("divide by zero"); }

        // A body with effects reads its arguments after them only where nothing can change them.
        var local = 5;
        var c = new V2(1, 1);
        Console.WriteLine(a.WithEffect(effects) + " " + a.WithEffect(effects) + " " + a.WithEffect(local) + " " + effects);
        Console.WriteLine(c.WithEffect(effects) + " " + c.WithEffect(local) + " " + c.WithEffect(7) + " " + effects);

        // Recursion is not inlined forever.
        Console.WriteLine(a.Fact(10) + " " + a.Fact(Num("n", 5)));

        // A struct method as a delegate, and a struct passed on whole.
        Func<V2, V2> add = a.Add;
        Func<int> sumOf = b.Dot(b) > 0 ? () => a.Sum : () => 0;
        Console.WriteLine(add(b) + " " + sumOf() + " " + Identity(a.Add(b)));

        // Values in lists and arrays, default values.
        var list = new List<V2> { a.Add(b), a.Scale(512) };
        list.Add(b.Swap());
        var array = new V2[3];
        array[1] = a.Add(a);
        array[2] = array[1].Add(b);
        Console.WriteLine(string.Join(" ", list) + " | " + string.Join(" ", array) + " | " + list.Contains(new V2(-4, 4)) + " " + list.IndexOf(new V2(9, -7)));
        var zero = default(V2);
        var fresh = new V2();
        Console.WriteLine(zero + " " + fresh.Add(a) + " " + zero.IsZero() + " " + zero.Equals(fresh) + " " + default(V2).Add(b));

        // Locals kept as one Python local per field: a swap through the old value, a value read whole.
        var v = new V2(1, 2);
        for (var i = 0; i < 5; i++) v = new V2(v.Y, v.X + v.Y);
        Console.WriteLine(v + " " + v.X + " " + v.Y);
        var w = v;
        w += new V2(1, 1);
        w += Make("compound", 0, 0);
        w += -w;
        w += v;
        v = v.Add(w);
        Console.WriteLine(v + " " + w);
        object boxed = v;
        Console.WriteLine(((V2)boxed).Equals(new V2(16, 26)) + " " + boxed);

        // Mutable struct: the method runs on the variable itself, and on a copy where C# makes one.
        var counter = new Counter(1, 3);
        var copy = counter;
        Console.WriteLine(counter.Next() + " " + counter.Next() + " " + counter.Count + " " + copy.Count + " " + counter.Advanced().Count + " " + counter.Count);
        var counters = new Counter[2];
        counters[0] = new Counter(10, 5);
        counters[0].Next();
        var taken = counters[0];
        taken.Next();
        Console.WriteLine(counters[0].Count + " " + taken.Count);
    }
}
