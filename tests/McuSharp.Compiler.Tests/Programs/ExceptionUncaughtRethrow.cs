using System;
using System.Collections.Generic;

// throw; in a handler that only logs: the VM's KeyError travels on unchanged, nothing else catches it, and the
// program fails after the finally block ran.
static class ExceptionUncaughtRethrow
{
    static Dictionary<string, int> settings = new Dictionary<string, int> { ["rate"] = 9600 };

    static int Setting(string name)
    {
        try
        {
            return settings[name];
        }
        catch (KeyNotFoundException e) when (name.Length > 0)
        {
            Console.WriteLine("no setting: " + e.Message);
            throw;
        }
    }

    static void Main()
    {
        Console.WriteLine(Setting("rate"));
        try
        {
            Console.WriteLine(Setting("bits"));
        }
        catch (FormatException)
        {
            Console.WriteLine("not this one");
        }
        finally
        {
            Console.WriteLine("finally before the program fails");
        }
        Console.WriteLine("not reached");
    }
}
