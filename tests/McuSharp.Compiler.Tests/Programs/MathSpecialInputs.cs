using System;

static class MathSpecialInputs
{
    static void Main()
    {
        double[] xs = { double.NaN, double.PositiveInfinity, double.NegativeInfinity, 0.0, -0.0, 1.0, -1.0, 0.5, -2.5, 1e308, 5e-324 };
        foreach (double x in xs)
        {
            Console.WriteLine(x + ": abs=" + Math.Abs(x) + " sqrt=" + Math.Sqrt(x) + " floor=" + Math.Floor(x) + " ceil=" + Math.Ceiling(x)
                + " round=" + Math.Round(x) + " trunc=" + Math.Truncate(x) + " min0=" + Math.Min(x, 0.0) + " max0=" + Math.Max(x, 0.0));
        }
        double[] bases = { 0.0, -0.0, 1.0, -1.0, 2.0, -2.0, 0.5, double.NaN, double.PositiveInfinity, double.NegativeInfinity, 10 };
        double[] exps = { 0.0, 1.0, -1.0, 2.0, 3.0, -3.0, 0.5, double.NaN, double.PositiveInfinity, double.NegativeInfinity, 400, 401, -400 };
        foreach (double b in bases)
        {
            string line = b + ":";
            foreach (double e in exps) line += " " + Math.Pow(b, e);
            Console.WriteLine(line);
        }
        Console.WriteLine(Math.Sign(double.PositiveInfinity) + " " + Math.Sign(double.NegativeInfinity) + " " + Math.Sign(-0.0));
        Console.WriteLine(Math.Abs(int.MinValue + 1) + " " + Math.Abs(long.MaxValue));
        Console.WriteLine(Math.Max(int.MinValue, int.MaxValue) + " " + Math.Min(ulong.MaxValue, 3UL));
        Console.WriteLine(Math.Clamp(-5.5, -1.0, 1.0) + " " + Math.Clamp(double.NaN, 0.0, 1.0) + " " + Math.Clamp(7L, 0L, 5L));
    }
}
