using System;

static class MathRounding
{
    static void Main()
    {
        double[] values = { 0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, -3.5, 0.49999999999999994, 2.4, 2.6, -2.4, -2.6, 1e16 + 1, 4503599627370497.0, -0.0, 0.0, 123.5, 124.5 };
        foreach (double v in values)
        {
            Console.WriteLine(v + ": round=" + Math.Round(v) + " floor=" + Math.Floor(v) + " ceil=" + Math.Ceiling(v) + " trunc=" + Math.Truncate(v) + " int=" + (int)v + " round-int=" + (int)Math.Round(v));
        }
        Console.WriteLine(Math.Round(double.NaN) + " " + Math.Round(double.PositiveInfinity) + " " + Math.Round(double.NegativeInfinity));
        Console.WriteLine(Math.Floor(double.NaN) + " " + Math.Ceiling(double.NegativeInfinity) + " " + Math.Truncate(double.NaN));
        double sum = 0;
        for (int i = 0; i < 10; i++) sum += Math.Round(i + 0.5);
        Console.WriteLine(sum);
        double reading = 23.456789;
        Console.WriteLine(Math.Round(reading * 100) / 100);
        Console.WriteLine(Math.Round(-reading * 10) / 10);
        int percent = (int)Math.Round(0.125 * 100);
        Console.WriteLine(percent);
    }
}
