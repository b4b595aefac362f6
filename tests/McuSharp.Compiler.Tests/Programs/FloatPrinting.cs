using System;

static class FloatPrinting
{
    static void Main()
    {
        float third = 1f / 3;
        Console.WriteLine(third);
        Console.WriteLine(2f / 3);
        Console.WriteLine(0.1f);
        Console.WriteLine(0.1f + 0.2f);
        Console.WriteLine(1e7f);
        Console.WriteLine(1e8f);
        Console.WriteLine(16777216f);
        Console.WriteLine(16777217f);
        Console.WriteLine(float.MaxValue);
        Console.WriteLine(float.MinValue);
        Console.WriteLine(float.Epsilon);
        Console.WriteLine(float.NaN);
        Console.WriteLine(float.PositiveInfinity);
        Console.WriteLine(float.NegativeInfinity);
        Console.WriteLine(3.14159265358979f);
        Console.WriteLine(-0.0f);
        float f = 0;
        for (int i = 0; i < 10; i++) f += 0.1f;
        Console.WriteLine(f);
        Console.WriteLine(f == 1f);
        float g = 1.1f;
        Console.WriteLine(g * g);
        Console.WriteLine(g * 3);
        double widened = g;
        Console.WriteLine(widened);
        Console.WriteLine((double)0.1f);
        float big = 3e38f;
        Console.WriteLine(big * 10);
        float x = 123456.789f;
        Console.WriteLine(x);
        Console.WriteLine(x / 1000);
        Console.WriteLine(x * 1000);
        int n = 7;
        float mixed = n / 2f;
        Console.WriteLine(mixed);
        float fromInt = 16777217;
        Console.WriteLine(fromInt);
        Console.WriteLine(fromInt + 1);
        Console.WriteLine($"{third} {g}");
        Console.WriteLine("third=" + third);
        float[] arr = { 1.5f, -2.75f, 1e-10f, 1e10f };
        foreach (float v in arr) Console.Write(v + ";");
        Console.WriteLine();
        float acc = 1;
        for (int i = 0; i < 20; i++) { acc *= 1.7f; Console.Write(acc + " "); }
        Console.WriteLine();
        Console.WriteLine((float)(1.0 / 3.0));
        Console.WriteLine(third == (float)(1.0 / 3.0));
        Console.WriteLine(0.1f == 0.1);
        Console.WriteLine(third / 0);
    }
}
