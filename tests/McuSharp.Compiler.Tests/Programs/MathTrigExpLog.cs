using System;

// Math.Sin, Cos, Tan, Asin, Acos, Atan, Atan2, Exp, Log (and Log with a base), Round to digits, with .NET's answers where MicroPython's
// math module raises: infinities, values outside the domain, log of zero, exp past the largest double.
static class Program
{
    static void Main()
    {
        double[] xs = { 0.0, -0.0, 0.5, -0.5, 1.0, 2.0, Math.PI / 6, Math.PI, 3.0, -10.25, 100.0, 1e-9, double.PositiveInfinity, double.NegativeInfinity, double.NaN };
        foreach (var x in xs)
        {
            Console.WriteLine($"{x}: sin {Math.Sin(x):F12} cos {Math.Cos(x):F12} tan {Math.Tan(x):F9} atan {Math.Atan(x):F12}");
            Console.WriteLine($"  asin {Math.Asin(x):F12} acos {Math.Acos(x):F12} exp {Math.Exp(x):G10} log {Math.Log(x):F12}");
        }
        Console.WriteLine(Math.Exp(1000) + " " + Math.Exp(-1000) + " " + Math.Log(0) + " " + Math.Log(-0.0) + " " + Math.Log(-1));
        Console.WriteLine($"{Math.Atan2(1, 3):F12} {Math.Atan2(0.0, -0.0):F12} {Math.Atan2(-1, -1):F12} {Math.Atan2(double.PositiveInfinity, double.PositiveInfinity):F12}");
        Console.WriteLine($"{Math.Log(8, 2):F12} {Math.Log(1000, 10):F12} {Math.Log(5, 1)} {Math.Log(1, 0)} {Math.Log(2, 0)} {Math.Log(double.NaN, 1)} {Math.Log(4, double.PositiveInfinity)}");
        foreach (var x in new[] { 2.345, 2.355, -1.005, 0.125, 1e17 + 0.5, double.NaN, 123.456789, -0.004 })
            Console.WriteLine($"{Math.Round(x, 2)} {Math.Round(x, 0)} {Math.Round(x, 15)}");
        foreach (var digits in new[] { -1, 16 })
        {
            try { Console.WriteLine(Math.Round(1.5, digits)); }
            catch (ArgumentOutOfRangeException e) { Console.WriteLine(e.Message); }
        }
        int degrees = 30;
        Console.WriteLine($"{Math.Sin(degrees * Math.PI / 180):F6} {Math.Sqrt(Math.Exp(2)):F6} {Math.Round(Math.Sin(1.0), 5)}");
    }
}
