using System;

// Substring at and past its bounds, with arguments that have side effects (evaluated once, in C#'s order).
static class SubstringBounds
{
    static int _calls;
    static int Next(int v) { _calls++; Console.Write("<" + v + ">"); return v; }
    static string Text(string s) { _calls++; Console.Write("<" + s + ">"); return s; }

    static void Try(string s, int start, int length)
    {
        try { Console.WriteLine("[" + s.Substring(start) + "]"); }
        catch (ArgumentOutOfRangeException e) { Console.WriteLine("start " + start + ": " + e.Message); }
        try { Console.WriteLine("[" + s.Substring(start, length) + "]"); }
        catch (ArgumentOutOfRangeException e) { Console.WriteLine(start + "," + length + ": " + e.Message); }
    }

    static void Main()
    {
        string s = "device";
        int[] starts = { 0, 1, 5, 6, 7, -1, int.MinValue, int.MaxValue };
        int[] lengths = { 0, 1, 5, 6, -1, int.MaxValue };
        foreach (int a in starts) foreach (int n in lengths) Try(s, a, n);
        Console.WriteLine(s.Substring(Next(1), Next(3)) + " " + s.Substring(Next(2)) + " " + Text("abc").Substring(Next(1), 1));
        Console.WriteLine(s.Substring(s.Length) + "|" + s.Substring(0, s.Length) + "|" + s.Substring(s.IndexOf('v') + 1, 2));
        Console.WriteLine(_calls);
        string? none = null;
        try { Console.WriteLine(none!.Substring(0)); }
        catch (NullReferenceException) { Console.WriteLine("null text"); }
    }
}
