using System;

static class MathFunctions
{
    static void Main()
    {
        Console.WriteLine(Math.Abs(-5) + " " + Math.Abs(5) + " " + Math.Abs(0) + " " + Math.Abs(-2.5) + " " + Math.Abs(-0.0) + " " + Math.Abs(long.MinValue + 1));
        Console.WriteLine(Math.Abs((short)-7) + " " + Math.Abs((sbyte)-8) + " " + Math.Abs(-3.5f));
        Console.WriteLine(Math.Min(3, -4) + " " + Math.Max(3, -4) + " " + Math.Min(2.5, 2.25) + " " + Math.Max(-0.0, 0.0) + " " + Math.Min(-0.0, 0.0));
        Console.WriteLine(Math.Min(uint.MaxValue, 5u) + " " + Math.Max(long.MinValue, -1L) + " " + Math.Max((byte)3, (byte)200));
        Console.WriteLine(Math.Min(1.0, double.NaN) + " " + Math.Max(double.NaN, 1.0));
        Console.WriteLine(Math.Sqrt(16) + " " + Math.Sqrt(2) + " " + Math.Sqrt(0) + " " + Math.Sqrt(-1) + " " + Math.Sqrt(double.PositiveInfinity));
        Console.WriteLine(Math.Pow(2, 10) + " " + Math.Pow(2, -2) + " " + Math.Pow(-2, 3) + " " + Math.Pow(0, 0) + " " + Math.Pow(10, 20) + " " + Math.Pow(2, 0.5));
        Console.WriteLine(Math.Pow(-8, 1.0 / 3) + " " + Math.Pow(0, -1) + " " + Math.Pow(10, 400) + " " + Math.Pow(-10, 401) + " " + Math.Pow(double.NaN, 0));
        Console.WriteLine(Math.Floor(2.7) + " " + Math.Floor(-2.7) + " " + Math.Floor(-0.5) + " " + Math.Floor(3.0) + " " + Math.Floor(1e300));
        Console.WriteLine(Math.Ceiling(2.1) + " " + Math.Ceiling(-2.1) + " " + Math.Ceiling(-0.5) + " " + Math.Ceiling(4.0));
        Console.WriteLine(Math.Truncate(2.7) + " " + Math.Truncate(-2.7) + " " + Math.Truncate(-0.2) + " " + Math.Truncate(1e20));
        Console.WriteLine(Math.Sign(-5) + " " + Math.Sign(0) + " " + Math.Sign(12) + " " + Math.Sign(-0.5) + " " + Math.Sign(0.0) + " " + Math.Sign(long.MinValue));
        Console.WriteLine(Math.PI + " " + Math.E);
        double hyp = Math.Sqrt(3 * 3 + 4 * 4);
        Console.WriteLine(hyp);
        int intSqrt = (int)Math.Sqrt(99);
        Console.WriteLine(intSqrt);
        double area = Math.PI * Math.Pow(2.5, 2);
        Console.WriteLine(area);
        Console.WriteLine(Math.Floor(area * 100) / 100);
        long big = (long)Math.Pow(2, 62);
        Console.WriteLine(big);
        Console.WriteLine(Math.Max(Math.Min(150, 100), 0));
        int clamp = Math.Clamp(150, 0, 100);
        Console.WriteLine(clamp);
    }
}
