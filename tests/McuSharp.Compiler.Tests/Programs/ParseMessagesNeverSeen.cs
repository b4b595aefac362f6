using System;

// A program whose every int.Parse is caught by clauses that never look at the exception: the device's parse raises
// the VM's own error, and the catch clauses list only it. Values at the edges of Int32, signs, white space and the
// '_' that MicroPython's int() accepts but .NET does not; an overflow caught on its own clause.
static class Program
{
    static int ParseOr(string s, int fallback)
    {
        try { return int.Parse(s); }
        catch (FormatException) { return fallback; }
        catch (OverflowException) { return fallback - 1; }
    }

    static int Sum(string[] texts)
    {
        int sum = 0;
        foreach (var t in texts) sum += ParseOr(t, 1000);
        return sum;
    }

    static void Main()
    {
        var texts = new[] { "2147483647", "-2147483648", "2147483648", "-2147483649", " +5 ", "-0", "1_0", "_1", "", "12a", "99999999999999999999" };
        foreach (var t in texts) Console.WriteLine("[" + t + "] " + ParseOr(t, -7));
        Console.WriteLine(Sum(new[] { "1", "2", "x", "3" }));
    }
}
