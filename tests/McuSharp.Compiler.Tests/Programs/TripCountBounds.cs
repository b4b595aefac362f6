using System;
using System.Collections.Generic;

// Counters bounded by how often their loop can run, next to near misses whose loops run often enough to wrap:
// each total prints, so a check dropped by mistake shows as a different number.
static class TripCountBounds
{
    const string Word = "microcontroller-firmware-update";

    static int CountMatches(int[] data, int wanted)
    {
        int count = 0;
        foreach (int v in data) if (v == wanted) count++;
        return count;
    }

    static int DecodeLengths(byte[] stream)
    {
        int remaining = 0;
        int frames = 0;
        foreach (byte b in stream)
        {
            if (remaining == 0) { remaining = b; frames++; }
            else remaining--;
        }
        return frames * 1000 + remaining;
    }

    static void Main()
    {
        Console.WriteLine(CountMatches(new[] { 3, 1, 3, 3, 7 }, 3) + " " + DecodeLengths(new byte[] { 2, 9, 9, 0, 3, 1 }));

        int nearMiss = 0;
        for (int i = 0; i < 10; i++) nearMiss += int.MaxValue / 4;          // 10 trips of 2^29: wraps
        int fits = 0;
        for (int i = 0; i < 3; i++) fits += int.MaxValue / 4;              // 3 trips: fits
        Console.WriteLine(nearMiss + " " + fits);

        int nested = 0, nestedWraps = 0;
        for (int i = 0; i < 3; i++)
            for (int j = 0; j < 5; j++) { nested += 100000000; nestedWraps += 300000000; }
        Console.WriteLine(nested + " " + nestedWraps);

        int perChar = 0, perCharWraps = 0;
        foreach (char c in Word) { perChar += 60000000 + c; perCharWraps += 80000000 + c; }
        Console.WriteLine(perChar + " " + perCharWraps);

        int parts = 0;
        foreach (string part in Word.Split('-')) parts -= 700000000 + part.Length;
        Console.WriteLine(parts);

        int down = -2000000000;
        for (int i = 10; i > 0; i -= 3) down -= 50000000;
        for (int i = 0; i <= 4; i++) down -= 10000000;
        Console.WriteLine(down);

        long wide = long.MaxValue - 10;
        for (long i = 0; i < 20; i++) wide++;
        Console.WriteLine(wide);

        int withBreak = int.MaxValue - 3;
        for (int i = 0; i < 100; i++) { if (i == 6) break; withBreak++; }
        Console.WriteLine(withBreak);

        int viaWhile = int.MaxValue - 2;
        int n = 0;
        while (n < 5) { viaWhile++; n++; }
        Console.WriteLine(viaWhile + " " + n);

        ushort small = 65530;
        foreach (int v in new[] { 1, 2, 3, 4 }) small += (ushort)v;
        byte tiny = 250;
        for (int i = 0; i < 3; i++) tiny++;
        Console.WriteLine(small + " " + tiny);

        var list = new List<int> { 5, 6, 7 };
        int sumSquares = 0;
        foreach (int v in list) sumSquares += v * v;
        int resets = 0;
        for (int i = 0; i < 1000; i++) { resets = i % 7; resets--; }
        Console.WriteLine(sumSquares + " " + resets);
    }
}
