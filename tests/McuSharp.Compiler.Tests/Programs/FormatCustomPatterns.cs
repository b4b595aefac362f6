using System;

static class FormatCustomPatterns
{
    static void Main()
    {
        double[] values = { 0, 1, -1, 0.5, 1.005, 3.14159, 1234.5678, -0.001, 1234567.891, 0.1 + 0.2 };
        foreach (double v in values)
        {
            Console.WriteLine($"{v:0.00}|{v:#.##}|{v:0.#}|{v:#,##0.00}|{v:000.0}|{v:0%}|{v:#}|{v:0}");
        }
        int[] ints = { 0, 7, -7, 1234, 1234567 };
        foreach (int v in ints)
        {
            Console.WriteLine($"{v:0000}|{v:#,#}|{v:#,##0}|{v:0.0}|{v:#}");
        }
        Console.WriteLine(3.14159.ToString("0.000"));
        Console.WriteLine(42.ToString("000"));
        Console.WriteLine(0.256.ToString("0.0%"));
        Console.WriteLine(string.Format("{0:0.00}", 2.0 / 3));
        Console.WriteLine(string.Format("{0:#.###}", 2.0 / 3));
    }
}
