using System;
using System.Collections.Generic;

static class DictionaryOperations
{
    static Dictionary<string, int> inventory = new Dictionary<string, int>();

    static void Stock(string item, int amount)
    {
        if (inventory.ContainsKey(item)) inventory[item] += amount;
        else inventory[item] = amount;
    }

    static void Main()
    {
        Stock("bolt", 10);
        Stock("nut", 5);
        Stock("bolt", -3);
        Stock("washer", 0);
        Console.WriteLine(inventory.Count);
        Console.WriteLine(inventory["bolt"] + " " + inventory["nut"] + " " + inventory["washer"]);
        Console.WriteLine(inventory.ContainsKey("nut") + " " + inventory.ContainsKey("screw"));
        Console.WriteLine(inventory.ContainsValue(5) + " " + inventory.ContainsValue(6));
        List<string> keys = new List<string>(inventory.Keys);
        Console.WriteLine(string.Join("|", keys));
        List<int> values = new List<int>(inventory.Values);
        Console.WriteLine(string.Join("|", values));
        int total = 0;
        foreach (int v in inventory.Values) total += v;
        Console.WriteLine(total);
        Console.WriteLine(inventory.GetValueOrDefault("nut") + " " + inventory.GetValueOrDefault("screw") + " " + inventory.GetValueOrDefault("screw", -1));
        Dictionary<int, List<string>> groups = new Dictionary<int, List<string>>();
        string[] words = { "a", "to", "be", "cat", "dog", "i", "tree" };
        foreach (string w in words)
        {
            if (!groups.ContainsKey(w.Length)) groups[w.Length] = new List<string>();
            groups[w.Length].Add(w);
        }
        foreach (var kv in groups) Console.WriteLine(kv.Key + ": " + string.Join(",", kv.Value));
        Dictionary<string, string> config = new Dictionary<string, string>();
        config["mode"] = "auto";
        config["mode"] = "manual";
        Console.WriteLine(config["mode"] + " " + config.Count);
        config.Clear();
        Console.WriteLine(config.Count);
        Dictionary<char, char> pairs = new Dictionary<char, char> { { '(', ')' }, { '[', ']' }, { '{', '}' } };
        string text = "{[()]}";
        Console.WriteLine(pairs[text[0]] + "" + pairs[text[1]]);
        Dictionary<int, int> squares = new Dictionary<int, int>();
        for (int i = -3; i <= 3; i++) squares[i] = i * i;
        foreach (var kv in squares) Console.Write(kv.Key + "->" + kv.Value + " ");
        Console.WriteLine();
        squares[0] *= 5;
        squares[3] -= 100;
        Console.WriteLine(squares[0] + " " + squares[3] + " " + squares.Count);
        Dictionary<string, int> empty = new Dictionary<string, int>();
        foreach (var kv in empty) Console.WriteLine("never");
        Console.WriteLine(empty.Count);
    }
}
