using System;
using System.Collections.Generic;

static class DictionaryInsertionOrder
{
    static void Main()
    {
        Dictionary<string, int> d = new Dictionary<string, int>();
        string[] keys = { "zulu", "alpha", "mike", "bravo", "yankee", "charlie", "x-ray", "delta", "whiskey", "echo",
            "victor", "foxtrot", "uniform", "golf", "tango", "hotel", "sierra", "india", "romeo", "juliet", "quebec", "kilo", "papa", "lima", "oscar", "november" };
        for (int i = 0; i < keys.Length; i++) d[keys[i]] = i;
        foreach (KeyValuePair<string, int> kv in d) Console.Write(kv.Key + ":" + kv.Value + " ");
        Console.WriteLine();
        d["alpha"] = 1000;
        d["zulu"] = -1;
        foreach (var kv in d) Console.Write(kv.Key + ":" + kv.Value + " ");
        Console.WriteLine();
        Console.WriteLine(string.Join(",", d.Keys));
        Console.WriteLine(string.Join(",", d.Values));
        Dictionary<int, string> byNumber = new Dictionary<int, string>();
        int[] numbers = { 97, 3, 1000003, -5, 64, 12, 0, 31, 77, 2048, 15, 8, 99999, 42 };
        foreach (int n in numbers) byNumber.Add(n, "n" + n);
        foreach (var kv in byNumber) Console.Write(kv.Key + "=" + kv.Value + " ");
        Console.WriteLine();
        foreach (int k in byNumber.Keys) Console.Write(k + " ");
        Console.WriteLine();
        Dictionary<char, int> counts = new Dictionary<char, int>();
        foreach (char c in "the quick brown fox jumps over the lazy dog")
        {
            if (c == ' ') continue;
            if (counts.ContainsKey(c)) counts[c]++;
            else counts.Add(c, 1);
        }
        foreach (var kv in counts) Console.Write(kv.Key + "" + kv.Value);
        Console.WriteLine();
        Dictionary<string, double> init = new Dictionary<string, double> { { "pi", 3.14159 }, { "e", 2.71828 }, { "zero", 0 } };
        foreach (var kv in init) Console.Write(kv.Key + "=" + kv.Value + " ");
        Console.WriteLine();
        Dictionary<string, int> indexed = new Dictionary<string, int> { ["b"] = 2, ["a"] = 1, ["b"] = 3 };
        foreach (var kv in indexed) Console.Write(kv.Key + "=" + kv.Value + " ");
        Console.WriteLine();
        Dictionary<long, bool> flags = new Dictionary<long, bool>();
        for (long i = 10; i > 0; i -= 3) flags[i * 1000000000L] = i % 2 == 0;
        foreach (var kv in flags) Console.Write(kv.Key + ":" + kv.Value + " ");
        Console.WriteLine();
    }
}
