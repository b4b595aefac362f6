using System;
using System.Collections.Generic;

// Accumulators that wrap many times over (sums of large values, checksums, mixed updates), read back in every
// kind of context: comparisons, switch, calls, returns, indexes, interpolation, masks and narrowing casts.
static class DeferredAccumulators
{
    static int Total(int[] values, int rounds)
    {
        int total = 0;
        for (int r = 0; r < rounds; r++)
            foreach (int v in values) total += v;
        return total;
    }

    static uint Fnv(string text, int rounds)
    {
        uint hash = 2166136261;
        for (int r = 0; r < rounds; r++)
            foreach (char c in text) { hash ^= c; hash *= 16777619; }
        return hash;
    }

    static long Checksum(byte[] data, int rounds)
    {
        long sum = long.MaxValue - 1000;
        long weighted = 0;
        for (int r = 0; r < rounds; r++)
            for (int i = 0; i < data.Length; i++) { sum += data[i] * 1000000000000L; weighted += sum; }
        return sum ^ weighted;
    }

    static int Accumulate(int seed, int count)
    {
        for (int i = 0; i < count; i++) seed += 1 << 30;
        return seed;
    }

    static string Describe(int x) => x < 0 ? "negative " + x : "positive " + x;

    static void Main()
    {
        var values = new[] { int.MaxValue, 123456789, int.MinValue + 5, 987654321, -1 };
        Console.WriteLine(Total(values, 7) + " " + Total(values, 1) + " " + Total(new int[0], 3));
        Console.WriteLine(Fnv("sensor-42", 3) + " " + Fnv("", 2));
        Console.WriteLine(Checksum(new byte[] { 200, 17, 255, 0, 99 }, 40));
        Console.WriteLine(Accumulate(7, 9) + " " + Accumulate(-7, 3));

        // Masked and narrowed reads, comparisons, calls, indexes and switch on a wrapping accumulator.
        int acc = 0;
        int masks = 0;
        int negatives = 0;
        var seen = new int[8];
        for (int i = 0; i < 50; i++)
        {
            acc += 700000000;
            masks += acc & 0xFF;
            byte low = (byte)acc;
            masks += low;
            if (acc < 0) negatives++;
            seen[(acc >> 28) & 7]++;
            switch (acc % 3) { case 0: masks += 1; break; case -1: masks += 2; break; default: masks += 3; break; }
        }
        Console.WriteLine(acc + " " + masks + " " + negatives + " " + string.Join(",", seen) + " " + Describe(acc) + $" {acc,12} {acc:X8}");

        // Sums that feed sums, mutual updates (which must not grow without bound), resets and hash mixing.
        int inner = 0, outer = 0, a = 1, b = 1, mixed = 17;
        for (int round = 0; round < 60; round++)
        {
            inner = round * 11;
            for (int k = 0; k < 30; k++) inner += 90000000;
            outer += inner;
            a += b;
            b += a;
            mixed = mixed * 31 + round;
            mixed ^= mixed >> 7;
        }
        Console.WriteLine(inner + " " + outer + " " + a + " " + b + " " + mixed);

        // Unsigned and 64-bit accumulators, and an int accumulator stepped by longs.
        uint unsignedSum = 0;
        ulong wideSum = ulong.MaxValue - 5;
        int byLongs = 0;
        long[] steps = { 5000000000L, -3, long.MaxValue, 77 };
        for (int i = 0; i < 25; i++)
        {
            unsignedSum += 3000000000u;
            unsignedSum -= 7;
            wideSum += (ulong)i * 1234567890123UL;
            byLongs += (int)steps[i % steps.Length];
            byLongs += i;
        }
        Console.WriteLine(unsignedSum + " " + wideSum + " " + byLongs + " " + (unsignedSum > 2000000000u) + " " + (byLongs == 0));

        var totals = new List<long>();
        long running = 0;
        foreach (int v in values) { running -= v * 3L; running -= long.MinValue / 2; }
        totals.Add(running);
        Console.WriteLine(totals[0] + " " + (running < 0 ? -running : running));
    }
}
