using System;

static class FormatFloatSpecifiers
{
    static void Main()
    {
        double[] values = { 0, 1, -1, 0.5, 1.5, 2.5, -2.5, 1.005, 3.14159, 1234.5678, -0.0001, 1e15, 1e-7, 123456789.987, 0.125, 0.375 };
        foreach (double v in values)
        {
            Console.WriteLine($"{v:F2}|{v:F0}|{v:F4}|{v:N2}|{v:E3}|{v:e}|{v:G}|{v:G3}|{v:P1}|{v:P}|{v:R}");
        }
        float[] floats = { 0.1f, 1f / 3, 2.5f, 123456.7f, -1e-5f };
        foreach (float v in floats)
        {
            Console.WriteLine($"{v:F2}|{v:N3}|{v:E2}|{v:G}|{v:P0}");
        }
        double nan = double.NaN;
        double inf = double.PositiveInfinity;
        Console.WriteLine($"{nan:F2}|{inf:F2}|{-inf:N0}|{nan:E2}");
        Console.WriteLine(3.14159.ToString("F3"));
        Console.WriteLine((-3.14159).ToString("F1"));
        Console.WriteLine(0.5.ToString("F0"));
        Console.WriteLine(1.5.ToString("F0"));
        Console.WriteLine(2.5.ToString("F0"));
        Console.WriteLine((-0.4).ToString("F0"));
        Console.WriteLine(1e21.ToString("F2"));
        Console.WriteLine(12345.678.ToString("N1"));
        Console.WriteLine(0.9999.ToString("P2"));
        Console.WriteLine(string.Format("{0:F2} {1:F2} {2:F2}", 1.0 / 3, 2.0 / 3, -1.0 / 3));
        double temperature = 23.456;
        Console.WriteLine($"Temp: {temperature:F1} C");
        Console.WriteLine("Temp: " + temperature.ToString("F1") + " C");
    }
}
