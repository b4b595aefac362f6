using System;

static class DoubleSpecialValues
{
    static double Div(double a, double b) { return a / b; }

    static void Main()
    {
        double zero = 0;
        Console.WriteLine(1 / zero);
        Console.WriteLine(-1 / zero);
        Console.WriteLine(zero / zero);
        Console.WriteLine(Div(5, 0));
        Console.WriteLine(Div(-5, 0));
        Console.WriteLine(Div(5, -0.0));
        Console.WriteLine(Div(0, 0));
        double nan = double.NaN;
        double inf = double.PositiveInfinity;
        Console.WriteLine(nan);
        Console.WriteLine(inf);
        Console.WriteLine(-inf);
        Console.WriteLine(double.NegativeInfinity);
        Console.WriteLine(nan == nan);
        Console.WriteLine(nan != nan);
        Console.WriteLine(nan < 1);
        Console.WriteLine(nan > 1);
        Console.WriteLine(nan <= 1);
        Console.WriteLine(!(nan < 1));
        Console.WriteLine(double.IsNaN(nan));
        Console.WriteLine(double.IsNaN(inf));
        Console.WriteLine(double.IsInfinity(inf));
        Console.WriteLine(double.IsInfinity(-inf));
        Console.WriteLine(double.IsPositiveInfinity(-inf));
        Console.WriteLine(double.IsNegativeInfinity(-inf));
        Console.WriteLine(inf - inf);
        Console.WriteLine(inf * 0);
        Console.WriteLine(inf + 1);
        Console.WriteLine(inf > double.MaxValue);
        Console.WriteLine(nan + 1);
        Console.WriteLine(5.5 % 2);
        Console.WriteLine(-5.5 % 2);
        Console.WriteLine(5.5 % -2);
        Console.WriteLine(5 % zero);
        Console.WriteLine(inf % 2);
        Console.WriteLine(5 % inf);
        Console.WriteLine(-0.0 * 5);
        Console.WriteLine(0.0 * -5);
        Console.WriteLine(zero * -1);
        Console.WriteLine(-zero);
        Console.WriteLine(double.MaxValue * 2);
        Console.WriteLine(double.MaxValue + 1);
        Console.WriteLine(double.Epsilon / 2);
        Console.WriteLine(-double.Epsilon / 2);
        int count = 0;
        double x = 1;
        while (x != inf) { x *= 2; count++; }
        Console.WriteLine(count);
        if (nan == nan) Console.WriteLine("nan equal"); else Console.WriteLine("nan not equal");
        if (nan < 0 || nan >= 0) Console.WriteLine("ordered"); else Console.WriteLine("unordered");
        double[] samples = { 3, nan, -1 };
        double max = double.MinValue;
        foreach (double s in samples) if (s > max) max = s;
        Console.WriteLine(max);
        Console.WriteLine(nan.ToString());
        Console.WriteLine("value: " + nan + " " + inf + " " + (-inf));
    }
}
