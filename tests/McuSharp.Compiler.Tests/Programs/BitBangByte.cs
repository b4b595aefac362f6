using System;
using System.Text;

static class BitBangByte
{
    static StringBuilder line = new StringBuilder();
    static int clockEdges;

    static void SetPin(int level) { line.Append(level == 0 ? '_' : '#'); }
    static void Clock() { clockEdges++; }

    static void ShiftOutMsbFirst(byte value)
    {
        for (int bit = 7; bit >= 0; bit--)
        {
            SetPin((value >> bit) & 1);
            Clock();
        }
    }

    static void ShiftOutLsbFirst(byte value)
    {
        for (int i = 0; i < 8; i++)
        {
            SetPin(value & 1);
            value >>= 1;
            Clock();
        }
    }

    static string ToBits(int value, int width)
    {
        char[] bits = new char[width];
        for (int i = 0; i < width; i++) bits[width - 1 - i] = ((value >> i) & 1) == 1 ? '1' : '0';
        return new string(bits);
    }

    static byte ReverseBits(byte b)
    {
        byte r = 0;
        for (int i = 0; i < 8; i++)
        {
            r = (byte)((r << 1) | (b & 1));
            b >>= 1;
        }
        return r;
    }

    static byte Parity(byte b)
    {
        b ^= (byte)(b >> 4);
        b ^= (byte)(b >> 2);
        b ^= (byte)(b >> 1);
        return (byte)(b & 1);
    }

    static void Main()
    {
        byte[] values = { 0x00, 0x01, 0x80, 0xA5, 0xFF, 0x3C };
        foreach (byte v in values)
        {
            line.Clear();
            ShiftOutMsbFirst(v);
            line.Append('|');
            ShiftOutLsbFirst(v);
            Console.WriteLine(v.ToString("X2") + " " + ToBits(v, 8) + " " + line + " rev=" + ToBits(ReverseBits(v), 8) + " parity=" + Parity(v));
        }
        Console.WriteLine("edges: " + clockEdges);
        Console.WriteLine(ToBits(-1, 12) + " " + ToBits(1 << 11, 12) + " " + ToBits(0x5A5, 12));
        int manchester = 0;
        byte data = 0xB2;
        for (int i = 7; i >= 0; i--)
        {
            int bit = (data >> i) & 1;
            manchester = (manchester << 2) | (bit == 1 ? 0b10 : 0b01);
        }
        Console.WriteLine(ToBits(manchester, 16) + " " + manchester);
    }
}
