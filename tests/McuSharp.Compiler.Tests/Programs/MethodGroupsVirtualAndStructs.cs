// Method groups: an instance method group keeps its object (and calls the override of a virtual method), a struct's
// method group works on a boxed copy, an interface method, overloads picked by the delegate type, static methods.
using System;
using System.Collections.Generic;

interface IShape { int Area(); }

class Shape : IShape
{
    public virtual string Name() => "shape";
    public virtual int Area() => 0;
}

class Square : Shape
{
    private readonly int _side;
    public Square(int side) { _side = side; }
    public override string Name() => "square" + _side;
    public override int Area() => _side * _side;
}

struct Tally
{
    public int Count;
    public void Add() { Count++; }
    public int Get() => Count;
}

static class Program
{
    static string Show(int x) => "int " + x;
    static string Show(string s) => "string " + s;

    static void Main()
    {
        Shape s = new Square(3);
        Func<string> name = s.Name;
        IShape shape = s;
        Func<int> area = shape.Area;
        Console.WriteLine(name() + " " + area());
        Func<string> again = s.Name;
        Func<string> other = new Square(3).Name;
        Func<int> lambda = () => 1;
        Func<int> lambda2 = () => 1;
        Console.WriteLine((name == again) + " " + (name == other) + " " + (lambda == lambda2) + " " + (lambda != lambda2));
        var shapes = new List<Shape> { new Shape(), new Square(2), new Square(5) };
        var namers = new List<Func<string>>();
        foreach (var sh in shapes) namers.Add(sh.Name);
        foreach (var n in namers) Console.Write(n() + " ");
        Console.WriteLine();

        var t = new Tally();
        Action add = t.Add;
        add(); add();
        Func<int> get = t.Get;
        t.Add();
        Console.WriteLine(t.Count + " " + get());

        Func<int, string> showInt = Show;
        Func<string, string> showText = Show;
        Console.WriteLine(showInt(4) + " / " + showText("x"));
        Converter<int, string> convert = Show;
        Console.WriteLine(string.Join(",", new List<int> { 1, 2 }.ConvertAll(convert)));
    }
}
