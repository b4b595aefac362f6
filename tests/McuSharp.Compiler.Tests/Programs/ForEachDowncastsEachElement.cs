using System;
using System.Collections.Generic;

// `foreach (Circle c in shapes)` casts every element as C# does: the elements that are circles pass, the first
// that is not throws InvalidCastException with .NET's message, after the loop body ran for the ones before it.
class Shape
{
    public virtual string Name => "shape";
}

class Circle : Shape
{
    public int Radius;
    public override string Name => "circle " + Radius;
}

sealed class Square : Shape
{
    public override string Name => "square";
}

static class Program
{
    static void Main()
    {
        var round = new List<Shape> { new Circle { Radius = 1 }, new Circle { Radius = 2 } };
        foreach (Circle c in round) Console.WriteLine(c.Name + " r=" + c.Radius);
        var mixed = new Shape[] { new Circle { Radius = 3 }, new Square(), new Circle { Radius = 4 } };
        try
        {
            foreach (Circle c in mixed) Console.WriteLine(c.Name);
        }
        catch (InvalidCastException e) { Console.WriteLine(e.Message); }
        object[] things = { "text", 5 };
        try
        {
            foreach (string s in things) Console.WriteLine(s.Length);
        }
        catch (InvalidCastException e) { Console.WriteLine("not a string: " + e.GetType().Name); }
    }
}
