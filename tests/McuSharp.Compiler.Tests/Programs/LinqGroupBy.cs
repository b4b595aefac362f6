// GroupBy: groups in the order keys first appear, elements in source order, with an element selector, aggregates
// per group, deferred until enumerated, and string keys.
using System;
using System.Collections.Generic;
using System.Linq;

enum Kind { Temp, Humidity, Light }

static class Program
{
    static void Main()
    {
        var readings = new List<(Kind Kind, int Value)> { (Kind.Light, 5), (Kind.Temp, 21), (Kind.Light, 7), (Kind.Humidity, 40), (Kind.Temp, 19), (Kind.Light, 1) };
        var byKind = readings.GroupBy(r => r.Kind);
        readings.Add((Kind.Humidity, 44));
        foreach (var g in byKind)
            Console.WriteLine(g.Key + ": " + string.Join(",", g.Select(r => r.Value)) + " sum=" + g.Sum(r => r.Value) + " n=" + g.Count() + " max=" + g.Max(r => r.Value));
        foreach (var g in new[] { 3, 8, 1, 6, 4, 9 }.GroupBy(x => x % 3, x => x * 10))
            Console.WriteLine(g.Key + " -> " + string.Join(" ", g));
        var words = new List<string> { "ant", "bee", "cat", "ape", "bat", "cow", "asp" };
        foreach (var g in words.GroupBy(w => w[0]).OrderByDescending(g => g.Count()))
            Console.WriteLine(g.Key + "=" + g.Count() + ":" + string.Join("/", g));
        var lengths = words.GroupBy(w => w.Substring(1)).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Console.WriteLine(string.Join(",", lengths));
        Console.WriteLine(new List<int>().GroupBy(x => x).Count());
    }
}
