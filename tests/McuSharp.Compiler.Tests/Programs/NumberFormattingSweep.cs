using System;

// Thousands of doubles and floats built from exact IEEE operations (xorshift digits times powers of ten),
// printed plainly and with the common format specifiers: the device's text must equal .NET's.
public static class NumberFormattingSweep
{
    static ulong state = 88172645463325252UL;

    static ulong Next()
    {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        return state;
    }

    static double Scale(int exponent)
    {
        double scale = 1.0;
        for (int i = 0; i < exponent; i++) scale *= 10.0;
        for (int i = 0; i > exponent; i--) scale /= 10.0;
        return scale;
    }

    public static void Main()
    {
        string[] specs = { "F0", "F2", "F5", "E3", "e10", "G", "G5", "N2", "P1", "R", "0.00", "#,##0.###", "0.###E+0", "00000" };
        for (int i = 0; i < 1500; i++)
        {
            ulong r = Next();
            long digits = (long)(r % 100000000000UL);
            int exponent = (int)(r >> 50) % 44 - 22;
            double d = digits * Scale(exponent);
            if ((r & 1) == 1) d = -d;
            float f = (float)d;
            Console.WriteLine(d + " " + f + " " + d * 0.1 + " " + d / 3);
            Console.WriteLine($"{d:F2}|{d:E3}|{d:G5}|{d:N2}|{d:0.00}|{d:#,##0.###}|{f:F3}|{f:G}|{(int)(r % 100000):D6}|{(int)r:X8}|{(long)r:x}");
            if (i % 50 == 0)
            {
                foreach (var spec in specs) Console.Write(d.ToString(spec) + ";");
                Console.WriteLine();
            }
        }
        double[] edges = { 0.0, -0.0, 1.0, 0.1, 0.2, 0.1 + 0.2, 1e15, 1e16, 1e17, 1e-4, 1e-5, 123456789012345678.0, double.MaxValue, double.Epsilon, 2.5, 0.5, 1.5, -2.5, 2.675, 0.125 };
        foreach (var e in edges) Console.WriteLine($"{e} {e:F2} {e:F0} {e:E2} {e:0.00} {e,12:G4}|{e,-12:F1}|{(float)e}");
        double zero = 0.0;
        Console.WriteLine((1.0 / zero) + " " + (-1.0 / zero) + " " + (zero / zero) + " " + (1.0 / zero).ToString("F2"));
    }
}
