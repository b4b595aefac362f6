using System;
using System.Collections.Generic;

// Switch expressions with constant, relational, and/or/not, type, property and var patterns, `when` guards and
// discards; `is` patterns with the same vocabulary; a switch with no matching arm throws at the end.
abstract class Shape { }
class Circle : Shape { public double R; public Circle(double r) { R = r; } }
class Rect : Shape { public int W, H; public Rect(int w, int h) { W = w; H = h; } }

enum Mode { Off, Eco, Normal, Boost }

static class SwitchExpressionsPatterns
{
    static string Grade(int score) => score switch
    {
        < 0 or > 100 => "invalid",
        >= 90 => "A",
        >= 75 and < 90 => "B",
        50 or 51 or 52 => "barely",
        var s when s % 2 == 0 => "even " + s,
        _ => "low",
    };

    static string Describe(Shape? shape) => shape switch
    {
        null => "nothing",
        Circle { R: 0 } => "point",
        Circle c when c.R > 10 => "big circle",
        Circle c => "circle " + c.R,
        Rect { W: var w, H: var h } when w == h => "square " + w,
        Rect r => "rect " + r.W + "x" + r.H,
        _ => "shape",
    };

    static int Power(Mode mode) => mode switch
    {
        Mode.Off => 0,
        Mode.Eco => 30,
        Mode.Normal or Mode.Boost => mode == Mode.Boost ? 120 : 80,
        _ => -1,
    };

    static char Kind(char c) => c switch { >= '0' and <= '9' => 'd', >= 'a' and <= 'z' or >= 'A' and <= 'Z' => 'l', ' ' => 's', _ => '?' };

    static void Main()
    {
        foreach (var s in new[] { -1, 0, 50, 64, 75, 89, 90, 100, 101, 33 }) Console.Write(Grade(s) + " | ");
        Console.WriteLine();
        var shapes = new List<Shape?> { new Circle(0), new Circle(12), new Circle(2.5), new Rect(3, 3), new Rect(2, 5), null };
        foreach (var sh in shapes) Console.Write(Describe(sh) + "; ");
        Console.WriteLine();
        foreach (var m in new[] { Mode.Off, Mode.Eco, Mode.Normal, Mode.Boost }) Console.Write(Power(m) + " ");
        Console.WriteLine();
        foreach (var c in "a1 Z?") Console.Write(Kind(c));
        Console.WriteLine();
        object o = "text";
        Console.WriteLine((o is string { Length: > 2 } t ? t.ToUpper() : "no") + " " + (o is not string) + " " + (7 is > 5 and < 10) + " " + (shapes[3] is Rect { W: 3, H: > 2 }));
        int level = 3;
        var name = level switch { 1 => "one", 2 => "two", _ => "many" };
        Console.WriteLine(name + " " + ((level * 2) switch { 6 => "six", _ => "?" }));
        Console.WriteLine(Grade(level switch { 3 => 95, _ => 0 }));
        int unknown = 9;
        Console.WriteLine(unknown switch { 1 => "a", 2 => "b" });
    }
}
