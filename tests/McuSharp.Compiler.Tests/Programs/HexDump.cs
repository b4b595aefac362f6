using System;
using System.Text;

static class HexDump
{
    static string Dump(byte[] data, int width)
    {
        StringBuilder sb = new StringBuilder();
        for (int offset = 0; offset < data.Length; offset += width)
        {
            sb.Append(offset.ToString("X4")).Append(": ");
            for (int i = 0; i < width; i++)
            {
                if (offset + i < data.Length) sb.Append(data[offset + i].ToString("X2")).Append(' ');
                else sb.Append("   ");
            }
            sb.Append(' ');
            for (int i = 0; i < width && offset + i < data.Length; i++)
            {
                byte b = data[offset + i];
                sb.Append(b >= 32 && b < 127 ? (char)b : '.');
            }
            sb.AppendLine();
        }
        return sb.ToString();
    }

    static byte[] FromHex(string hex)
    {
        byte[] result = new byte[hex.Length / 2];
        for (int i = 0; i < result.Length; i++)
        {
            int hi = HexDigit(hex[2 * i]);
            int lo = HexDigit(hex[2 * i + 1]);
            result[i] = (byte)((hi << 4) | lo);
        }
        return result;
    }

    static int HexDigit(char c)
    {
        if (c >= '0' && c <= '9') return c - '0';
        c = char.ToUpper(c);
        return c - 'A' + 10;
    }

    static void Main()
    {
        byte[] data = new byte[40];
        for (int i = 0; i < data.Length; i++) data[i] = (byte)(i * 37 + 11);
        Console.Write(Dump(data, 16));
        byte[] text = FromHex("48656c6c6f2c2044657669636521000aFF7f");
        Console.Write(Dump(text, 8));
        string back = "";
        foreach (byte b in text) back += b.ToString("x2");
        Console.WriteLine(back);
        Console.WriteLine(BitConverterLike(0x12345678));
    }

    static string BitConverterLike(int value)
    {
        string s = "";
        for (int i = 0; i < 4; i++)
        {
            byte b = (byte)(value >> (8 * i));
            s += (i > 0 ? "-" : "") + b.ToString("X2");
        }
        return s;
    }
}
