using System;

static class BitwiseOperators
{
    static int PopCount(uint v)
    {
        int count = 0;
        while (v != 0)
        {
            count += (int)(v & 1);
            v >>= 1;
        }
        return count;
    }

    static int HighestBit(int v)
    {
        int n = -1;
        while (v != 0) { v >>>= 1; n++; }
        return n;
    }

    static void Main()
    {
        int a = 0x5A5A5A5A;
        int b = unchecked((int)0xF0F0F0F0);
        Console.WriteLine(a & b);
        Console.WriteLine(a | b);
        Console.WriteLine(a ^ b);
        Console.WriteLine(~a);
        Console.WriteLine(~b);
        Console.WriteLine(b);
        Console.WriteLine(-1 & 0xFF);
        Console.WriteLine(-256 | 0x7F);
        Console.WriteLine(-1 ^ int.MinValue);
        long la = -1L;
        Console.WriteLine(la & 0xFFFFFFFFL);
        Console.WriteLine(la ^ long.MaxValue);
        uint ua = 0xFFFF0000;
        Console.WriteLine(ua & 0x00FFFF00);
        Console.WriteLine(ua | 1);
        Console.WriteLine(~ua);
        Console.WriteLine(PopCount(0) + " " + PopCount(1) + " " + PopCount(0xFFFFFFFF) + " " + PopCount(0x80000001));
        Console.WriteLine(HighestBit(1) + " " + HighestBit(1024) + " " + HighestBit(-1) + " " + HighestBit(int.MaxValue));
        bool t = true, f = false;
        Console.WriteLine(t & f);
        Console.WriteLine(t | f);
        Console.WriteLine(t ^ f);
        Console.WriteLine(t ^ t);
        Console.WriteLine(!t);
        Console.WriteLine(t & f || f);
        Console.WriteLine((t | f) && t);
        Console.WriteLine("and: " + (t & t) + ", or: " + (f | f) + ", xor: " + (f ^ t));
        int three = 3;
        bool both = three > 2 & three < 5;
        bool either = three > 5 | three == 3;
        Console.WriteLine(both + " " + either + " " + (both ^ either));
        if (three > 2 & three < 5) Console.WriteLine("in range");
        if (!(three > 2 & three > 5)) Console.WriteLine("not both");
        while (three > 0 & three != 1) three--;
        Console.WriteLine(three);
        bool flag = false;
        flag |= true;
        Console.WriteLine(flag);
        flag &= false;
        Console.WriteLine(flag);
        flag ^= true;
        Console.WriteLine(flag);
        byte mask = 0b1010_1010;
        Console.WriteLine(mask);
        Console.WriteLine(~mask);
        Console.WriteLine((byte)~mask);
        Console.WriteLine(mask & 0x0F);
        sbyte sm = -1;
        Console.WriteLine(sm & 0xFF);
        Console.WriteLine(sm | 0);
        ushort um = 0x8001;
        Console.WriteLine(~um);
        Console.WriteLine((ushort)~um);
        int flags = 0;
        for (int i = 0; i < 8; i += 2) flags |= 1 << i;
        Console.WriteLine(flags);
        flags &= ~(1 << 2);
        Console.WriteLine(flags);
        Console.WriteLine((flags & (1 << 4)) != 0);
        Console.WriteLine((flags & (1 << 2)) != 0);
    }
}
