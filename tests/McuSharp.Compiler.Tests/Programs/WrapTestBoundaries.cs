using System;

// Wrap tests at the exact edges of the 32-bit ranges (the compiler tests them with shifts, not big-int comparisons):
// values at and one past ±2^31 and 2^32, -int.MinValue, overflowing products and increments at MaxValue.
static class Program
{
    static int Add(int a, int b) => a + b;
    static int Mul(int a, int b) => a * b;
    static uint UAdd(uint a, uint b) => a + b;
    static uint USub(uint a, uint b) => a - b;
    static int Neg(int a) => -a;

    static void Main()
    {
        int[] edges = { int.MaxValue, int.MaxValue - 1, int.MinValue, int.MinValue + 1, 0, -1, 1, 46341, -46341, 65536 };
        foreach (var a in edges)
            foreach (var b in edges)
                Console.WriteLine($"{Add(a, b)} {a - b} {Mul(a, b)} {Neg(a)} {(short)(a + b)} {(byte)(a * b)} {(long)a * b + a}");
        uint[] uedges = { uint.MaxValue, uint.MaxValue - 1, 0, 1, 0x80000000, 0x7FFFFFFF };
        foreach (var a in uedges)
            foreach (var b in uedges)
                Console.WriteLine($"{UAdd(a, b)} {USub(a, b)} {a * b} {a + 1}");
        int i = int.MaxValue - 2;
        for (int k = 0; k < 5; k++) { i++; Console.WriteLine(i); }
        int j = int.MinValue + 2;
        for (int k = 0; k < 5; k++) { j--; Console.WriteLine(j); }
        int s = 0;
        for (int k = 0; k < 40; k++) { s += int.MaxValue / 3; Console.WriteLine(s); }
        uint u = uint.MaxValue - 2;
        for (int k = 0; k < 5; k++) { u++; Console.WriteLine(u); }
        long l = long.MaxValue - 1;
        l++; Console.WriteLine(l); l++; Console.WriteLine(l);
    }
}
