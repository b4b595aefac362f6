using System;
using System.Collections.Generic;

// readonly structs with operators (+, -, *, ==, !=, unary -), an explicit conversion, static members, and a
// struct used as a dictionary key through its Equals/GetHashCode.
readonly struct Vec2
{
    public readonly double X, Y;
    public static readonly Vec2 Zero = new Vec2(0, 0);
    public Vec2(double x, double y) { X = x; Y = y; }
    public double Length => Math.Sqrt(X * X + Y * Y);
    public static Vec2 operator +(Vec2 a, Vec2 b) => new Vec2(a.X + b.X, a.Y + b.Y);
    public static Vec2 operator -(Vec2 a, Vec2 b) => new Vec2(a.X - b.X, a.Y - b.Y);
    public static Vec2 operator -(Vec2 a) => new Vec2(-a.X, -a.Y);
    public static Vec2 operator *(Vec2 a, double k) => new Vec2(a.X * k, a.Y * k);
    public static bool operator ==(Vec2 a, Vec2 b) => a.X == b.X && a.Y == b.Y;
    public static bool operator !=(Vec2 a, Vec2 b) => !(a == b);
    public static explicit operator Vec2(double both) => new Vec2(both, both);
    public override bool Equals(object? obj) => obj is Vec2 v && v == this;
    public override int GetHashCode() => (int)(X * 1000) ^ (int)(Y * 7);
    public override string ToString() => $"({X}, {Y})";
}

struct Cell
{
    public int Row, Col;
    public Cell(int row, int col) { Row = row; Col = col; }
    public Cell Offset(int dr, int dc) => new Cell(Row + dr, Col + dc);
}

static class StructsReadonlyOperators
{
    static void Main()
    {
        var a = new Vec2(3, 4);
        var b = (Vec2)1.5;
        var c = a + b * 2 - Vec2.Zero;
        Console.WriteLine(a + " " + b + " " + c + " " + (-c) + " " + a.Length + " " + (a == new Vec2(3, 4)) + " " + (a != b));
        var sum = Vec2.Zero;
        for (int i = 1; i <= 4; i++) sum += new Vec2(i, -i) * 0.5;
        Console.WriteLine(sum + " " + sum.Length);
        var seen = new Dictionary<Vec2, int>();
        foreach (var v in new[] { a, b, new Vec2(3, 4), c, b }) seen[v] = seen.ContainsKey(v) ? seen[v] + 1 : 1;
        foreach (var kv in seen) Console.Write(kv.Key + ":" + kv.Value + " ");
        Console.WriteLine();
        var path = new List<Cell> { new Cell(0, 0) };
        for (int i = 0; i < 4; i++) path.Add(path[path.Count - 1].Offset(i % 2, 1));
        foreach (var cell in path) Console.Write(cell.Row + "," + cell.Col + " ");
        Console.WriteLine();
        Cell start = path[0];
        start.Row = 9;
        Console.WriteLine(path[0].Row + " " + start.Row + " " + new Cell().Col + " " + default(Cell).Row);
    }
}
