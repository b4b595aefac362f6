using System;

static class SmallIntegerTypes
{
    static byte AddBytes(byte a, byte b) { return (byte)(a + b); }
    static sbyte Negate(sbyte a) { return (sbyte)-a; }

    static void Main()
    {
        byte b = 200;
        byte c = 100;
        Console.WriteLine(b + c);
        Console.WriteLine(AddBytes(b, c));
        Console.WriteLine(b * c);
        Console.WriteLine((byte)(b * c));
        b += 100;
        Console.WriteLine(b);
        b -= 250;
        Console.WriteLine(b);
        b++;
        Console.WriteLine(b);
        b = 255;
        b++;
        Console.WriteLine(b);
        b--;
        Console.WriteLine(b);
        b *= 2;
        Console.WriteLine(b);
        b /= 3;
        Console.WriteLine(b);
        b <<= 3;
        Console.WriteLine(b);
        b >>= 1;
        Console.WriteLine(b);
        b |= 0x0F;
        Console.WriteLine(b);
        b &= 0x3C;
        Console.WriteLine(b);
        b ^= 0xFF;
        Console.WriteLine(b);
        sbyte sb = 127;
        sb++;
        Console.WriteLine(sb);
        sb--;
        Console.WriteLine(sb);
        sb = -128;
        Console.WriteLine(Negate(sb));
        Console.WriteLine(-sb);
        sb -= 1;
        Console.WriteLine(sb);
        sb += 100;
        Console.WriteLine(sb);
        sb *= 3;
        Console.WriteLine(sb);
        short s = short.MaxValue;
        s++;
        Console.WriteLine(s);
        s -= 1;
        Console.WriteLine(s);
        s *= 2;
        Console.WriteLine(s);
        s = short.MinValue;
        Console.WriteLine(s / -1);
        Console.WriteLine((short)(s / -1));
        ushort us = 0;
        us--;
        Console.WriteLine(us);
        us += 2;
        Console.WriteLine(us);
        us = 65000;
        us += 1000;
        Console.WriteLine(us);
        us *= 7;
        Console.WriteLine(us);
        Console.WriteLine(byte.MaxValue + " " + byte.MinValue + " " + sbyte.MaxValue + " " + sbyte.MinValue);
        Console.WriteLine(short.MaxValue + " " + short.MinValue + " " + ushort.MaxValue + " " + ushort.MinValue);
        byte[] buffer = new byte[4];
        buffer[0] = 250;
        buffer[0] += 10;
        buffer[1] = (byte)(buffer[0] - 10);
        buffer[2]--;
        buffer[3] = (byte)~buffer[2];
        foreach (byte x in buffer) Console.Write(x + " ");
        Console.WriteLine();
        short[] shorts = { 32767, -32768, 0 };
        shorts[0]++;
        shorts[1]--;
        shorts[2] -= 1;
        Console.WriteLine(shorts[0] + " " + shorts[1] + " " + shorts[2]);
        int total = 0;
        for (byte i = 250; i > 5; i++) total++;
        Console.WriteLine(total);
        byte counter = 0;
        for (int i = 0; i < 300; i++) counter++;
        Console.WriteLine(counter);
    }
}
