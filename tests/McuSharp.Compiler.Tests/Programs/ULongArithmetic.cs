using System;

static class ULongArithmetic
{
    static ulong Fnv64(string s)
    {
        ulong hash = 14695981039346656037;
        foreach (char c in s)
        {
            hash ^= c;
            hash *= 1099511628211;
        }
        return hash;
    }

    static void Main()
    {
        ulong max = ulong.MaxValue;
        Console.WriteLine(max);
        Console.WriteLine(max + 1);
        Console.WriteLine(max * 3);
        Console.WriteLine(max / 3);
        Console.WriteLine(max % 1000);
        Console.WriteLine(max >> 1);
        Console.WriteLine(max << 63);
        ulong zero = 0;
        zero--;
        Console.WriteLine(zero);
        Console.WriteLine(Fnv64(""));
        Console.WriteLine(Fnv64("hello"));
        Console.WriteLine(Fnv64("McuSharp compiles C#"));
        ulong x = 88172645463325252;
        for (int i = 0; i < 5; i++)
        {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            Console.WriteLine(x);
        }
        uint lo = uint.MaxValue;
        ulong widened = lo;
        Console.WriteLine(widened + 1);
        ulong product = (ulong)lo * lo;
        Console.WriteLine(product);
        long neg = -1;
        ulong asUnsigned = (ulong)neg;
        Console.WriteLine(asUnsigned);
        Console.WriteLine((long)max);
        Console.WriteLine((long)(max - 5));
        Console.WriteLine(~0UL);
    }
}
