using System;

static class DoublePrinting
{
    static void Main()
    {
        double[] values = { 1.0, 0.1 + 0.2, 1e15, 1e16, 1e17, 123456789012345678.0, 1e-5, 1e-4, 0.0001234, -0.0, 0.0, 1.5, -2.25,
            100.0, 1e21, 1e22, 1.7976931348623157E+308, 5E-324, 2.2250738585072014E-308, 3.141592653589793, 2.718281828459045,
            0.1, 0.2, 0.3, 1.0 / 3.0, 2.0 / 3.0, 9007199254740993.0, 4.35, 0.000001, 1234567.0, 12345678.9, 0.5e-10, 123e300 };
        foreach (double v in values)
        {
            Console.WriteLine(v);
        }
        Console.WriteLine(double.MaxValue);
        Console.WriteLine(double.MinValue);
        Console.WriteLine(double.Epsilon);
        Console.WriteLine(-double.Epsilon);
        double sum = 0;
        for (int i = 0; i < 10; i++) sum += 0.1;
        Console.WriteLine(sum);
        Console.WriteLine(sum == 1.0);
        double third = 1;
        third /= 3;
        Console.WriteLine(third * 3);
        Console.WriteLine(100.0 * 1.1);
        Console.WriteLine(1.1 * 1.1);
        Console.WriteLine(0.1 * 3);
        Console.WriteLine(1e300 * 1e10);
        Console.WriteLine(-1e300 * 1e10);
        Console.WriteLine(Math.PI);
        Console.WriteLine(Math.E);
        Console.WriteLine("pi=" + Math.PI + " e=" + Math.E);
        Console.WriteLine($"{0.1 + 0.2} {1e16} {-0.0}");
        double negZero = -0.0;
        Console.WriteLine(negZero);
        Console.WriteLine(negZero == 0.0);
        Console.WriteLine(1 / negZero);
        double scaled = 1;
        for (int i = 0; i < 25; i++)
        {
            scaled *= 7.3;
            Console.Write(scaled + " ");
        }
        Console.WriteLine();
        double tiny = 1;
        for (int i = 0; i < 12; i++)
        {
            tiny /= 13;
            Console.Write(tiny + " ");
        }
        Console.WriteLine();
        Console.WriteLine(2.5.ToString());
        Console.WriteLine((1e15 + 0.3).ToString());
        Console.WriteLine(123456789.0 * 1000);
    }
}
