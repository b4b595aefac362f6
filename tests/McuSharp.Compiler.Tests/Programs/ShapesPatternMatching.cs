using System;
using System.Collections.Generic;

// Type, property, relational and logical patterns over a class hierarchy; is-designations and as-casts.
abstract class Shape { public abstract int Area { get; } }
sealed class Rect : Shape { public int W { get; init; } public int H { get; init; } public override int Area => W * H; }
sealed class Circle : Shape { public int R { get; init; } public override int Area => 3 * R * R; }
class Group : Shape
{
    public List<Shape> Parts { get; } = new List<Shape>();
    public override int Area { get { int a = 0; foreach (var p in Parts) a += p.Area; return a; } }
}

static class ShapesPatternMatching
{
    static string Describe(Shape? s) => s switch
    {
        null => "nothing",
        Rect { W: 0 } or Rect { H: 0 } => "flat rect",
        Rect { W: var w, H: var h } when w == h => "square " + w,
        Rect r => "rect " + r.W + "x" + r.H,
        Circle { R: > 10 } => "big circle",
        Circle { R: >= 1 and <= 10 } c => "circle " + c.R,
        Circle => "dot",
        Group { Parts.Count: 0 } => "empty group",
        Group g => "group of " + g.Parts.Count + " area " + g.Area,
        _ => "unknown",
    };

    static string Size(int area) => area switch { < 0 => "negative", 0 => "zero", < 50 => "small", < 500 => "medium", _ => "large" };

    static void Main()
    {
        var group = new Group();
        group.Parts.Add(new Rect { W = 2, H = 3 });
        group.Parts.Add(new Circle { R = 4 });
        var shapes = new List<Shape?> { new Rect { W = 4, H = 4 }, new Rect { W = 0, H = 9 }, new Rect { W = 5, H = 2 }, new Circle { R = 11 }, new Circle { R = 3 }, new Circle { R = 0 }, new Group(), group, null };
        foreach (var s in shapes) Console.WriteLine(Describe(s) + " / " + Size(s?.Area ?? -1));
        object o = group;
        if (o is Shape { Area: > 10 } big) Console.WriteLine("big shape " + big.Area);
        Console.WriteLine((o as Rect) == null ? "not a rect" : "rect");
        Console.WriteLine(o is Group g2 && g2.Parts[0] is Rect { W: 2 } ? "first part is 2 wide" : "no");
        Console.WriteLine(o is not Circle ? "not a circle" : "circle");
    }
}
