using System;

static class UnsignedMixedArithmetic
{
    static void Main()
    {
        uint u = 3000000000;
        int i = -5;
        var mixed = u + i;
        Console.WriteLine(mixed);
        long l = u * 2L;
        Console.WriteLine(l);
        Console.WriteLine(u > i);
        Console.WriteLine(u == 3000000000);
        Console.WriteLine(-u);
        uint small = 5;
        Console.WriteLine(small - 10);
        Console.WriteLine(small - 10L);
        Console.WriteLine((int)(small - 10));
        Console.WriteLine(small * uint.MaxValue);
        Console.WriteLine(small / 2 + " " + small % 2);
        ulong ul = 10;
        Console.WriteLine(ul - 11);
        Console.WriteLine(ul * ulong.MaxValue);
        Console.WriteLine(ul > 5);
        byte b = 200;
        uint fromByte = b;
        Console.WriteLine(fromByte << 24);
        Console.WriteLine(b << 24);
        ushort us = 65535;
        Console.WriteLine(us * us);
        Console.WriteLine((uint)(us * us));
        Console.WriteLine(us + us);
        int neg = -1;
        Console.WriteLine((uint)neg);
        Console.WriteLine((ulong)neg);
        Console.WriteLine((ushort)neg);
        Console.WriteLine(unchecked((uint)neg) >> 28);
        Console.WriteLine((uint)neg >> 28);
        Console.WriteLine(neg >> 28);
        uint counter = uint.MaxValue - 2;
        for (int k = 0; k < 5; k++) { counter++; Console.Write(counter + " "); }
        Console.WriteLine();
        ulong ucount = 2;
        for (int k = 0; k < 4; k++) { ucount--; Console.Write(ucount + " "); }
        Console.WriteLine();
        uint a = 7, c = 9;
        Console.WriteLine(a - c);
        Console.WriteLine((int)a - (int)c);
        Console.WriteLine(a < c ? c - a : a - c);
        long diff = (long)a - c;
        Console.WriteLine(diff);
        sbyte sb = -100;
        short sh = sb;
        Console.WriteLine(sb + sh + " " + (sb * sh) + " " + (sbyte)(sb * 2));
        char ch = 'A';
        uint fromChar = ch;
        Console.WriteLine(fromChar + ch + " " + (ch + 1u));
    }
}
