using System;
using System.Collections.Generic;

// A List index out of range throws ArgumentOutOfRangeException, an array or string index IndexOutOfRangeException;
// the VM raises the same IndexError for both. Catch clauses that tell them apart, directly and through calls,
// must see the right one: catch (IndexOutOfRangeException) lets a List error pass.
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
