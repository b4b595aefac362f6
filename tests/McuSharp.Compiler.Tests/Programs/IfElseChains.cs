using System;

static class IfElseChains
{
    static string Classify(int n)
    {
        if (n < 0)
        {
            if (n < -100) return "very negative";
            else return "negative";
        }
        else if (n == 0) return "zero";
        else if (n < 10) return "small";
        else if (n < 100) return "medium";
        else
        {
            if (n % 2 == 0) return "large even";
            return "large odd";
        }
    }

    static string Grade(double score)
    {
        string g;
        if (score >= 90) g = "A";
        else if (score >= 80) g = "B";
        else if (score >= 70) g = "C";
        else if (score >= 60) g = "D";
        else g = "F";
        return g;
    }

    static void Main()
    {
        int[] samples = { -500, -5, 0, 3, 42, 100, 101, int.MaxValue, int.MinValue };
        foreach (int s in samples) Console.WriteLine(s + ": " + Classify(s));
        double[] scores = { 95, 89.999, 80, 70.5, 60, 59.9, double.NaN, -1 };
        foreach (double s in scores) Console.WriteLine(s + " -> " + Grade(s));
        int x = 5;
        if (x > 3 && x < 10 || x == 100) Console.WriteLine("range or hundred");
        if (!(x > 3) || x == 5 && x != 6) Console.WriteLine("precedence ok");
        if (x == 5) { }
        else Console.WriteLine("unreachable");
        bool flag = x > 4;
        if (flag) Console.WriteLine("flag set");
        if (flag == false) Console.WriteLine("never");
        if (flag != true) Console.WriteLine("never either");
        int calls = 0;
        if (x > 100 && ++calls > 0) Console.WriteLine("short");
        if (x < 100 || ++calls > 0) Console.WriteLine("circuit");
        Console.WriteLine(calls);
        if (x > 100 & ++calls > 0) Console.WriteLine("not printed");
        if (x < 100 | ++calls > 0) Console.WriteLine("both evaluated");
        Console.WriteLine(calls);
        string? name = null;
        if (name == null || name.Length == 0) Console.WriteLine("no name");
        name = "dev";
        if (name != null && name.Length > 2) Console.WriteLine("name " + name);
    }
}
