using System;
using System.Collections.Generic;

// Counters kept in arrays, lists and dictionaries that a method creates for itself, next to collections whose
// elements escape (an alias, a method that writes them) or grow past int.MaxValue: every total prints.
static class PrivateCollectionCounters
{
    static void Poison(int[] target) { target[0] = int.MaxValue; target[1] = int.MinValue; }

    static string Histogram(int[] data)
    {
        var buckets = new int[4];
        foreach (int v in data) buckets[(v & 0x7FFFFFFF) % 4]++;
        var down = new int[2];
        for (int i = 0; i < data.Length; i++) down[i & 1]--;
        return string.Join(",", buckets) + " " + string.Join(",", down);
    }

    static void Main()
    {
        Console.WriteLine(Histogram(new[] { 1, 2, 3, 4, 5, 6, 7, -8, 9, 10 }));

        var counts = new Dictionary<string, int>();
        for (int round = 0; round < 50; round++)
            foreach (string word in "one two three two one two".Split(' '))
            {
                if (counts.ContainsKey(word)) counts[word]++;
                else counts[word] = 1;
            }
        foreach (var pair in counts) Console.Write(pair.Key + "=" + pair.Value + " ");
        Console.WriteLine();

        var big = new Dictionary<int, int> { [1] = 0 };
        for (int i = 0; i < 3; i++) big[1] += 1000000000;                 // wraps on the third step
        Console.WriteLine(big[1]);

        var poisoned = new int[2];
        Poison(poisoned);
        poisoned[0]++;
        poisoned[1]--;
        Console.WriteLine(poisoned[0] + " " + poisoned[1]);

        var original = new int[1];
        var alias = original;
        alias[0] = int.MaxValue;
        original[0]++;
        Console.WriteLine(original[0]);

        var nearTop = new int[1];
        nearTop[0] = int.MaxValue - 1;
        for (int i = 0; i < 2; i++) nearTop[0]++;
        Console.WriteLine(nearTop[0]);

        var list = new List<int> { 7 };
        list.Add(int.MaxValue);
        for (int i = 0; i < list.Count; i++) list[i] += 1;
        Console.WriteLine(list[0] + " " + list[1]);

        var bytes = new byte[1];
        for (int i = 0; i < 300; i++) bytes[0]++;
        var shorts = new short[1];
        foreach (char c in "abcdefgh") shorts[0] += 5000;
        Console.WriteLine(bytes[0] + " " + shorts[0]);

        var perRound = new int[1];
        for (int r = 0; r < 3; r++)
        {
            var fresh = new int[1];
            var wraps = new int[1];
            for (int i = 0; i < 10; i++) fresh[0] += 200000000;          // 10 steps per fresh array: fits
            for (int i = 0; i < 11; i++) wraps[0] += 200000000;          // 11 steps: wraps
            perRound[0] += (fresh[0] & 0xFFFF) + wraps[0] % 1000;
        }
        Console.WriteLine(perRound[0]);
    }
}
