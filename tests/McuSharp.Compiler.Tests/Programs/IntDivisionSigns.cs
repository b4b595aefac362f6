using System;

static class IntDivisionSigns
{
    static void Show(int a, int b)
    {
        Console.WriteLine(a + " / " + b + " = " + (a / b) + ", " + a + " % " + b + " = " + (a % b));
    }

    static void ShowLong(long a, long b)
    {
        Console.WriteLine(a + " / " + b + " = " + (a / b) + ", % = " + (a % b));
    }

    static void Main()
    {
        int[] values = { 7, -7, 6, -6, 1, -1, 0, 13, -13, int.MaxValue, int.MinValue };
        int[] divisors = { 2, -2, 3, -3, 1, 7, -7, int.MaxValue, int.MinValue };
        foreach (int a in values)
        {
            foreach (int b in divisors)
            {
                Show(a, b);
            }
        }
        ShowLong(long.MaxValue, 10);
        ShowLong(long.MinValue, 10);
        ShowLong(long.MinValue, -10);
        ShowLong(-9, 4);
        ShowLong(9, -4);
        ShowLong(-9, -4);
        ShowLong(long.MinValue, long.MaxValue);
        int n = -17;
        Console.WriteLine(n / 5);
        Console.WriteLine(n % 5);
        Console.WriteLine(n / -5);
        Console.WriteLine(n % -5);
        n /= 4;
        Console.WriteLine(n);
        n %= 3;
        Console.WriteLine(n);
        uint u = 4000000000;
        Console.WriteLine(u / 3);
        Console.WriteLine(u % 7);
        ulong ul = 18000000000000000000;
        Console.WriteLine(ul / 7);
        Console.WriteLine(ul % 1000);
        short s = -300;
        Console.WriteLine(s / 7);
        Console.WriteLine(s % 7);
        sbyte sb = -128;
        Console.WriteLine(sb / -1);
        Console.WriteLine(sb % -1);
        byte by = 255;
        Console.WriteLine(by / 2);
        int digits = 0;
        int v = -123456;
        while (v != 0)
        {
            Console.Write(v % 10);
            Console.Write(' ');
            v /= 10;
            digits++;
        }
        Console.WriteLine();
        Console.WriteLine(digits);
        Console.WriteLine(int.MinValue % -1);
    }
}
