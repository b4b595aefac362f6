using System;

// int.Parse's FormatException message reaches the device only where the program can see it. Here some paths read it
// (a catch that prints e.Message, one through Exception, a rethrow caught further out, a filter), others do not (a
// catch without a variable); the same helper serves them all, so each printed message must be .NET's.
static class Program
{
    static int Quiet(string s)
    {
        try { return int.Parse(s); }
        catch (FormatException) { return -1; }
    }

    static int Through(string s) => int.Parse(s);

    static int Rethrown(string s)
    {
        try { return Through(s); }
        catch (FormatException) { Console.WriteLine("rethrowing"); throw; }
    }

    static void Main()
    {
        Console.WriteLine(Quiet("12") + " " + Quiet("1_2") + " " + Quiet("x"));
        foreach (var s in new[] { "7", "", "abc", " 3 ", "1_000" })
        {
            try { Console.WriteLine(Through(s)); }
            catch (FormatException e) { Console.WriteLine("format: " + e.Message); }
            try { Console.WriteLine(Rethrown(s)); }
            catch (Exception e) { Console.WriteLine(e.GetType().Name + ": " + e.Message); }
            try { Console.WriteLine(Through(s + "q")); }
            catch (FormatException e) when (e.Message.Contains("q")) { Console.WriteLine("filtered: " + e.Message); }
        }
    }
}
