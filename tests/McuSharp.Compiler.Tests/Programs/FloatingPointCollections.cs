using System;
using System.Collections.Generic;

static class FloatingPointCollections
{
    static void Main()
    {
        List<double> l = new List<double> { 1.0, double.NaN, -0.0, 2.5 };
        double nan = 0.0 / 0.0;
        double zero = 0.0;
        Console.WriteLine(l.Contains(double.NaN) + " " + l.Contains(nan) + " " + l.IndexOf(nan) + " " + l.Contains(zero) + " " + l.IndexOf(zero) + " " + l.IndexOf(7));
        Console.WriteLine(l.Remove(nan) + " " + l.Remove(nan) + " " + l.Count + " " + string.Join(",", l));
        List<float> fl = new List<float> { float.NaN, 1.5f };
        Console.WriteLine(fl.Contains(float.NaN) + " " + fl.IndexOf(1.5f));
        Dictionary<double, int> d = new Dictionary<double, int>();
        d[double.NaN] = 1;
        d[nan] = 2;
        d[0.0] = 3;
        d[-0.0] = 4;
        d.Add(0.5, 5);
        Console.WriteLine(d.Count + " " + d[double.NaN] + " " + d[0.0] + " " + d.ContainsKey(nan) + " " + d.ContainsKey(1.0));
        foreach (var kv in d) Console.Write(kv.Key + "=" + kv.Value + " ");
        Console.WriteLine();
        Dictionary<string, double> values = new Dictionary<string, double> { ["a"] = double.NaN, ["b"] = 1 };
        Console.WriteLine(values.ContainsValue(double.NaN) + " " + values.ContainsValue(1) + " " + values.ContainsValue(2));
        double[] arr = { 3, double.NaN, 1 };
        double max = arr[0];
        foreach (double v in arr) max = Math.Max(max, v);
        Console.WriteLine(max);
    }
}
