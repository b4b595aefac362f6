using System;

// string.Insert and string.Remove, with each of .NET's argument errors and messages (including the unsigned view
// of a negative startIndex that Insert reports).
static class Program
{
    static void Try(string what, Func<string> f)
    {
        try { Console.WriteLine(what + " -> [" + f() + "]"); }
        catch (Exception e) { Console.WriteLine(what + " -> " + e.GetType().Name + ": " + e.Message); }
    }

    static void Main()
    {
        string s = "abcdef";
        string? none = null;
        Try("Insert(0)", () => s.Insert(0, "X"));
        Try("Insert(6)", () => s.Insert(6, "X"));
        Try("Insert(3, \"\")", () => s.Insert(3, ""));
        Try("Insert(7)", () => s.Insert(7, "X"));
        Try("Insert(-1)", () => s.Insert(-1, "X"));
        Try("Insert(1, null)", () => s.Insert(1, none!));
        Try("Remove(2)", () => s.Remove(2));
        Try("Remove(6)", () => s.Remove(6));
        Try("Remove(7)", () => s.Remove(7));
        Try("Remove(-1)", () => s.Remove(-1));
        Try("Remove(0)", () => s.Remove(0));
        Try("Remove(1, 2)", () => s.Remove(1, 2));
        Try("Remove(4, 2)", () => s.Remove(4, 2));
        Try("Remove(4, 3)", () => s.Remove(4, 3));
        Try("Remove(-1, 2)", () => s.Remove(-1, 2));
        Try("Remove(1, -2)", () => s.Remove(1, -2));
        Try("Remove(6, 0)", () => s.Remove(6, 0));
        Try("Remove(7, 0)", () => s.Remove(7, 0));
        Try("null.Remove(0)", () => none!.Remove(0));
        var line = "temp=21.5C";
        Console.WriteLine(line.Remove(line.IndexOf('=')) + " " + line.Remove(line.Length - 1).Insert(5, " ").Remove(0, 5));
    }
}
