using System;

static class XorShiftRandom
{
    static uint state32 = 2463534242;
    static ulong state64 = 88172645463325252;
    static uint lcg = 12345;

    static uint Next32()
    {
        state32 ^= state32 << 13;
        state32 ^= state32 >> 17;
        state32 ^= state32 << 5;
        return state32;
    }

    static ulong Next64()
    {
        state64 ^= state64 << 13;
        state64 ^= state64 >> 7;
        state64 ^= state64 << 17;
        return state64;
    }

    static int NextLcg(int max)
    {
        lcg = lcg * 1103515245 + 12345;
        return (int)((lcg >> 16) % (uint)max);
    }

    static double NextDouble()
    {
        return (Next64() >> 11) * (1.0 / 9007199254740992.0);
    }

    static void Main()
    {
        for (int i = 0; i < 8; i++) Console.Write(Next32() + " ");
        Console.WriteLine();
        for (int i = 0; i < 5; i++) Console.Write(Next64() + " ");
        Console.WriteLine();
        int[] dice = new int[6];
        for (int i = 0; i < 600; i++) dice[NextLcg(6)]++;
        Console.WriteLine(string.Join(" ", dice));
        double sum = 0;
        for (int i = 0; i < 100; i++) sum += NextDouble();
        Console.WriteLine(sum);
        Console.WriteLine(NextDouble());
        int signedMix = (int)Next32();
        Console.WriteLine(signedMix + " " + (signedMix >> 3) + " " + (signedMix >>> 3) + " " + signedMix % 1000);
        long mixed = (long)Next64();
        Console.WriteLine(mixed + " " + mixed / 7 + " " + mixed % 7);
    }
}
