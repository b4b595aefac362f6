using System;

static class Limits
{
    public const int Max = 100;
    public const string Unit = "mV";
    public const double Scale = 3.3 / 4096;
}

static class ConstantsFolding
{
    const int Size = 8;
    const int Mask = Size - 1;
    const long Big = 1L << 40;
    const uint Magic = 0xCAFEBABE;
    const char Separator = ';';
    const string Greeting = "Hello" + ", " + "device";
    const double Half = 1 / 2.0;
    const float Third = 1f / 3;
    const bool Debug = false;
    const int Negative = -Size * 3;
    const byte ByteMax = byte.MaxValue;

    static void Main()
    {
        Console.WriteLine(Size + " " + Mask + " " + Big + " " + Magic + " " + Separator + " " + Greeting);
        Console.WriteLine(Half + " " + Third + " " + Debug + " " + Negative + " " + ByteMax);
        Console.WriteLine(Limits.Max + Limits.Unit + " " + Limits.Scale);
        int[] buffer = new int[Size];
        for (int i = 0; i < 20; i++) buffer[i & Mask] += i;
        Console.WriteLine(string.Join(",", buffer));
        int reading = 2048;
        Console.WriteLine(reading * Limits.Scale + " " + Limits.Unit);
        if (Debug) Console.WriteLine("debug");
        Console.WriteLine(Magic >> 16);
        Console.WriteLine(int.MaxValue + " " + int.MinValue + " " + long.MaxValue + " " + uint.MaxValue);
        Console.WriteLine(double.MaxValue + " " + float.MaxValue + " " + double.Epsilon);
        Console.WriteLine(unchecked(int.MaxValue + 1));
        Console.WriteLine(unchecked((byte)(ByteMax + 1)));
        Console.WriteLine(Size * Size * Size * Size * Size * Size * Size * Size);
        Console.WriteLine(-Negative % 7 + " " + Negative / 5 + " " + Negative % 5);
        Console.WriteLine('a' + 1);
        Console.WriteLine((char)('a' + 1));
        Console.WriteLine("x" + Separator + 'y');
        Console.WriteLine(1e16 + " " + 0.1f + " " + -0.0 + " " + 1.0 / 3);
        const int LocalConst = 7;
        Console.WriteLine(LocalConst * 6);
    }
}
