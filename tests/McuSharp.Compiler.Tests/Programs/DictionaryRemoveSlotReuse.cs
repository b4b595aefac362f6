using System;
using System.Collections.Generic;
static class D
{
    static void Main()
    {
        var d = new Dictionary<string, int> { ["a"] = 1, ["b"] = 2, ["c"] = 3, ["d"] = 4 };
        Console.WriteLine(d.Remove("b") + " " + d.Remove("zz"));
        d.Remove("d");
        d["e"] = 5; d["f"] = 6; d["g"] = 7; d["a"] = 10;
        foreach (var kv in d) Console.Write(kv.Key + kv.Value + " ");
        Console.WriteLine(d.Count);
        foreach (var k in d.Keys) Console.Write(k);
        foreach (var v in d.Values) Console.Write(v);
        Console.WriteLine(d.ContainsKey("b"));
    }
}
