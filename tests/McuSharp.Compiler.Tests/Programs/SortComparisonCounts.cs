// List.Sort and Array.Sort with a Comparison run .NET's introsort exactly: the same comparisons in the same order
// (counted here), ties left where .NET leaves them (keys with many ties, more than 16 elements, descending runs).
using System;
using System.Collections.Generic;

struct Job
{
    public int Priority;
    public int Id;
    public Job(int priority, int id) { Priority = priority; Id = id; }
    public override string ToString() => Priority + "#" + Id;
}

static class Program
{
    static void Main()
    {
        int comparisons = 0;
        var jobs = new List<Job>();
        for (int i = 0; i < 70; i++) jobs.Add(new Job((i * 37) % 4, i));
        jobs.Sort((a, b) => { comparisons++; return a.Priority.CompareTo(b.Priority); });
        Console.WriteLine(comparisons + ": " + string.Join(" ", jobs));
        comparisons = 0;
        var small = new List<Job>();
        for (int i = 0; i < 12; i++) small.Add(new Job(i % 3, i));
        small.Sort((a, b) => { comparisons++; return b.Priority - a.Priority; });
        Console.WriteLine(comparisons + ": " + string.Join(" ", small));
        var desc = new int[40];
        for (int i = 0; i < desc.Length; i++) desc[i] = 40 - i;
        comparisons = 0;
        Array.Sort(desc, (a, b) => { comparisons++; return (a % 5).CompareTo(b % 5); });
        Console.WriteLine(comparisons + ": " + string.Join(",", desc));
        var two = new List<int> { 2, 1 };
        two.Sort((a, b) => a.CompareTo(b));
        var one = new List<int> { 1 };
        one.Sort((a, b) => throw new InvalidOperationException("not called"));
        Console.WriteLine(string.Join(",", two) + " " + one[0]);
        var failing = new List<int> { 3, 1, 2 };
        try { failing.Sort((a, b) => a == 2 || b == 2 ? throw new ArgumentException("no twos") : a - b); }
        catch (InvalidOperationException e) { Console.WriteLine(e.Message + " / " + e.InnerException.Message); }
    }
}
