using System;
using System.Collections.Generic;

// List.Sort and Array.Sort of IComparable objects with many equal keys: .NET's introsort is not stable, so the
// order of equal elements shows whether the device sorts exactly as .NET does (small lists, large lists, sorted
// and reversed input, nulls).
class Job : IComparable<Job>
{
    public readonly int Priority;
    public readonly int Id;
    public Job(int priority, int id) { Priority = priority; Id = id; }
    public int CompareTo(Job? other) => other is null ? 1 : Priority.CompareTo(other.Priority);
    public override string ToString() => Priority + ":" + Id;
}

static class SortComparableObjects
{
    static List<Job> Make(int n, int seed, int buckets)
    {
        var list = new List<Job>();
        uint s = (uint)seed;
        for (int i = 0; i < n; i++)
        {
            s = s * 1103515245 + 12345;
            list.Add(new Job((int)((s >> 16) % (uint)buckets), i));
        }
        return list;
    }

    static void Show(List<Job> jobs) => Console.WriteLine(string.Join(" ", jobs));

    static void Main()
    {
        foreach (var n in new[] { 2, 3, 5, 16, 17, 40, 100 })
        {
            var jobs = Make(n, n * 7 + 1, 4);
            jobs.Sort();
            Show(jobs);
        }
        var sorted = Make(30, 3, 30);
        sorted.Sort();
        sorted.Sort();
        Show(sorted);
        sorted.Reverse();
        sorted.Sort();
        Show(sorted);
        var array = Make(25, 11, 3).ToArray();
        Array.Sort(array);
        Show(new List<Job>(array));
        var withNulls = new List<Job?> { new Job(2, 0), null, new Job(1, 1), null, new Job(2, 2) };
        withNulls.Sort();
        foreach (var j in withNulls) Console.Write((j is null ? "null" : j.ToString()) + " ");
        Console.WriteLine();
        var many = Make(300, 5, 6);
        many.Sort();
        int checksum = 0;
        for (int i = 0; i < many.Count; i++) checksum = checksum * 31 + many[i].Id;
        Console.WriteLine(checksum + " " + many[0] + " " + many[299]);
    }
}
