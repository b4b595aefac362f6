using System;

static class Early
{
    public static int Sum = Late.Base + Late.Extra;
    public static string Label = "early:" + Sum;
}

static class StaticInitializerOrder
{
    static int forward = Peek() + 1;
    static int target = 41;
    static int self = self + 5;
    static int viaMethod = DoubleTarget();
    static int[] squares = Squares(5);
    static string summary = Describe();

    static int Peek() { return target; }
    static int DoubleTarget() { return target * 2; }

    static int[] Squares(int n)
    {
        int[] r = new int[n];
        for (int i = 0; i < n; i++) r[i] = i * i;
        return r;
    }

    static string Describe() { return "sum of squares " + Total(squares) + ", early " + Early.Label; }

    static int Total(int[] values)
    {
        int t = 0;
        foreach (int v in values) t += v;
        return t;
    }

    static void Main()
    {
        Console.WriteLine(forward);
        Console.WriteLine(target);
        Console.WriteLine(self);
        Console.WriteLine(viaMethod);
        Console.WriteLine(string.Join(",", squares));
        Console.WriteLine(summary);
        Console.WriteLine(Early.Sum + " " + Early.Label);
        Console.WriteLine(Late.Base + " " + Late.Extra + " " + Late.Name);
    }
}

static class Late
{
    public static int Base = 100;
    public static int Extra = Base / 4;
    public static string Name = "late-" + Extra;
}
