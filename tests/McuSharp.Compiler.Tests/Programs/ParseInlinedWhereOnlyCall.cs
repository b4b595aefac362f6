using System;

// The program's only int.Parse, in a declaration, with no one reading its FormatException: the device parses in
// place. An overflow's message is still .NET's (a catch prints it); a value is declared fresh in each iteration, so
// no path reads it after a failed parse.
static class Program
{
    static int Checked(string line)
    {
        int eq = line.IndexOf(':');
        int value = int.Parse(line.Substring(eq + 1));
        return value * 2;
    }

    static void Main()
    {
        int total = 0, bad = 0;
        foreach (var line in new[] { "a:1", "b: 20 ", "c:-3", "d:x", "e:", "f:2147483647", "g:2147483648", "h:-2147483648", "i:1_0", "j:+4" })
        {
            try { total += Checked(line); }
            catch (FormatException) { bad++; }
            catch (OverflowException e) { Console.WriteLine(line + " -> " + e.Message); }
        }
        Console.WriteLine(total + " " + bad);
    }
}
