using System;
using System.Collections.Generic;

// Enum names, explicit and implicit values, undefined values, casts both ways (with other underlying types),
// arithmetic, comparisons, switch, loops over a range, enums in collections and in every text context.
enum Level { Trace, Debug, Info = 10, Warn, Error = 20, Fatal }
enum Small : byte { Zero, One, Max = 255 }
enum Wide : long { Near = 1, Far = 1L << 40 }
enum Negative : short { Minus = -5, Zero = 0, Plus = 5 }

static class EnumsBasics
{
    static string Badge(Level level) => level >= Level.Error ? "!!" : level >= Level.Warn ? "!" : "";

    static void Main()
    {
        var all = new List<Level> { Level.Trace, Level.Debug, Level.Info, Level.Warn, Level.Error, Level.Fatal };
        foreach (var l in all) Console.Write(l + "=" + (int)l + Badge(l) + " ");
        Console.WriteLine();
        Console.WriteLine((Level)2 + " " + (Level)11 + " " + (Level)(-1) + " " + (Level.Info + 1) + " " + (Level.Fatal - Level.Error));
        Level current = Level.Debug;
        current++;
        Console.WriteLine(current + " " + (current == (Level)2) + " " + (current < Level.Info) + " " + current.ToString());
        switch (current)
        {
            case Level.Trace: case Level.Debug: Console.WriteLine("low"); break;
            case Level.Info: Console.WriteLine("info"); break;
            default: Console.WriteLine("other " + current); break;
        }
        Small s = (Small)254;
        s++;
        Small wrapped = (Small)(int)(s + 1);
        Console.WriteLine($"{s} {(byte)s} {wrapped} {Small.One}");
        Console.WriteLine(Wide.Far + " " + (long)Wide.Far + " " + (Wide)1 + " " + (Wide)2);
        Console.WriteLine(Negative.Minus + " " + (Negative)(-5) + " " + (Negative)(-6) + " " + (short)Negative.Minus);
        var counts = new Dictionary<Level, int>();
        foreach (var l in new[] { Level.Warn, Level.Info, Level.Warn, Level.Fatal }) counts[l] = counts.ContainsKey(l) ? counts[l] + 1 : 1;
        foreach (var kv in counts) Console.Write(kv.Key + ":" + kv.Value + " ");
        Console.WriteLine();
        Console.WriteLine(string.Join("/", all) + $" [{Level.Warn,-8}] [{Level.Error,7}] {(int)Level.Error:X4}");
        Level[] table = new Level[3];
        Console.WriteLine(table[0] + " " + table.Length);
    }
}
