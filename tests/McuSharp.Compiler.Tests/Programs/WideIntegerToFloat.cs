using System;

static class WideIntegerToFloat
{
    static void Main()
    {
        long[] longs = { (1L << 60) + (1L << 36) + 1, (1L << 60) + (1L << 36), (1L << 60) + (3L << 36), -((1L << 60) + (1L << 36) + 1),
            long.MaxValue, long.MinValue, 9007199254740993, 16777217, 16777219, -16777217, 123456789012345678, (1L << 53) + 1, 0, -1 };
        foreach (long v in longs)
        {
            float f = v;
            double d = v;
            Console.WriteLine(v + " -> " + f + " / " + (double)f + " / " + d);
        }
        ulong[] ulongs = { ulong.MaxValue, (1UL << 63) + (1UL << 39) + 1, (1UL << 63) + (1UL << 39), 18446744073709551557, 1 };
        foreach (ulong v in ulongs)
        {
            float f = v;
            Console.WriteLine(v + " -> " + f + " / " + (double)f + " / " + (double)v);
        }
        int[] ints = { int.MaxValue, int.MinValue, 16777217, 33554435, -33554435, 2147483584, 2147483520 };
        foreach (int v in ints)
        {
            float f = v;
            Console.WriteLine(v + " -> " + f + " / " + (double)f + " / " + (long)f);
        }
        uint big = uint.MaxValue;
        Console.WriteLine((float)big + " " + (double)(float)big);
        long seed = 88172645463325252;
        for (int i = 0; i < 20; i++)
        {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            Console.Write((float)seed + " ");
        }
        Console.WriteLine();
    }
}
