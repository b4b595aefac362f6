using System;
using System.Collections.Generic;

// Iterators composed into pipelines, yield break, lazy evaluation order, and a user collection with GetEnumerator.
sealed class Window : IEnumerable<int>
{
    private readonly int[] _values;
    private readonly int _from, _to;
    public Window(int[] values, int from, int to) { _values = values; _from = from; _to = to; }
    public IEnumerator<int> GetEnumerator()
    {
        for (int i = _from; i < _to && i < _values.Length; i++) yield return _values[i];
    }
    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}

static class IteratorPipelines
{
    static IEnumerable<int> Numbers(int count)
    {
        for (int i = 1; i <= count; i++)
        {
            Console.Write("n" + i + " ");
            yield return i;
        }
    }

    static IEnumerable<int> Evens(IEnumerable<int> source)
    {
        foreach (int x in source) if (x % 2 == 0) yield return x;
    }

    static IEnumerable<int> Until(IEnumerable<int> source, int limit)
    {
        foreach (int x in source)
        {
            if (x > limit) yield break;
            yield return x;
        }
    }

    static IEnumerable<string> Labels(IEnumerable<int> source, string prefix)
    {
        int index = 0;
        foreach (int x in source) yield return prefix + (index++) + "=" + x;
    }

    static void Main()
    {
        var pipeline = Labels(Until(Evens(Numbers(20)), 9), "e");
        Console.WriteLine("built");
        foreach (var s in pipeline) Console.Write("[" + s + "] ");
        Console.WriteLine();
        foreach (var s in pipeline) { Console.Write("again " + s + " "); break; }
        Console.WriteLine();
        var window = new Window(new[] { 5, 6, 7, 8, 9 }, 1, 10);
        int sum = 0;
        foreach (int v in window) sum += v;
        Console.WriteLine(sum + " " + string.Join(",", Evens(window)) + " " + string.Join(",", Until(new Window(new int[0], 0, 3), 1)) + "|");
    }
}
