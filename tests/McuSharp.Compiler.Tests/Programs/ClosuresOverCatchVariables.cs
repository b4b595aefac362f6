// A lambda made in a catch block keeps its exception after the handler ends (also one per loop iteration), and
// out variables and locals declared in a loop are per iteration too.
using System;
using System.Collections.Generic;

static class Program
{
    static void Main()
    {
        Func<string> describe = null;
        try { throw new InvalidOperationException("boom"); }
        catch (InvalidOperationException e) { describe = () => "caught " + e.Message; }
        Console.WriteLine(describe());
        var reports = new List<Func<string>>();
        foreach (var input in new[] { "1", "x", "3", "" })
        {
            try { int.Parse(input); reports.Add(() => "ok " + input); }
            catch (FormatException e) { reports.Add(() => "bad '" + input + "': " + e.Message); }
        }
        foreach (var r in reports) Console.WriteLine(r());
        var parsed = new List<Func<int>>();
        foreach (var s in new[] { "10", "20", "no" })
            if (int.TryParse(s, out var value)) parsed.Add(() => value * 2);
        int?[] things = { 5, null, 7 };
        foreach (var t in things)
            if (t.HasValue) { int n = t.Value; parsed.Add(() => n + 1000); }
        foreach (var p in parsed) Console.Write(p() + " ");
        Console.WriteLine();
    }
}
