using System;
using System.Collections.Generic;

// out and ref parameters of the program's methods (several, with and without a result, on instance methods,
// into locals, fields, array elements and discards), `out var` in conditions, int.TryParse and
// Dictionary.TryGetValue.
class Stats
{
    public int Min = int.MaxValue, Max = int.MinValue;
    public bool Measure(int[] values, out int sum, out double mean)
    {
        sum = 0;
        foreach (var v in values) { sum += v; if (v < Min) Min = v; if (v > Max) Max = v; }
        mean = values.Length == 0 ? 0 : (double)sum / values.Length;
        return values.Length > 0;
    }
}

static class OutRefParameters
{
    static int _field;

    static void Swap(ref int a, ref int b) { int t = a; a = b; b = t; }
    static void Split(int value, out int high, out int low) { high = value >> 8; low = value & 0xFF; }
    static void Twice(ref int x) { x *= 2; }
    static bool TryHalf(int value, out int half)
    {
        if (value % 2 != 0) { half = 0; return false; }
        half = value / 2;
        return true;
    }
    static void Next(ref int counter, out string label) { counter++; label = "n" + counter; }

    static void Main()
    {
        int a = 1, b = 2;
        Swap(ref a, ref b);
        Console.WriteLine(a + " " + b);
        var arr = new[] { 10, 20, 30 };
        Swap(ref arr[0], ref arr[2]);
        Twice(ref arr[1]);
        Twice(ref _field);
        _field = 21;
        Twice(ref _field);
        Console.WriteLine(string.Join(",", arr) + " " + _field);
        Split(0x1234, out var hi, out var lo);
        Split(0x0506, out _, out int onlyLow);
        Console.WriteLine(hi + " " + lo + " " + onlyLow);
        foreach (var n in new[] { 8, 7, 0, -6 })
        {
            if (TryHalf(n, out var half)) Console.Write(n + "->" + half + " ");
            else Console.Write(n + " odd ");
        }
        Console.WriteLine();
        int counter = 5;
        Next(ref counter, out var label);
        Next(ref counter, out label);
        Console.WriteLine(counter + " " + label);
        var stats = new Stats();
        bool any = stats.Measure(new[] { 4, -2, 9 }, out int total, out double mean);
        Console.WriteLine(any + " " + total + " " + mean + " " + stats.Min + " " + stats.Max);
        Console.WriteLine(stats.Measure(new int[0], out total, out mean) + " " + total + " " + mean);
        foreach (var text in new[] { "42", " -7 ", "x1", "", "99999999999", "+3" })
            Console.Write((int.TryParse(text, out var parsed) ? "ok " + parsed : "bad " + parsed) + " | ");
        Console.WriteLine();
        Console.WriteLine(byte.TryParse("300", out var small) + " " + small + " " + long.TryParse("99999999999", out var big) + " " + big);
        var ages = new Dictionary<string, int> { ["ann"] = 31 };
        if (ages.TryGetValue("ann", out var age)) Console.WriteLine("ann " + age);
        Console.WriteLine(ages.TryGetValue("bob", out age) + " " + age);
        var names = new Dictionary<int, string> { [1] = "one" };
        names.TryGetValue(2, out var missing);
        Console.WriteLine("[" + missing + "] " + (missing == null));
    }
}
