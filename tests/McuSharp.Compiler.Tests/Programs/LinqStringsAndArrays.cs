// LINQ over strings (chars), arrays and tuples: Zip into tuples, Concat, Distinct of strings, Contains, Skip/Take
// past the end, SkipWhile/TakeWhile edges, Select with index, ToArray/ToDictionary with selectors.
using System;
using System.Collections.Generic;
using System.Linq;

static class Program
{
    static void Main()
    {
        string text = "the quick brown fox";
        Console.WriteLine(text.Count(c => c == 'o') + " " + new string(text.Where(c => char.IsLetter(c)).Take(5).ToArray()) + " " + text.Any(c => c == 'z'));
        var names = new[] { "ann", "bob", "ann", "cid", "bob" };
        var nums = new[] { 1, 2, 3, 4 };
        foreach (var (n, i) in names.Zip(nums)) Console.Write(n + i + " ");
        Console.WriteLine();
        Console.WriteLine(string.Join(",", names.Distinct()) + " " + names.Contains("cid") + " " + names.Concat(new[] { "dan" }).Count());
        Console.WriteLine(string.Join(",", nums.Skip(10)) + "|" + string.Join(",", nums.Take(10)) + "|" + string.Join(",", nums.Skip(-2)));
        Console.WriteLine(string.Join(",", nums.SkipWhile(x => true)) + "|" + string.Join(",", nums.TakeWhile(x => true)) + "|" + string.Join(",", nums.SkipWhile(x => x < 3)));
        Console.WriteLine(string.Join(" ", names.Select((n, i) => i + ":" + n)) + " " + string.Join(",", nums.Where((x, i) => x > i * 2)));
        var index = names.Distinct().ToDictionary(n => n, n => n.Length * 10);
        Console.WriteLine(index["bob"] + " " + index.Count);
        int[] doubled = nums.Select(x => x * 2).ToArray();
        Console.WriteLine(doubled.Length + " " + doubled[3] + " " + nums.Zip(doubled, (a, b) => a + b).Sum());
        Console.WriteLine(string.Join(",", names.OrderBy(n => n.Length).ThenByDescending(n => n[0]).Select(n => n.ToUpper())));
        Console.WriteLine(string.Join(",", nums.Reverse()) + " " + string.Join(",", Enumerable.Range(0, 5).Select(i => i * i).Where(s => s % 2 == 0)));
    }
}
