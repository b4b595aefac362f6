using System;

static class UIntFnvHash
{
    const uint OffsetBasis = 2166136261;
    const uint Prime = 16777619;

    static uint Fnv1a(string s)
    {
        uint hash = OffsetBasis;
        foreach (char c in s)
        {
            hash ^= c;
            hash *= Prime;
        }
        return hash;
    }

    static uint Fnv1(string s)
    {
        uint hash = OffsetBasis;
        for (int i = 0; i < s.Length; i++)
        {
            hash = hash * Prime;
            hash = hash ^ (uint)s[i];
        }
        return hash;
    }

    static void Main()
    {
        string[] words = { "", "a", "foobar", "hello world", "McuSharp", "The quick brown fox jumps over the lazy dog" };
        foreach (string w in words)
        {
            Console.WriteLine("\"" + w + "\" " + Fnv1a(w) + " " + Fnv1(w));
        }
        uint max = uint.MaxValue;
        Console.WriteLine(max);
        Console.WriteLine(max + 1);
        Console.WriteLine(max * max);
        Console.WriteLine(unchecked(0u - 1));
        uint zero = 0;
        zero--;
        Console.WriteLine(zero);
        zero++;
        Console.WriteLine(zero);
        uint big = 3000000000;
        Console.WriteLine(big + big);
        Console.WriteLine(big * 3);
        Console.WriteLine(big >> 4);
        Console.WriteLine(big << 4);
        Console.WriteLine(~big);
        Console.WriteLine(big / 7 + " " + big % 7);
        uint h = 0;
        foreach (char c in "bucket") h = (h << 5) - h + c;
        Console.WriteLine(h);
        Console.WriteLine(h % 16);
    }
}
