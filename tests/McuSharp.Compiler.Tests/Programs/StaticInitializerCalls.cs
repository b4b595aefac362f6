using System;

static class Crc
{
    public static readonly uint[] Table = BuildTable();
    public static int Built = CountNonZero(Table);

    static uint[] BuildTable()
    {
        uint[] table = new uint[256];
        for (uint i = 0; i < 256; i++)
        {
            uint c = i;
            for (int k = 0; k < 8; k++) c = (c & 1) != 0 ? 0xEDB88320 ^ (c >> 1) : c >> 1;
            table[i] = c;
        }
        return table;
    }

    static int CountNonZero(uint[] t)
    {
        int n = 0;
        foreach (uint v in t) if (v != 0) n++;
        return n;
    }

    public static uint Compute(string s)
    {
        uint crc = 0xFFFFFFFF;
        foreach (char ch in s) crc = Table[(crc ^ ch) & 0xFF] ^ (crc >> 8);
        return crc ^ 0xFFFFFFFF;
    }
}

static class StaticInitializerCalls
{
    static int baseValue = 10;
    static int derived = baseValue * 3 + Offset();
    static string banner = MakeBanner("ready", 3);
    static double ratio = 1.0 / derived;

    static int Offset() { return 7; }

    static string MakeBanner(string text, int pad)
    {
        string p = new string('*', pad);
        return p + text + p;
    }

    static void Main()
    {
        Console.WriteLine(baseValue + " " + derived + " " + banner + " " + ratio);
        Console.WriteLine(Crc.Built);
        Console.WriteLine(Crc.Table[1].ToString("X8") + " " + Crc.Table[255].ToString("X8"));
        Console.WriteLine(Crc.Compute("123456789").ToString("X8"));
        Console.WriteLine(Crc.Compute("The quick brown fox jumps over the lazy dog").ToString("X8"));
        Console.WriteLine(Crc.Compute(""));
    }
}
