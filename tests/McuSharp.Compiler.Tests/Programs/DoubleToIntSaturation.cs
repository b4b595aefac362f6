using System;

static class DoubleToIntSaturation
{
    static void Show(double d)
    {
        Console.WriteLine(d + ": " + (int)d + " " + (long)d + " " + (uint)d + " " + (ulong)d + " " + (short)d + " " + (byte)d + " " + (int)(char)d);
    }

    static void Main()
    {
        Show(double.NaN);
        Show(double.PositiveInfinity);
        Show(double.NegativeInfinity);
        Show(double.MaxValue);
        Show(double.MinValue);
        Show(double.Epsilon);
        Show(1e10);
        Show(-1e10);
        Show(2147483647.9);
        Show(2147483648.0);
        Show(-2147483648.9);
        Show(-2147483649.0);
        Show(4294967295.5);
        Show(4294967296.0);
        Show(9.2233720368547758E+18);
        Show(-9.2233720368547758E+18);
        Show(1.8446744073709552E+19);
        Show(-0.0);
        Show(-1.5);
        Show(70000.7);
        float nanF = float.NaN;
        Console.WriteLine((int)nanF);
        float infF = float.PositiveInfinity;
        Console.WriteLine((long)infF);
        double nan = double.NaN, tenBillion = 1e10;
        Console.WriteLine((long)nan);
        Console.WriteLine((int)tenBillion);
        Console.WriteLine((int)-tenBillion);
        Console.WriteLine((uint)-tenBillion);
    }
}
