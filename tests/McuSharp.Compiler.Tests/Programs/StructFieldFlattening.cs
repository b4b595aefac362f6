using System;
using System.Collections.Generic;

// Fields of a plain struct type kept as one attribute per field in their object: read whole, read field by field,
// stored whole, in object and field initializers, in classes and in mutable structs (copied, compared, used as
// dictionary keys), where C# could tell nothing apart from a field holding the value.
public readonly struct Pt
{
    public readonly int X;
    public readonly int Y;
    public Pt(int x, int y) { X = x; Y = y; }
    public Pt Add(Pt other) => new Pt(X + other.X, Y + other.Y);
    public int Manhattan => (X < 0 ? -X : X) + (Y < 0 ? -Y : Y);
    public static Pt operator +(Pt a, Pt b) => new Pt(a.X + b.X, a.Y + b.Y);
    public override string ToString() => X + ":" + Y;
}

// Get-only auto-properties, a constructor that takes its parameters in another order.
public readonly struct Size
{
    public int W { get; }
    public int H { get; }
    public Size(int h, int w) { W = w; H = h; }
    public int Area => W * H;
}

public struct Body
{
    public Pt Position;
    public Pt Velocity;
    public Size Box;
    public string Name;
}

public class Shape
{
    public Pt Origin = new Pt(1, 1);
    public Size Extent;
    public readonly Pt Anchor;
    private Pt _hidden;
    public Shape(Pt anchor) { Anchor = anchor; _hidden = anchor.Add(anchor); }
    public Pt Hidden => _hidden;
    public void Move(Pt by) { Origin = Origin.Add(by); _hidden = new Pt(_hidden.Y, _hidden.X); }
}

public class Derived : Shape
{
    public Pt Extra;
    public Derived() : base(new Pt(5, 6)) { Extra = Origin.Add(Anchor); }
}

public static class StructFieldFlattening
{
    static int calls;

    static Shape Get(Shape s, string label)
    {
        calls++;
        Console.WriteLine("get " + label);
        return s;
    }

    static Pt Point(string label, int x, int y)
    {
        calls++;
        Console.WriteLine("point " + label);
        return new Pt(x, y);
    }

    static void Show(Pt p) => Console.WriteLine("show " + p);

    public static void Main()
    {
        var body = new Body { Position = new Pt(1, 2), Velocity = Point("init", 3, 4), Box = new Size(2, 5), Name = "b" };
        var copy = body;
        copy.Position = copy.Position.Add(copy.Velocity);
        Console.WriteLine(body.Position + " " + copy.Position + " " + body.Box.W + "x" + body.Box.H + " " + body.Box.Area + " " + copy.Name);
        Show(body.Position);
        var whole = body.Velocity;
        Console.WriteLine(whole + " " + whole.X + " " + body.Velocity.Y);
        body.Position = new Pt(body.Position.Y, body.Position.X);
        Console.WriteLine(body.Position);
        body.Position += body.Velocity;
        body.Position += Point("compound", 100, 200);
        Console.WriteLine(body.Position + " " + body.Position.Manhattan + " " + (body.Position + body.Velocity).Manhattan);
        body.Position = new Pt(2, 1);

        // Struct equality over flattened fields: List.Contains, IndexOf, dictionary keys.
        var bodies = new List<Body> { body, copy };
        var again = new Body { Position = new Pt(2, 1), Velocity = new Pt(3, 4), Box = new Size(2, 5), Name = "b" };
        Console.WriteLine(bodies.Contains(again) + " " + bodies.IndexOf(copy) + " " + body.Equals(again));
        var seen = new Dictionary<Body, int> { [again] = 7 };
        Console.WriteLine(seen.ContainsKey(body) + " " + seen[body]);

        // Arrays of mutable structs holding flattened fields.
        var array = new Body[3];
        array[1].Position = new Pt(9, 9);
        array[2] = array[1];
        array[2].Position = array[2].Position.Add(new Pt(1, 1));
        Console.WriteLine(array[0].Position + " " + array[1].Position + " " + array[2].Position);
        foreach (var item in array) Console.Write(item.Position.X + item.Velocity.Y + " ");
        Console.WriteLine();
        // An element taken out, changed and put back; replaced by another value before it is put back.
        var moving = new Body[3];
        for (var k = 0; k < moving.Length; k++)
        {
            Body b = moving[k];
            b.Position = new Pt(k, k * 2);
            b.Velocity = b.Position.Add(b.Position);
            moving[k] = b;
        }
        for (var k = 0; k < moving.Length; k++)
        {
            Body b = moving[k];
            b.Position = b.Position.Add(b.Velocity);
            if (k == 1) b = new Body { Name = "replaced", Position = new Pt(-1, -1) };
            moving[k] = b;
        }
        foreach (var item in moving) Console.Write(item.Position + "/" + item.Velocity + "/" + (item.Name ?? "-") + " ");
        Console.WriteLine();

        // Classes: field initializers, a base constructor, readonly and private fields.
        var shape = new Shape(new Pt(2, 3));
        shape.Move(new Pt(10, 20));
        Console.WriteLine(shape.Origin + " " + shape.Anchor + " " + shape.Hidden + " " + shape.Extent.W);
        var derived = new Derived();
        derived.Move(derived.Extra);
        Console.WriteLine(derived.Origin + " " + derived.Extra + " " + derived.Anchor + " " + derived.Hidden);

        // The object is evaluated once, before the value.
        Get(shape, "target").Origin = Point("value", 7, 8);
        Console.WriteLine(Get(shape, "read").Origin + " " + Get(shape, "field").Origin.Y + " calls=" + calls);
        var other = new Shape(new Pt(0, 0));
        other.Origin = shape.Origin;
        shape.Origin = new Pt(shape.Origin.Y, other.Origin.X);
        Console.WriteLine(other.Origin + " " + shape.Origin);
        Shape nothing = null;
        try { Console.WriteLine(nothing.Origin.X); }
        catch (NullReferenceException) { Console.WriteLine("null"); }
    }
}
