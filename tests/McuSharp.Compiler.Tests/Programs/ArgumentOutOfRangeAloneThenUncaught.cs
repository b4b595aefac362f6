using System;

// The only argument error class the program names is ArgumentOutOfRangeException: on the device it derives from
// Exception directly (ArgumentException and SystemException add nothing it uses). The last one is never caught, and
// ends the program as it ends .NET's.
static class Program
{
    static string Key(string line) => line.Substring(0, line.IndexOf('='));

    static void Main()
    {
        foreach (var line in new[] { "a=1", "bc=2", "none", "=3" })
        {
            try { Console.WriteLine("[" + Key(line) + "]"); }
            catch (ArgumentOutOfRangeException e) { Console.WriteLine(e.Message + " | " + (e is Exception)); }
        }
        Console.WriteLine("last");
        Console.WriteLine(Key("still none"));
        Console.WriteLine("not reached");
    }
}
