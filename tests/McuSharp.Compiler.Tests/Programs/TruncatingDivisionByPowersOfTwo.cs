using System;

// Signed division by a power of two truncates toward zero like any C# division: negative values, the limits, values
// next to a multiple, long values, compound assignments and values computed in place.
static class Program
{
    static int Half(int x) => x / 2;
    static long Eighth(long x) => x / 8;

    static void Main()
    {
        int[] values = { 0, 1, -1, 2, -2, 255, -255, 256, -256, 257, -257, 511, -511, int.MaxValue, int.MinValue, int.MinValue + 1, 1 << 30, -(1 << 30) };
        foreach (var v in values)
            Console.WriteLine(v + ": " + v / 2 + " " + v / 4 + " " + v / 256 + " " + v / 65536 + " " + v / (1 << 30) + " " + Half(v));
        long[] longs = { 0, -1, -7, -8, -9, 7, 8, 9, long.MaxValue, long.MinValue, long.MinValue + 1, int.MinValue, (long)int.MaxValue + 1 };
        foreach (var v in longs)
            Console.WriteLine(v + ": " + v / 2 + " " + Eighth(v) + " " + v / (1L << 40) + " " + v / (1L << 62));
        int acc = -1000;
        for (int i = 0; i < 5; i++)
        {
            acc /= 4;
            Console.WriteLine(acc + " " + (acc * 1_000_003 - 77) / 128 + " " + (i - 3) * 99 / 8);
        }
        short s = -300;
        sbyte b = -100;
        Console.WriteLine(s / 16 + " " + b / 32 + " " + (s + b) / 64);
        int big = int.MaxValue;
        Console.WriteLine((big + 1) / 2 + " " + (big * 3) / 16 + " " + (-big - 1) / 4);
        uint u = uint.MaxValue;
        ulong ul = ulong.MaxValue;
        Console.WriteLine(u / 2 + " " + ul / 1024);
    }
}
