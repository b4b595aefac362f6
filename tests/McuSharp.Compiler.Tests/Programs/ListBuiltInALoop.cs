using System;
using System.Collections.Generic;

// A fresh list filled by a loop whose body is only the Add becomes one list comprehension. Where that would show a
// difference it must not happen: an exception mid-loop with the list read afterwards (the partial list), the loop
// variable read after the loop, a lambda or a local in the element; and the order of evaluation stays C#'s.
sealed class Point
{
    public Point(int x, int y) { X = x; Y = y; }
    public int X { get; }
    public int Y { get; }
}

static class ListBuiltInALoop
{
    static int Step(int i)
    {
        Console.Write("s" + i + " ");
        if (i == 3) throw new InvalidOperationException("step " + i);
        return i * 10;
    }

    static IEnumerable<int> Source()
    {
        Console.Write("source ");
        yield return 1;
        yield return 2;
    }

    static int Tag(int v) { Console.Write("t" + v + " "); return v + 100; }

    static List<int> Fill(int n)
    {
        var values = new List<int>();
        for (int i = 0; i < n; i++) values.Add(Step(i));
        return values;
    }

    static void Main()
    {
        var points = new List<Point>();
        for (int i = 0; i < 6; i++) points.Add(new Point(i % 4, i * i - 3));
        foreach (var p in points) Console.Write(p.X + ":" + p.Y + " ");
        Console.WriteLine(points.Count);

        Console.WriteLine(string.Join(",", Fill(3)));
        try { Fill(5); }
        catch (InvalidOperationException e) { Console.WriteLine(e.Message); }

        var partial = new List<int> { -1 };
        try
        {
            partial = new List<int>();
            for (int i = 0; i < 5; i++) partial.Add(Step(i));
        }
        catch (InvalidOperationException e) { Console.WriteLine(e.Message + " after " + partial.Count + " " + string.Join(",", partial)); }

        var tagged = new List<int>();
        foreach (var v in Source()) tagged.Add(Tag(v));
        Console.WriteLine(string.Join(",", tagged));

        int k;
        var upTo = new List<int>();
        for (k = 0; k < 4; k++) upTo.Add(k * 3);
        Console.WriteLine(k + " " + string.Join(",", upTo));

        int offset = tagged.Count;
        var shifted = new List<int>();
        for (int i = 0; i < 3; i++) shifted.Add(i + offset);
        Console.WriteLine(string.Join(",", shifted));

        var makers = new List<Func<int>>();
        for (int i = 0; i < 3; i++) { int j = i; makers.Add(() => j * 7); }
        var made = new List<int>();
        foreach (var make in makers) made.Add(make());
        Console.WriteLine(string.Join(",", made));

        var squares = new List<int>();
        foreach (var v in new[] { 3, 1, 2 }) squares.Add(v * v);
        Func<int> count = () => squares.Count;
        squares.Add(0);
        Console.WriteLine(string.Join(",", squares) + " " + count());
    }
}
