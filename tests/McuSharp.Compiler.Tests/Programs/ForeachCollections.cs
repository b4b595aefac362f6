using System;
using System.Collections.Generic;

static class ForeachCollections
{
    static void Main()
    {
        int[] numbers = { 3, -1, 4, -1, 5 };
        int sum = 0;
        foreach (int n in numbers) sum += n;
        Console.WriteLine(sum);
        foreach (var n in new int[] { 9, 8 }) Console.Write(n);
        Console.WriteLine();
        double[] ds = { 0.5, 1.5 };
        foreach (double d in ds) Console.Write(d * 2 + " ");
        Console.WriteLine();
        List<string> names = new List<string> { "x", "yy", "zzz" };
        foreach (string name in names) Console.Write(name.Length);
        Console.WriteLine();
        foreach (char c in "hey") Console.Write((int)c + " ");
        Console.WriteLine();
        foreach (char c in "") Console.Write("never");
        int[] empty = new int[0];
        foreach (int e in empty) Console.Write("never");
        Console.WriteLine("empties ok");
        Dictionary<string, int> ages = new Dictionary<string, int>();
        ages["zoe"] = 30;
        ages["adam"] = 25;
        ages["mia"] = 41;
        foreach (KeyValuePair<string, int> kv in ages) Console.Write(kv.Key + "=" + kv.Value + " ");
        Console.WriteLine();
        foreach (var kv in ages) Console.Write(kv.Key.ToUpper() + (kv.Value + 1) + " ");
        Console.WriteLine();
        foreach (string key in ages.Keys) Console.Write(key + " ");
        Console.WriteLine();
        foreach (int value in ages.Values) Console.Write(value + " ");
        Console.WriteLine();
        List<int> squares = new List<int>();
        foreach (int n in numbers) squares.Add(n * n);
        foreach (int s in squares) Console.Write(s + " ");
        Console.WriteLine();
        int[][] jagged = { new int[] { 1 }, new int[] { 2, 3 }, new int[0] };
        foreach (int[] row in jagged)
        {
            Console.Write(row.Length + ":");
            foreach (int v in row) Console.Write(v);
            Console.Write(" ");
        }
        Console.WriteLine();
        List<List<int>> nested = new List<List<int>> { new List<int> { 1, 2 }, new List<int>() };
        nested[1].Add(7);
        foreach (List<int> inner in nested) Console.Write(inner.Count + " ");
        Console.WriteLine();
        byte[] bytes = { 1, 255 };
        foreach (byte b in bytes) Console.Write(b + 1 + " ");
        Console.WriteLine();
        foreach (long l in new long[] { long.MaxValue }) Console.WriteLine(l + 1);
        string[] words = "a bb ccc".Split(' ');
        string longest = "";
        foreach (string w in words) if (w.Length > longest.Length) longest = w;
        Console.WriteLine(longest);
    }
}
