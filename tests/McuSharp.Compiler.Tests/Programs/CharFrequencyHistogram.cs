using System;
using System.Collections.Generic;

static class CharFrequencyHistogram
{
    static void Main()
    {
        string text = "It was the best of times, it was the worst of times; it was the age of wisdom...";
        Dictionary<char, int> freq = new Dictionary<char, int>();
        foreach (char raw in text)
        {
            if (!char.IsLetter(raw)) continue;
            char c = char.ToLower(raw);
            if (freq.ContainsKey(c)) freq[c] = freq[c] + 1;
            else freq.Add(c, 1);
        }
        List<char> keys = new List<char>(freq.Keys);
        Console.WriteLine(new string(keys.ToArray()));
        keys.Sort();
        foreach (char k in keys)
        {
            Console.WriteLine(k + " " + new string('#', freq[k]) + " " + freq[k]);
        }
        int max = 0;
        char best = '?';
        foreach (KeyValuePair<char, int> kv in freq)
        {
            if (kv.Value > max) { max = kv.Value; best = kv.Key; }
        }
        Console.WriteLine("most common: " + best + " x" + max);
        Dictionary<string, int> words = new Dictionary<string, int>();
        foreach (string w in text.Split(' ', ',', ';', '.'))
        {
            if (w.Length == 0) continue;
            string key = w.ToLower();
            words[key] = words.ContainsKey(key) ? words[key] + 1 : 1;
        }
        foreach (var kv in words) Console.Write(kv.Key + ":" + kv.Value + " ");
        Console.WriteLine();
        Console.WriteLine(words.Count);
    }
}
