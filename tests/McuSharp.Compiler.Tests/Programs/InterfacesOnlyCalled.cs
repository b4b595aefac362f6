using System;
using System.Collections.Generic;

// An interface only called through (nothing tests for it) next to one that `is`, `as` and a cast test:
// both dispatch to the implementation, and the tests see the right answers.
interface IScore { int Score(); }
interface ITagged { string Tag { get; } }

class Plain : IScore { public int Score() => 1; }
class Fancy : IScore, ITagged { public int Score() => 10; public string Tag => "fancy"; }

static class Program
{
    static void Main()
    {
        var items = new List<IScore> { new Plain(), new Fancy(), new Plain() };
        int total = 0;
        foreach (IScore item in items) total += item.Score();
        Console.WriteLine("total " + total);
        foreach (object item in items)
        {
            Console.WriteLine((item is ITagged t ? t.Tag : "untagged") + " " + ((item as ITagged)?.Tag ?? "none"));
        }
        try { Console.WriteLine(((ITagged)items[0]).Tag); }
        catch (InvalidCastException) { Console.WriteLine("not tagged"); }
    }
}
