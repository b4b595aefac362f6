using System;

static class IntParse
{
    static void Main()
    {
        string[] inputs = { "0", "42", "-42", "+42", "  17  ", "\t-5\n", "007", "-0", "2147483647", "-2147483648", "000000000000123" };
        foreach (string s in inputs)
        {
            int v = int.Parse(s);
            Console.WriteLine("[" + s + "] -> " + v + " (" + (v * 2) + ")");
        }
        Console.WriteLine(long.Parse("9223372036854775807"));
        Console.WriteLine(long.Parse("-9223372036854775808"));
        Console.WriteLine(uint.Parse("4294967295"));
        Console.WriteLine(ulong.Parse("18446744073709551615"));
        Console.WriteLine(byte.Parse("255"));
        Console.WriteLine(sbyte.Parse("-128"));
        Console.WriteLine(short.Parse("-32768"));
        Console.WriteLine(ushort.Parse("65535"));
        string csv = "3, -1, 4, -1, 5, -9";
        int total = 0;
        foreach (string part in csv.Split(',')) total += int.Parse(part);
        Console.WriteLine(total);
        Console.WriteLine(int.Parse("12") + int.Parse("34"));
        Console.WriteLine(int.Parse("12") + "34");
        int n = int.Parse(" 99 ".Trim());
        Console.WriteLine(n.ToString() + n.ToString());
        Console.WriteLine(int.Parse(n.ToString()) == n);
        Console.WriteLine(int.MaxValue.ToString().Length);
        Console.WriteLine(int.MinValue.ToString());
        Console.WriteLine((-5).ToString());
        Console.WriteLine(255.ToString("X"));
        Console.WriteLine(true.ToString());
        Console.WriteLine('c'.ToString());
        Console.WriteLine(2.50.ToString());
        Console.WriteLine(1e-3f.ToString());
        Console.WriteLine(long.MinValue.ToString());
    }
}
