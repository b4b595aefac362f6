using System;
using System.Collections.Generic;

// Insertion order through overwrites, Clear, Add and initializers, and values overwritten while enumerating
// (which .NET allows: only adding or removing keys invalidates the enumerator).
static class DictionaryOrderAfterClear
{
    static void Print(Dictionary<string, int> d)
    {
        Console.Write(d.Count + ":");
        foreach (var pair in d) Console.Write(" " + pair.Key + "=" + pair.Value);
        Console.WriteLine();
    }

    static void Main()
    {
        var d = new Dictionary<string, int> { ["q"] = 1, ["b"] = 2, ["q"] = 3 };
        Print(d);
        d["m"] = 0;
        d["b"] = -2;
        d.Add("a", 10);
        Print(d);
        foreach (var pair in d) d[pair.Key] = pair.Value * 2 + d.Count;
        Print(d);
        foreach (var key in new List<string>(d.Keys)) d[key] = d[key] - 1;
        Print(d);
        Console.WriteLine(d.ContainsValue(21) + " " + d.ContainsValue(2) + " " + d.ContainsKey("m") + " " + d.ContainsKey("z"));
        d.Clear();
        Print(d);
        d["z"] = 26;
        d.Add("y", 25);
        d["x"] = 24;
        d["z"] = 0;
        Print(d);
        int total = 0;
        foreach (int v in d.Values) total = total * 10 + v;
        Console.WriteLine(total + " " + string.Join("|", d.Keys));
        var empty = new Dictionary<int, int>();
        Console.WriteLine(empty.Count + " " + empty.ContainsKey(0) + " [" + string.Join(",", empty.Values) + "]");
    }
}
