using System;

static class LongArithmetic
{
    static long Square(long x) { return x * x; }

    static void Main()
    {
        long max = long.MaxValue;
        long min = long.MinValue;
        Console.WriteLine(max);
        Console.WriteLine(min);
        Console.WriteLine(max + 1);
        Console.WriteLine(min - 1);
        Console.WriteLine(max * 2);
        Console.WriteLine(min * -1);
        Console.WriteLine(-min);
        Console.WriteLine(Square(3037000500));
        Console.WriteLine(Square(4294967296));
        Console.WriteLine(Square(-4294967297));
        long f = 1;
        for (int i = 1; i <= 25; i++)
        {
            f *= i;
            Console.WriteLine(i + "! = " + f);
        }
        long a = 1234567890123;
        long b = 9876543210;
        Console.WriteLine(a * b);
        Console.WriteLine(a + b);
        Console.WriteLine(a - b * 1000);
        int i32 = int.MaxValue;
        long mixed = i32 + 1L;
        Console.WriteLine(mixed);
        long mixed2 = i32 * 2L;
        Console.WriteLine(mixed2);
        long notMixed = i32 * 2;
        Console.WriteLine(notMixed);
        long acc = 0;
        for (int i = 0; i < 10; i++) acc += long.MaxValue / 4;
        Console.WriteLine(acc);
        acc = min;
        acc--;
        Console.WriteLine(acc);
        acc++;
        Console.WriteLine(acc);
        Console.WriteLine(~min);
        Console.WriteLine(min / 2);
        Console.WriteLine(min % 7);
        Console.WriteLine(max / -3);
        long h = 1125899906842597L;
        string text = "the quick brown fox";
        for (int i = 0; i < text.Length; i++) h = 31 * h + text[i];
        Console.WriteLine(h);
    }
}
