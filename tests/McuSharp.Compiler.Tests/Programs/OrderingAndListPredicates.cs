// OrderBy/ThenBy stability with ties (and NaN keys), List.Sort and Array.Sort with a Comparison (ties as .NET introsort leaves them), List/Array predicate methods.
using System;
using System.Collections.Generic;
using System.Linq;

class Reading
{
    public string Sensor;
    public int Level;
    public double Value;
    public Reading(string sensor, int level, double value) { Sensor = sensor; Level = level; Value = value; }
    public override string ToString() => Sensor + ":" + Level + ":" + Value;
}

static class Program
{
    static void Main()
    {
        var rs = new List<Reading>();
        string[] names = { "a", "b", "c", "d", "e", "f", "g" };
        for (int i = 0; i < 40; i++) rs.Add(new Reading(names[i % 7] + i, (i * 7) % 5, (i * 13) % 11 / 2.0));
        Console.WriteLine(string.Join(" ", rs.OrderBy(r => r.Level)));
        Console.WriteLine(string.Join(" ", rs.OrderByDescending(r => r.Level)));
        Console.WriteLine(string.Join(" ", rs.OrderBy(r => r.Level).ThenByDescending(r => r.Value)));
        Console.WriteLine(string.Join(" ", rs.OrderByDescending(r => r.Value).ThenBy(r => r.Level)));
        var withNan = new List<double> { 3.0, double.NaN, -1.0, 2.0, double.NaN, double.NegativeInfinity };
        Console.WriteLine(string.Join(",", withNan.OrderBy(x => x)));
        Console.WriteLine(withNan.Min() + " " + withNan.Max());
        // List.Sort is .NET's unstable introsort: ties end where .NET leaves them.
        var sorted = new List<Reading>(rs);
        sorted.Sort((a, b) => a.Level.CompareTo(b.Level));
        Console.WriteLine(string.Join(" ", sorted));
        var arr = rs.ToArray();
        Array.Sort(arr, (a, b) => b.Value.CompareTo(a.Value));
        Console.WriteLine(string.Join(" ", arr.Select(r => r.Sensor)));
        var small = new List<int> { 5, 1, 4, 1, 5, 9, 2, 6 };
        small.Sort((a, b) => b - a);
        Console.WriteLine(string.Join(",", small));
        Console.WriteLine(small.Find(x => x < 3) + " " + small.FindLast(x => x > 4) + " " + small.FindIndex(x => x == 1) + " " + small.FindLastIndex(x => x == 5));
        Console.WriteLine(small.Find(x => x > 100) + " " + small.FindIndex(x => x > 100) + " " + (rs.Find(r => r.Level > 10) == null));
        Console.WriteLine(small.Exists(x => x == 9) + " " + small.TrueForAll(x => x > 0) + " " + small.TrueForAll(x => x > 1));
        Console.WriteLine(small.RemoveAll(x => x % 2 == 1) + " " + string.Join(",", small));
        small.ForEach(x => Console.Write(x + ";"));
        Console.WriteLine();
        Console.WriteLine(string.Join(",", small.ConvertAll(x => "v" + x)));
        int[] nums = { 4, 8, 15, 16, 23, 42 };
        Console.WriteLine(Array.Find(nums, x => x > 10) + " " + Array.FindIndex(nums, x => x > 10) + " " + Array.Exists(nums, x => x == 42) + " " + Array.TrueForAll(nums, x => x > 3));
    }
}
