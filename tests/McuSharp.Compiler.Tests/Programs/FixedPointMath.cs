using System;

static class FixedPointMath
{
    const int FracBits = 16;
    const int One = 1 << FracBits;

    static int FromDouble(double d) { return (int)Math.Round(d * One); }
    static double ToDouble(int q) { return (double)q / One; }
    static int Mul(int a, int b) { return (int)(((long)a * b) >> FracBits); }
    static int Div(int a, int b) { return (int)(((long)a << FracBits) / b); }

    static int Sqrt(int q)
    {
        if (q <= 0) return 0;
        long n = (long)q << FracBits;
        long x = n;
        long y = (x + 1) >> 1;
        while (y < x)
        {
            x = y;
            y = (x + n / x) >> 1;
        }
        return (int)x;
    }

    static void Main()
    {
        double[] inputs = { 0, 1, -1, 0.5, -0.25, 3.14159, -2.71828, 100.125, -32767.5, 1.0 / 3 };
        foreach (double d in inputs)
        {
            int q = FromDouble(d);
            Console.WriteLine(d + " -> " + q + " (" + q.ToString("X8") + ") -> " + ToDouble(q));
        }
        int a = FromDouble(3.5), b = FromDouble(-1.25);
        Console.WriteLine(ToDouble(Mul(a, b)) + " " + ToDouble(Div(a, b)) + " " + ToDouble(Div(b, a)) + " " + ToDouble(Mul(b, b)));
        Console.WriteLine(ToDouble(Sqrt(FromDouble(2))) + " " + ToDouble(Sqrt(FromDouble(81))) + " " + ToDouble(Sqrt(FromDouble(0.25))));
        int big = FromDouble(30000);
        Console.WriteLine(Mul(big, big) + " " + ToDouble(Mul(big, big)));
        int neg = -One * 3 / 2;
        Console.WriteLine(neg + " " + (neg >> FracBits) + " " + neg / One + " " + (neg & (One - 1)));
        int acc = 0;
        for (int i = 0; i < 100; i++) acc += FromDouble(0.01);
        Console.WriteLine(acc + " " + ToDouble(acc));
    }
}
