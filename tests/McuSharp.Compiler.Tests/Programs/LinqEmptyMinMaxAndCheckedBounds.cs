using System;
using System.Collections.Generic;
using System.Linq;

// Min and Max of empty integer and char sequences, caught by their own type, by a base type and as Exception,
// with their Message; next to First and Single, which share the "no elements" text. Checked arithmetic and
// Sum at Int32's bounds (which the runtime's check takes by default) and at other types' bounds.
static class Program
{
    static IEnumerable<int> None(int n) => Enumerable.Range(0, n).Where(i => i > 100);

    static void Main()
    {
        try { Console.WriteLine(None(5).Max()); }
        catch (InvalidOperationException e) { Console.WriteLine("max: " + e.Message); }
        try { Console.WriteLine(None(3).Min(i => i * 2)); }
        catch (SystemException e) { Console.WriteLine("min: " + e.Message + " " + (e is InvalidOperationException)); }
        try { Console.WriteLine(new List<long>().Max()); }
        catch (Exception e) { Console.WriteLine("long max: " + e.Message); }
        try { Console.WriteLine("".Min()); }
        catch (InvalidOperationException e) { Console.WriteLine("char min: " + e.Message); }
        try { Console.WriteLine(None(4).First()); }
        catch (InvalidOperationException e) { Console.WriteLine("first: " + e.Message); }
        try { Console.WriteLine(None(4).Single(i => i > 3)); }
        catch (InvalidOperationException e) { Console.WriteLine("single: " + e.Message); }
        Console.WriteLine(new[] { 3, -7, 12 }.Max() + " " + new[] { 3, -7, 12 }.Min() + " " + "hello".Max());

        foreach (var start in new[] { int.MaxValue - 2, int.MinValue + 2, 0 })
        {
            try
            {
                int x = start;
                for (int i = 0; i < 3; i++) x = checked(x + (start > 0 ? 1 : -1));
                Console.WriteLine("int ok " + x);
            }
            catch (OverflowException e) { Console.WriteLine("int overflow: " + e.Message); }
        }
        try { long l = long.MaxValue - 1; l = checked(l + 1); Console.WriteLine("long ok " + l); l = checked(l + 1); Console.WriteLine(l); }
        catch (OverflowException e) { Console.WriteLine("long overflow: " + e.Message); }
        try { short s = 32000; checked { s += 700; } Console.WriteLine("short ok " + s); checked { s += 100; } Console.WriteLine(s); }
        catch (ArithmeticException e) { Console.WriteLine("short overflow: " + e.Message); }
        try { uint u = 5; u = checked(u - 5); Console.WriteLine("uint ok " + u); u = checked(u - 1); Console.WriteLine(u); }
        catch (OverflowException e) { Console.WriteLine("uint overflow: " + e.Message); }
        try { int big = 2_000_000_000; int m = checked(big * 1); Console.WriteLine("mul ok " + m); m = checked(m * 2); Console.WriteLine(m); }
        catch (OverflowException e) { Console.WriteLine("mul overflow: " + e.Message); }

        var halves = new[] { int.MaxValue / 2, int.MaxValue / 2, 1 };
        Console.WriteLine(halves.Sum());
        try { Console.WriteLine(halves.Concat(new[] { 1 }).Sum()); }
        catch (OverflowException e) { Console.WriteLine("sum overflow: " + e.Message); }
        var lows = new[] { int.MinValue / 2, int.MinValue / 2 };
        Console.WriteLine(lows.Sum());
        try { Console.WriteLine(lows.Select(v => v - 1).Sum()); }
        catch (OverflowException e) { Console.WriteLine("negative sum overflow: " + e.Message); }
    }
}
