using System;
using System.Text;

// Argument errors the runtime raises, in a program that never reads ParamName and catches none of the VM's errors:
// the message is composed where the error is raised, and of the classes between ArgumentOutOfRangeException and
// Exception only those a catch clause or a type test names are kept.
static class Program
{
    static void Main()
    {
        string s = "key=value";
        try { Console.WriteLine(s.Substring(0, s.IndexOf('#'))); }
        catch (ArgumentOutOfRangeException e) { Console.WriteLine(e.GetType().Name + " | " + e.Message); }
        try { Console.WriteLine(s.Substring(20)); }
        catch (ArgumentException e) { Console.WriteLine(e.GetType().Name + " | " + e.Message); }
        try { Console.WriteLine(new StringBuilder().Append('x', -2)); }
        catch (ArgumentOutOfRangeException e) { Console.WriteLine(e.GetType().Name + " | " + e.Message); }
        try { Console.WriteLine(new StringBuilder("abc").Insert(-1, "x")); }
        catch (ArgumentOutOfRangeException e) { Console.WriteLine(e.GetType().Name + " | " + e.Message + " | " + (e is ArgumentException)); }
        try { Console.WriteLine("abc".PadLeft(-3)); }
        catch (ArgumentException e) { Console.WriteLine(e.GetType().Name + " | " + e.Message); }
    }
}
