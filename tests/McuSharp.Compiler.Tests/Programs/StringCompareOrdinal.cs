using System;

static class StringCompareOrdinal
{
    static int Sign(int x) { return x < 0 ? -1 : x > 0 ? 1 : 0; }

    static void Main()
    {
        string[] words = { "apple", "Apple", "apples", "banana", "", "a", "B", "b", "zebra", "Zebra", "10", "9", "a b", "ab" };
        foreach (string x in words)
        {
            string line = x.PadRight(7) + ":";
            foreach (string y in words)
            {
                int c = string.CompareOrdinal(x, y);
                line += " " + Sign(c);
            }
            Console.WriteLine(line);
        }
        Console.WriteLine(string.CompareOrdinal("a", "b"));
        Console.WriteLine(string.CompareOrdinal("b", "a"));
        Console.WriteLine(string.CompareOrdinal("abc", "abc"));
        Console.WriteLine(Sign(string.CompareOrdinal("abc", "abcd")));
        Console.WriteLine(Sign(string.Compare("Hello", "hello", StringComparison.Ordinal)));
        Console.WriteLine(string.Compare("same", "same", StringComparison.Ordinal));
        Console.WriteLine(Sign(string.Compare("a", "B", StringComparison.Ordinal)));
        Console.WriteLine(string.Equals("a", "a", StringComparison.Ordinal));
        Console.WriteLine("abc".Equals("ABC", StringComparison.Ordinal));
        string? n = null;
        Console.WriteLine(Sign(string.CompareOrdinal(n, "a")));
        Console.WriteLine(Sign(string.CompareOrdinal("a", n)));
        Console.WriteLine(string.CompareOrdinal(n, n));
        string[] sorted = { "pear", "Fig", "apple", "fig", "Apple", "banana" };
        for (int i = 1; i < sorted.Length; i++)
        {
            string key = sorted[i];
            int j = i - 1;
            while (j >= 0 && string.CompareOrdinal(sorted[j], key) > 0)
            {
                sorted[j + 1] = sorted[j];
                j--;
            }
            sorted[j + 1] = key;
        }
        Console.WriteLine(string.Join(" ", sorted));
    }
}
