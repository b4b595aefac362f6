using System;

static class FormatIntegerSpecifiers
{
    static void Main()
    {
        int[] values = { 0, 1, -1, 42, -42, 255, 256, 65535, -65536, int.MaxValue, int.MinValue };
        foreach (int v in values)
        {
            Console.WriteLine($"{v,12}|{v:D4}|{v:D}|{v:X2}|{v:x}|{v:X8}|{v:d6}|{v:N0}|{v:G}");
        }
        long[] longs = { 0, -1, long.MaxValue, long.MinValue, 1234567890123 };
        foreach (long v in longs)
        {
            Console.WriteLine($"{v:D20}|{v:X}|{v:x16}|{v:N0}");
        }
        byte b = 10;
        sbyte sb = -1;
        short sh = -2;
        ushort us = 0xBEEF;
        uint ui = 0xDEADBEEF;
        ulong ul = ulong.MaxValue;
        Console.WriteLine($"{b:X2} {b:x} {b:D3}");
        Console.WriteLine($"{sb:X2} {sb:X} {sb:D3}");
        Console.WriteLine($"{sh:X4} {sh:X} {sh:x8}");
        Console.WriteLine($"{us:X} {us:x4} {us:D}");
        Console.WriteLine($"{ui:X} {ui:X10} {ui:D12}");
        Console.WriteLine($"{ul:X} {ul:D}");
        Console.WriteLine(255.ToString("X4"));
        Console.WriteLine((-255).ToString("x"));
        Console.WriteLine(42.ToString("D5"));
        Console.WriteLine((-42).ToString("D5"));
        Console.WriteLine(1234567.ToString("N"));
        Console.WriteLine(1234567.ToString("N2"));
        Console.WriteLine((-1234567).ToString("N0"));
        Console.WriteLine(5.ToString("F2"));
        Console.WriteLine(5.ToString("E2"));
        Console.WriteLine(5.ToString("P0"));
        Console.WriteLine(string.Format("{0:X2}{1:X2}{2:X2}", 255, 128, 0));
        string hex = "";
        byte[] data = { 0xDE, 0xAD, 0x00, 0x0F };
        foreach (byte d in data) hex += d.ToString("x2");
        Console.WriteLine(hex);
        Console.WriteLine($"{7:B8}");
    }
}
