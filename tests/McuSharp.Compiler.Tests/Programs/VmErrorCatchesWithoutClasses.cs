using System;
using System.Collections.Generic;

// Catch clauses for exceptions the VM's own errors stand for: alone when the program never makes one (the caught
// error is translated before a handler looks at it), with the class when it does (`new FormatException`, `throw e;`
// of a translated error), and in filtered clauses, which test the translated exception's class.
static class Program
{
    static int Divide(int a, int b) => a / b;

    static void Main()
    {
        try { Console.WriteLine(Divide(1, 0)); }
        catch (DivideByZeroException e) { Console.WriteLine(e.GetType().Name + " | " + e.Message); }
        var d = new Dictionary<string, int>();
        try { Console.WriteLine(d["k"]); }
        catch (KeyNotFoundException e) { Console.WriteLine(e.GetType().Name + " | " + e.Message); }
        var a = new int[2];
        try { Console.WriteLine(a[Divide(6, 2)]); }
        catch (IndexOutOfRangeException e) when (e.Message.Length > 3) { Console.WriteLine("filtered " + e.GetType().Name); }
        try { throw new FormatException("made by the program"); }
        catch (FormatException e) { Console.WriteLine(e.GetType().Name + " | " + e.Message); }
        try
        {
            try { Console.WriteLine(int.Parse("nope")); }
            catch (Exception e) { Console.WriteLine("first " + e.GetType().Name); throw e; }
        }
        catch (FormatException e) { Console.WriteLine("again " + e.GetType().Name + " | " + e.Message); }
        try { Console.WriteLine(checked(int.MaxValue + Divide(2, 1))); }
        catch (OverflowException) { Console.WriteLine("overflow"); }
    }
}
