using System;

static class NumericConversions
{
    static void Main()
    {
        double[] doubles = { -2.7, 2.7, -0.5, 0.5, 1e10, -1e10, 255.9, 256.0, -1.0, 1e19, -1e19, 3e9, 65535.5, -32768.9 };
        foreach (double d in doubles)
        {
            Console.WriteLine(d + " -> int " + (int)d + ", long " + (long)d + ", uint " + (uint)d + ", byte " + (byte)d
                + ", sbyte " + (sbyte)d + ", short " + (short)d + ", ushort " + (ushort)d + ", ulong " + (ulong)d);
        }
        int[] ints = { 300, -1, 255, 256, -129, 128, 70000, -70000, int.MaxValue, int.MinValue, 65, 0 };
        foreach (int i in ints)
        {
            Console.WriteLine(i + " -> byte " + (byte)i + ", sbyte " + (sbyte)i + ", short " + (short)i + ", ushort " + (ushort)i
                + ", uint " + (uint)i + ", ulong " + (ulong)i + ", long " + (long)i + ", double " + (double)i + ", float " + (float)i);
        }
        long big = 0x1_2345_6789_ABCD;
        Console.WriteLine((int)big);
        Console.WriteLine((uint)big);
        Console.WriteLine((short)big);
        Console.WriteLine((byte)big);
        long lmin = long.MinValue, lmax = long.MaxValue;
        Console.WriteLine((int)lmin);
        Console.WriteLine((int)lmax);
        Console.WriteLine(unchecked((int)long.MinValue));
        Console.WriteLine(unchecked((int)long.MaxValue));
        Console.WriteLine((double)long.MaxValue);
        Console.WriteLine((float)long.MaxValue);
        Console.WriteLine((double)ulong.MaxValue);
        Console.WriteLine((long)9007199254740993);
        Console.WriteLine((double)9007199254740993);
        Console.WriteLine((float)16777217);
        Console.WriteLine((float)123456789);
        Console.WriteLine((double)(float)0.1);
        Console.WriteLine((float)0.1);
        double twoPointFive = 2.5e9;
        Console.WriteLine((int)(float)twoPointFive);
        byte b = 200;
        sbyte sb = (sbyte)b;
        Console.WriteLine(sb);
        short sh = sb;
        Console.WriteLine(sh);
        ushort us = (ushort)sh;
        Console.WriteLine(us);
        int fromUs = us;
        Console.WriteLine(fromUs);
        char c = (char)us;
        Console.WriteLine((int)c);
        Console.WriteLine((char)65);
        int wide = 65 + 65536;
        Console.WriteLine((char)wide);
        Console.WriteLine(unchecked((char)(65 + 65536)));
        Console.WriteLine((int)'€');
        char euro = '€', yDiaeresis = 'ÿ';
        Console.WriteLine((byte)euro);
        Console.WriteLine((sbyte)yDiaeresis);
        Console.WriteLine(unchecked((byte)'€'));
        int fromChar = 'z';
        Console.WriteLine(fromChar);
        long fromUint = uint.MaxValue;
        Console.WriteLine(fromUint);
        double half = 7 / 2;
        Console.WriteLine(half);
        double realHalf = 7 / 2.0;
        Console.WriteLine(realHalf);
        int truncated = (int)(7 / 2.0);
        Console.WriteLine(truncated);
        int roundedNeg = (int)(-7 / 2.0);
        Console.WriteLine(roundedNeg);
        float fl = 1.9999999f;
        Console.WriteLine((int)fl);
        Console.WriteLine((int)-0.9999);
        Console.WriteLine((long)-0.0);
    }
}
