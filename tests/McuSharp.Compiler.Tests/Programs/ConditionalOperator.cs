using System;

static class ConditionalOperator
{
    static int Abs(int x) { return x < 0 ? -x : x; }
    static string Sign(double d) { return d > 0 ? "+" : d < 0 ? "-" : d == 0 ? "0" : "NaN"; }

    static void Main()
    {
        int[] xs = { -3, 0, 7, int.MinValue };
        foreach (int x in xs) Console.Write(Abs(x) + " ");
        Console.WriteLine();
        double[] ds = { 1.5, -2, 0, -0.0, double.NaN };
        foreach (double d in ds) Console.Write(Sign(d));
        Console.WriteLine();
        int a = 5, b = 9;
        int max = a > b ? a : b;
        Console.WriteLine(max);
        long widened = a > 0 ? int.MaxValue : 0L;
        Console.WriteLine(widened + 1);
        double mixed = a > 0 ? 1 : 0.5;
        Console.WriteLine(mixed);
        Console.WriteLine(a > 0 ? 1 : 0.5);
        Console.WriteLine(true ? 'x' : 'y');
        Console.WriteLine(a > b ? "bigger" : "not bigger");
        string? s = a == 5 ? null : "five";
        Console.WriteLine("[" + s + "]");
        Console.WriteLine((a < b ? a : b) * 10);
        Console.WriteLine(a < b == true ? "lt" : "ge");
        int calls = 0;
        int chosen = a > 0 ? ++calls : --calls;
        Console.WriteLine(chosen + " " + calls);
        char c = a % 2 == 0 ? 'E' : 'O';
        Console.WriteLine(c);
        Console.WriteLine(c == 'O' ? 1 : 2);
        string label = "";
        for (int i = 0; i < 16; i++) label += i % 15 == 0 ? "FizzBuzz" : i % 5 == 0 ? "Buzz" : i % 3 == 0 ? "Fizz" : i.ToString();
        Console.WriteLine(label);
        bool flag = a > 3 ? b > 3 : b < 3;
        Console.WriteLine(flag);
        float f = a > 0 ? 1f / 3 : 0;
        Console.WriteLine(f);
        byte by = a > 0 ? (byte)255 : (byte)0;
        Console.WriteLine(by);
    }
}
