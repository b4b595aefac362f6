using System;
using System.Collections.Generic;

// Value ranges that flow through virtual calls, interfaces, constructors and read-only members must stay sound:
// every case below overflows or goes negative through a path the call sites alone do not show.
interface IScaler { int Scale(int x); }

abstract class Shape
{
    protected Shape(int size) { Size = size; Describe(); }
    public int Size { get; }
    public abstract int Grow(int by);
    protected virtual void Describe() { }
}

sealed class Square : Shape
{
    private readonly int _side;
    public Square(int side) : base(side * 4) { _side = side; }
    public override int Grow(int by) => _side * by % 97;
    // Runs from the base constructor, before _side is assigned: it sees 0.
    protected override void Describe() { Console.WriteLine("square side so far " + _side + ", size " + Size); }
}

sealed class Line : Shape
{
    public Line(int length) : base(length) { }
    public override int Grow(int by) => (Size + by) * 65536 / 7;
}

sealed class Doubler : IScaler { public int Scale(int x) => x * 2 / 3; }

sealed class Triple : IScaler { public int Scale(int x) => x * 3 % 1000; }

sealed class Reversed
{
    public int Compare(int a, int b) => (b - a) / 2 % 5 == 9 ? 0 : b.CompareTo(a);
}

sealed class Parsed
{
    private readonly int _value;
    public Parsed(string text) { int.TryParse(text, out _value); if (text == "x") _value = -1; }
    public int Value => _value % 7;
}

struct Cell
{
    public readonly int Row;
    public readonly int Col;
    public Cell(int row, int col) { Row = row; Col = col; }
    public int Key => Row * 100000 + Col;
}

static class RangesThroughObjects
{
    static int ScaleAll(IScaler scaler, int x) => scaler.Scale(x);

    static void Main()
    {
        var shapes = new List<Shape> { new Square(3), new Line(5), new Square(-40000), new Line(int.MaxValue - 1) };
        foreach (var s in shapes) Console.WriteLine(s.Size + " " + s.Grow(2) + " " + s.Grow(-1000000));
        Console.WriteLine(ScaleAll(new Doubler(), 10) + " " + ScaleAll(new Triple(), 10));
        IScaler big = new Doubler();
        Console.WriteLine(big.Scale(int.MaxValue) + " " + big.Scale(-7) + " " + new Triple().Scale(-1234567));
        var list = new List<int> { 5, -3, 9, 0, 2 };
        Console.WriteLine(new Reversed().Compare(1, 2) + " " + new Reversed().Compare(int.MinValue, int.MaxValue));
        Console.WriteLine(new Parsed("-9").Value + " " + new Parsed("x").Value + " " + new Parsed("2147483647").Value);
        var cells = new[] { new Cell(1, 2), new Cell(30000, 5), new Cell(-30000, -5), default };
        foreach (var c in cells) Console.WriteLine(c.Row + "," + c.Col + " " + c.Key + " " + c.Key % 9);
    }
}
