using System;
using System.Text;

static class StringBuilderBasics
{
    static string Repeat(string s, int n)
    {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) sb.Append(s);
        return sb.ToString();
    }

    static void Main()
    {
        StringBuilder sb = new StringBuilder();
        sb.Append("int ").Append(42).Append(' ').Append(-7L).Append(' ');
        sb.Append(true).Append(' ').Append(2.5).Append(' ').Append(1f / 3).Append(' ').Append('c');
        Console.WriteLine(sb.ToString());
        Console.WriteLine(sb.Length);
        sb.AppendLine();
        sb.AppendLine("line two");
        sb.Append("end");
        Console.WriteLine(sb.ToString());
        Console.WriteLine(Repeat("ab", 3) + "|" + Repeat("x", 0) + "|");
        StringBuilder csv = new StringBuilder("header");
        for (int i = 0; i < 4; i++)
        {
            csv.Append(',');
            csv.Append(i * i);
        }
        Console.WriteLine(csv);
        Console.WriteLine(csv.ToString().Length);
        StringBuilder hex = new StringBuilder();
        byte[] bytes = { 0, 15, 16, 255 };
        foreach (byte b in bytes) hex.Append(b.ToString("X2"));
        Console.WriteLine(hex.ToString());
        StringBuilder table = new StringBuilder();
        for (int row = 1; row <= 3; row++)
        {
            for (int col = 1; col <= 3; col++) table.Append((row * col).ToString().PadLeft(4));
            table.AppendLine();
        }
        Console.Write(table.ToString());
        sb.Clear();
        Console.WriteLine("[" + sb.ToString() + "]" + sb.Length);
        sb.Append($"{1 + 1} and {"two"}");
        string? nothing = null;
        sb.Append(nothing);
        sb.Append((string?)null);
        Console.WriteLine(sb.ToString());
        StringBuilder chain = new StringBuilder().Append("a").Append("b").AppendLine("c").Append(1.0);
        Console.WriteLine(chain.ToString());
        Console.WriteLine("sb: " + chain);
        StringBuilder bits = new StringBuilder();
        int value = 0b1011_0010;
        for (int i = 7; i >= 0; i--) bits.Append((value >> i) & 1);
        Console.WriteLine(bits);
    }
}
