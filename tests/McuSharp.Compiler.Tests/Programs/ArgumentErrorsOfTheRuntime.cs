using System;
using System.Linq;

// Argument errors the runtime raises in a program that makes no exception of its own: those with .NET's own
// message (Substring, StringBuilder) and those whose message is the class's default with the parameter appended
// (Enumerable.Range, Repeat, int.Parse of null), each caught by its own type or a base and printed.
static class ArgumentErrorsOfTheRuntime
{
    static string? Maybe(int i) => i > 1 ? null : "12";

    static void Main()
    {
        string line = "key=value";
        int at = line.IndexOf('#');
        try { Console.WriteLine(line.Substring(0, at)); }
        catch (ArgumentOutOfRangeException e) { Console.WriteLine("substring: " + e.Message + " [" + e.ParamName + "]"); }
        try { Console.WriteLine(Enumerable.Range(0, -1 + at + 1 - 1).Count()); }
        catch (ArgumentOutOfRangeException e) { Console.WriteLine("range: " + e.Message + " [" + e.ParamName + "]"); }
        try { Console.WriteLine(Enumerable.Repeat("x", at).Count()); }
        catch (ArgumentOutOfRangeException e) { Console.WriteLine("repeat: " + e.Message); }
        for (int i = 0; i < 3; i++)
        {
            try { Console.WriteLine(int.Parse(Maybe(i)!)); }
            catch (ArgumentNullException e) { Console.WriteLine("parse: " + e.Message + " [" + e.ParamName + "]"); }
        }
    }
}
