// expect: MCU0003
using System;

static class RefuseNonConstantFormat
{
    static string Pattern(bool verbose) { return verbose ? "value={0} ({1})" : "{0}"; }

    static void Main()
    {
        Console.WriteLine(string.Format(Pattern(true), 42, "units"));
    }
}
