using System;
using System.Collections;
using System.Collections.Generic;

// yield return and yield break: lazy (side effects run as elements are asked for), enumerable again from the
// start, with loops, try-free early exits and nested iterators; a class implementing IEnumerable<T>.
class Countdown : IEnumerable<int>
{
    private readonly int _from;
    public Countdown(int from) { _from = from; }
    public IEnumerator<int> GetEnumerator()
    {
        for (int i = _from; i > 0; i--) yield return i;
        yield return 0;
    }
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

static class IteratorsYield
{
    static int _produced;

    static IEnumerable<int> Squares(int limit)
    {
        Console.WriteLine("squares start " + limit);
        for (int i = 1; ; i++)
        {
            if (i * i > limit) yield break;
            _produced++;
            yield return i * i;
        }
    }

    static IEnumerable<string> Words(string text)
    {
        int start = 0;
        for (int i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] == ' ')
            {
                if (i > start) yield return text.Substring(start, i - start);
                start = i + 1;
            }
        }
    }

    static IEnumerable<int> Evens(IEnumerable<int> source)
    {
        foreach (var x in source) if (x % 2 == 0) yield return x;
    }

    static void Main()
    {
        var seq = Squares(50);
        Console.WriteLine("created, produced " + _produced);
        foreach (var s in seq) Console.Write(s + " ");
        Console.WriteLine("| produced " + _produced);
        foreach (var s in seq) { Console.Write(s + " "); if (s > 10) break; }
        Console.WriteLine("| produced " + _produced);
        foreach (var w in Words("  to be  or not ")) Console.Write("[" + w + "]");
        Console.WriteLine();
        foreach (var e in Evens(Squares(100))) Console.Write(e + ",");
        Console.WriteLine();
        int total = 0;
        foreach (var n in new Countdown(4)) total = total * 10 + n;
        Console.WriteLine(total + " " + string.Join("-", new Countdown(2)) + " " + string.Join("/", Words("a bc")));
        var list = new List<int>(Evens(new Countdown(6)));
        Console.WriteLine(list.Count + " " + list[0]);
    }
}
