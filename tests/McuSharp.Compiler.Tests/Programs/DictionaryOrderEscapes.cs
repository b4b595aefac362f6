using System;
using System.Collections.Generic;

static class DictionaryOrderEscapes
{
    static Dictionary<string, int> registry = new Dictionary<string, int>();

    static Dictionary<string, int> Build(int seed)
    {
        Dictionary<string, int> d = new Dictionary<string, int>();
        string[] names = { "zeta", "alpha", "mu", "beta", "omega", "gamma", "delta", "epsilon", "eta", "theta", "iota", "kappa" };
        for (int i = 0; i < names.Length; i++) d[names[(i * seed) % names.Length]] = i;
        return d;
    }

    static string Render(Dictionary<string, int> d)
    {
        string s = "";
        foreach (KeyValuePair<string, int> kv in d) s += kv.Key + "=" + kv.Value + " ";
        return s;
    }

    static void Fill(Dictionary<int, string> target)
    {
        int[] keys = { 90, 4, 77, 15, 2, 63, 38, 1000, 8, 51 };
        foreach (int k in keys) target[k] = "v" + k;
    }

    static void Main()
    {
        Console.WriteLine(Render(Build(5)));
        Console.WriteLine(Render(Build(7)));
        Dictionary<int, string> byId = new Dictionary<int, string>();
        Fill(byId);
        foreach (int k in byId.Keys) Console.Write(k + " ");
        Console.WriteLine();
        registry["sensor-9"] = 9;
        registry["sensor-1"] = 1;
        registry["sensor-5"] = 5;
        registry["sensor-3"] = 3;
        Console.WriteLine(string.Join(",", registry.Keys) + " | " + string.Join(",", registry.Values));
        Dictionary<string, int> alias = Build(5);
        var again = alias;
        List<string> keyList = new List<string>(again.Keys);
        Console.WriteLine(string.Join(" ", keyList));
        List<Dictionary<string, int>> all = new List<Dictionary<string, int>> { Build(1), Build(11) };
        foreach (var d in all) Console.WriteLine(Render(d));
        Dictionary<string, Dictionary<string, int>> nested = new Dictionary<string, Dictionary<string, int>>();
        nested["outer-z"] = new Dictionary<string, int>();
        nested["outer-a"] = new Dictionary<string, int>();
        nested["outer-z"]["q"] = 1;
        nested["outer-z"]["b"] = 2;
        nested["outer-z"]["x"] = 3;
        nested["outer-a"]["m"] = 4;
        foreach (var outer in nested)
        {
            Console.Write(outer.Key + ":");
            foreach (var inner in outer.Value) Console.Write(" " + inner.Key + inner.Value);
            Console.WriteLine();
        }
        bool flag = byId.Count > 3;
        Dictionary<string, int> chosen = flag ? Build(7) : Build(5);
        foreach (var kv in chosen) Console.Write(kv.Key[0]);
        Console.WriteLine();
        Dictionary<char, int> counts = new Dictionary<char, int>();
        foreach (char c in "mississippi river") counts[c] = counts.ContainsKey(c) ? counts[c] + 1 : 1;
        int[] values = new int[counts.Count];
        int n = 0;
        foreach (int v in counts.Values) values[n++] = v;
        Console.WriteLine(string.Join(",", values));
        Dictionary<string, int>[] arr = { Build(3), Build(9) };
        Console.WriteLine(Render(arr[1]));
    }
}
