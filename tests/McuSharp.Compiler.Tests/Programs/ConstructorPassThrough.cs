using System;

// Constructors that only hand their parameters to the base (left to Python's inherited __init__), beside ones
// that look alike but must stay: other parameter names (named arguments), reordered arguments, an extra statement,
// and a base constructor that calls an override reading a derived field before the derived body assigns it.
class Shape
{
    public readonly int Width;
    public readonly int Height;
    public Shape(int width, int height) { Width = width; Height = height; }
    public virtual string Name() => "shape";
    public override string ToString() => Name() + " " + Width + "x" + Height;
}

class Box : Shape { public Box(int width, int height) : base(width, height) { } }
class Crate : Box { public Crate(int width, int height) : base(width, height) { } public override string Name() => "crate"; }
class Swapped : Shape { public Swapped(int width, int height) : base(height, width) { } }
class Renamed : Shape { public Renamed(int w, int h) : base(w, h) { } }
class Counted : Shape
{
    public static int Made;
    public Counted(int width, int height) : base(width, height) { Made++; }
}

class Announcer
{
    public Announcer() { Console.WriteLine("announcing " + Describe()); }
    public virtual string Describe() => "nothing";
}

class Late : Announcer
{
    private int _value;
    private string? _label;
    public Late(int value) { _value = value; _label = "late"; }
    public override string Describe() => _label + " " + _value;
}

class Quiet
{
    protected int Seen;
    public Quiet() { Seen = 5; }
}

class Early : Quiet
{
    private int _value;
    public Early(int value) { _value = value; }
    public override string ToString() => "early " + _value + " seen " + Seen;
}

static class Program
{
    static void Main()
    {
        Console.WriteLine(new Box(2, 3));
        Console.WriteLine(new Crate(height: 4, width: 5));
        Console.WriteLine(new Box(height: 6, width: 7));
        Console.WriteLine(new Swapped(1, 9));
        Console.WriteLine(new Renamed(h: 8, w: 2));
        Console.WriteLine(new Counted(1, 1) + " " + new Counted(2, 2) + " made " + Counted.Made);
        Console.WriteLine(new Late(42).Describe());
        Console.WriteLine(new Early(11));
    }
}
