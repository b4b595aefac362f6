using System;
using System.Collections.Generic;

// A List index out of range throws ArgumentOutOfRangeException, an array or string index IndexOutOfRangeException;
// the VM raises the same IndexError for both. Catch clauses that tell them apart, directly and through calls,
// must see the right one: catch (IndexOutOfRangeException) lets a List error pass. The calls include virtual calls and
// a ToString override that string concatenation calls.
abstract class Source
{
    public abstract int Get(int i);
}

class ListSource : Source
{
    private readonly List<int> items = new List<int> { 10, 20 };

    public override int Get(int i) => items[i];
}

class ArraySource : Source
{
    private readonly int[] items = { 30, 40 };

    public override int Get(int i) => items[i];
}

class Label
{
    private readonly List<string> parts = new List<string> { "a" };

    public int Index;

    public override string ToString() => "label " + parts[Index];
}

static class ExceptionListVersusArrayErrors
{
    static List<int> readings = new List<int> { 5, 6, 7 };
    static int[] limits = { 1, 2, 3 };

    static int Reading(int i) => readings[i];

    static int Limit(int i) => limits[i];

    static void SetReading(int i, int value) => readings[i] = value;

    static int Nested(int i) => Reading(i) + Limit(i);

    static string Probe(int which, int i)
    {
        try
        {
            try
            {
                if (which == 0) return "reading " + Reading(i);
                if (which == 1) return "limit " + Limit(i);
                if (which == 2) { SetReading(i, 1); return "set " + readings[i]; }
                if (which == 3) { readings.RemoveAt(i); readings.Add(9); return "removed"; }
                if (which == 4) return "char " + "xyz"[i];
                return "nested " + Nested(i);
            }
            catch (IndexOutOfRangeException e)
            {
                return "IndexOutOfRange: " + e.Message;
            }
        }
        catch (ArgumentOutOfRangeException e)
        {
            return "ArgumentOutOfRange (" + e.ParamName + "): " + e.Message;
        }
    }

    static void Main()
    {
        int[] indexes = { 0, 2, 3, -1 };
        for (int which = 0; which <= 5; which++)
            foreach (int i in indexes)
                Console.WriteLine(which + "," + i + ": " + Probe(which, i));
        Console.WriteLine(string.Join(",", readings));
        try
        {
            Console.WriteLine(readings[readings.Count]);
        }
        catch (SystemException e)
        {
            Console.WriteLine(e.GetType().Name);
        }
        Source[] sources = { new ListSource(), new ArraySource() };
        foreach (Source source in sources)
        {
            try
            {
                Console.WriteLine(source.Get(1) + source.Get(2));
            }
            catch (ArgumentOutOfRangeException)
            {
                Console.WriteLine("a virtual call indexed a list");
            }
            catch (IndexOutOfRangeException)
            {
                Console.WriteLine("a virtual call indexed an array");
            }
        }
        var label = new Label { Index = 1 };
        try
        {
            Console.WriteLine("printing " + label);
        }
        catch (ArgumentOutOfRangeException)
        {
            Console.WriteLine("ToString, called by the concatenation, indexed a list");
        }
        var empty = new List<string>();
        try
        {
            Console.WriteLine(empty[empty.Count - 1]);
        }
        catch (Exception e)
        {
            Console.WriteLine("last of an empty list: " + e.GetType().Name);
        }
    }
}
