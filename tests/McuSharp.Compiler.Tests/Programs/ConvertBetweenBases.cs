using System;

// Convert.ToString(value, toBase) and Convert.ToInt32(text, fromBase) with .NET's edges: two's complement for
// negative values outside base 10, the width of the value's type, "0x" in base 16, a sign only in base 10, digits
// of other bases read as an unsigned 32-bit number, null as 0, and each error's type and message.
static class Program
{
    static void Try(string what, Func<object> f)
    {
        try { Console.WriteLine(what + " -> " + f()); }
        catch (Exception e) { Console.WriteLine(what + " -> " + e.GetType().Name + ": " + e.Message); }
    }

    static void Main()
    {
        Try("-1 b2", () => Convert.ToString(-1, 2));
        Try("-255 b16", () => Convert.ToString(-255, 16));
        Try("short -2 b16", () => Convert.ToString((short)-2, 16));
        Try("byte 200 b8", () => Convert.ToString((byte)200, 8));
        Try("long -7 b16", () => Convert.ToString(-7L, 16));
        Try("37 b3", () => Convert.ToString(37, 3));
        Try("-37 b10", () => Convert.ToString(-37, 10));
        Try("0 b2", () => Convert.ToString(0, 2));
        Try("max b16", () => Convert.ToString(int.MaxValue, 16) + " " + Convert.ToString(int.MinValue, 8));
        foreach (var (text, fromBase) in new (string?, int)[]
        {
            ("ff", 16), ("0xFF", 16), ("ffffffff", 16), ("1ffffffff", 16), ("-12", 10), ("-1", 16), ("12z", 16), ("", 16),
            (" 12", 16), ("101", 2), ("2", 2), ("17", 8), ("12", 5), (null, 16), ("+5", 10), ("99999999999", 10),
            ("0x", 16), ("0b101", 2), ("-2147483648", 10), ("80000000", 16), ("7FFFFFFF", 16), ("-", 10),
        })
            Try($"'{text ?? "null"}' b{fromBase}", () => Convert.ToInt32(text, fromBase));
        try
        {
            Convert.ToInt32("zz", 16);
        }
        catch (FormatException e)
        {
            Console.WriteLine("caught as FormatException: " + e.Message);
        }
    }
}
