using System;
using System.Collections.Generic;

static class DictionaryDuplicateAdd
{
    static void Main()
    {
        Dictionary<int, string> d = new Dictionary<int, string>();
        d.Add(1, "one");
        d[1] = "uno";
        Console.WriteLine(d[1]);
        Console.WriteLine("next: Add(1, ...) throws ArgumentException");
        d.Add(1, "again");
        Console.WriteLine("not reached");
    }
}
