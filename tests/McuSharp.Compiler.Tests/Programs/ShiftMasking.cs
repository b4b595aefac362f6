using System;

static class ShiftMasking
{
    static int ShiftLeft(int x, int n) { return x << n; }
    static int ShiftRight(int x, int n) { return x >> n; }
    static long ShiftLeftLong(long x, int n) { return x << n; }
    static uint ShiftLeftUInt(uint x, int n) { return x << n; }

    static void Main()
    {
        int one = 1;
        Console.WriteLine(one << 31);
        Console.WriteLine(one << 32);
        Console.WriteLine(one << 33);
        Console.WriteLine(one << -1);
        Console.WriteLine(3 << 30);
        long oneL = 1;
        Console.WriteLine(oneL << 63);
        Console.WriteLine(oneL << 64);
        Console.WriteLine(oneL << 65);
        Console.WriteLine(1L << 65);
        for (int n = -2; n <= 66; n += 4)
        {
            Console.WriteLine(n + ": " + ShiftLeft(5, n) + " " + ShiftRight(-1000, n) + " " + ShiftLeftLong(5, n) + " " + ShiftLeftUInt(5, n));
        }
        int neg = -17;
        Console.WriteLine(neg >> 1);
        Console.WriteLine(neg >> 2);
        Console.WriteLine(neg >> 31);
        Console.WriteLine(neg >> 32);
        Console.WriteLine(neg >> 33);
        Console.WriteLine(neg >>> 1);
        Console.WriteLine(neg >>> 28);
        Console.WriteLine(neg >>> 0);
        Console.WriteLine(neg >>> 32);
        Console.WriteLine(int.MinValue >> 31);
        Console.WriteLine(int.MinValue >>> 31);
        long negL = -17;
        Console.WriteLine(negL >> 1);
        Console.WriteLine(negL >>> 1);
        Console.WriteLine(negL >>> 60);
        Console.WriteLine(negL >>> 64);
        uint u = 0x80000000;
        Console.WriteLine(u >> 31);
        Console.WriteLine(u >>> 31);
        Console.WriteLine(u << 1);
        Console.WriteLine(u >> 32);
        int x = 0x12345678;
        x <<= 8;
        Console.WriteLine(x);
        x >>= 12;
        Console.WriteLine(x);
        x >>>= 4;
        Console.WriteLine(x);
        x <<= 36;
        Console.WriteLine(x);
        byte b = 0x81;
        Console.WriteLine(b << 1);
        Console.WriteLine(b >> 1);
        Console.WriteLine((byte)(b << 1));
        sbyte sb = -128;
        Console.WriteLine(sb >> 1);
        Console.WriteLine(sb << 1);
        Console.WriteLine(sb >>> 1);
        short s = -2;
        Console.WriteLine(s >>> 1);
        char c = 'A';
        Console.WriteLine(c << 1);
        int bits = 0;
        for (int i = 0; i < 40; i++) bits |= 1 << i;
        Console.WriteLine(bits);
        int rot = 0x0F0F0F0F;
        int rotated = (rot << 4) | (rot >>> 28);
        Console.WriteLine(rotated);
        uint urot = 0xDEADBEEF;
        Console.WriteLine((urot << 8) | (urot >> 24));
    }
}
