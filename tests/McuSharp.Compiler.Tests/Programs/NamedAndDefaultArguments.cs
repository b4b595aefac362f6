using System;

static class NamedAndDefaultArguments
{
    static int counter;

    static int Tick(string label)
    {
        counter++;
        Console.Write(label + counter + " ");
        return counter;
    }

    static string Describe(int value, string unit = "mV", int width = 6, bool signed = false)
    {
        string text = (signed && value >= 0 ? "+" : "") + value;
        return text.PadLeft(width) + " " + unit;
    }

    static int Sum(params int[] values)
    {
        int s = 0;
        foreach (int v in values) s += v;
        return s;
    }

    static string JoinAll(string sep, params string[] parts) { return string.Join(sep, parts); }

    static double Scale(double value, double factor = 0.5, double offset = -1) { return value * factor + offset; }

    static void Main()
    {
        Console.WriteLine(Describe(42));
        Console.WriteLine(Describe(42, "V"));
        Console.WriteLine(Describe(42, width: 3));
        Console.WriteLine(Describe(-7, signed: true));
        Console.WriteLine(Describe(7, signed: true, unit: "A"));
        Console.WriteLine(Describe(unit: "Hz", value: 50));
        Console.WriteLine(Sum());
        Console.WriteLine(Sum(1));
        Console.WriteLine(Sum(1, 2, 3, 4, 5));
        Console.WriteLine(Sum(new int[] { 10, 20 }));
        Console.WriteLine(JoinAll("-", "a", "b", "c"));
        Console.WriteLine(JoinAll("/"));
        Console.WriteLine(Scale(10) + " " + Scale(10, 2) + " " + Scale(10, offset: 0) + " " + Scale(offset: 1, value: 4));
        int r = Describe(Tick("first"), width: Tick("second")).Length;
        Console.WriteLine();
        Console.WriteLine(r);
        string s = Describe(width: Tick("w"), value: Tick("v"));
        Console.WriteLine();
        Console.WriteLine(s);
    }
}
