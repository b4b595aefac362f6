using System;
using System.Collections.Generic;

// Null where a value is needed: members and calls of a null object, a null string, array and list, and the
// Value of an empty nullable, caught as .NET's NullReferenceException and InvalidOperationException; ?. and ??
// do not throw.
class Sensor
{
    public int Reading;
    public string Name = "probe";
    public int Twice() => Reading * 2;
}

static class ExceptionNullReferences
{
    static Sensor missing;
    static string noText;
    static List<int> noList;

    static void Report(string what, int step)
    {
        try
        {
            Run(step);
            Console.WriteLine(what + ": fine");
        }
        catch (NullReferenceException e)
        {
            Console.WriteLine(what + ": " + e.Message);
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine(what + ": InvalidOperationException: " + e.Message);
        }
    }

    static void Run(int step)
    {
        int? empty = null;
        switch (step)
        {
            case 0: Console.WriteLine(missing.Reading); break;
            case 1: missing.Reading = 3; break;
            case 2: Console.WriteLine(missing.Twice()); break;
            case 3: Console.WriteLine(missing.Name.Length); break;
            case 4: Console.WriteLine(noText.Trim()); break;
            case 5: Console.WriteLine(noList.Count); break;
            case 6: noList.Add(1); break;
            case 7: Console.WriteLine(empty.Value); break;
            case 8: Console.WriteLine((int)empty + 1); break;
            case 9: Console.WriteLine(missing?.Name ?? "no sensor"); break;
            case 10: Console.WriteLine(empty.GetValueOrDefault() + (empty ?? 5)); break;
            default: throw null;
        }
    }

    static void Main()
    {
        string[] what = { "field", "field store", "method", "member of member", "string method", "list count", "list add", "Value", "cast", "?. and ??", "defaults", "throw null" };
        for (int step = 0; step < what.Length; step++) Report(what[step], step);
    }
}
