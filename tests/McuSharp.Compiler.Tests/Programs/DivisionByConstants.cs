using System;

// Division and remainder by positive constants of values of either sign, at the type's edges.
static class DivisionByConstants
{
    static int Half(int x) => x / 2;
    static int Digit(int x) => x % 10;
    static long LongThird(long x) => x / 3;
    static long LongRest(long x) => x % 7;

    static void Main()
    {
        int[] values = { 0, 1, -1, 7, -7, 9, -9, 10, -10, 11, -11, int.MaxValue, int.MinValue, int.MinValue + 1, 123456789, -987654321 };
        foreach (int v in values)
        {
            Console.WriteLine(v + ": " + Half(v) + " " + Digit(v) + " " + v / 5 + " " + v % 5 + " " + (v * 3) / 4 + " " + (v - 1) % 3 + " " + (v + 1) / 1);
        }
        long[] longs = { 0, -1, 1, -8, 8, long.MaxValue, long.MinValue, -9_000_000_000L };
        foreach (long v in longs) Console.WriteLine(v + ": " + LongThird(v) + " " + LongRest(v) + " " + v / 1000 + " " + v % 1000);
        short s = -7;
        sbyte b = -128;
        Console.WriteLine(s / 2 + " " + s % 2 + " " + b / 3 + " " + b % 3);
        int total = 0;
        for (int i = -20; i < 20; i++) total += i / 3 * 100 + i % 3;
        Console.WriteLine(total);
    }
}
