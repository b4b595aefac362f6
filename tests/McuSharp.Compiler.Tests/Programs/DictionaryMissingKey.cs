using System;
using System.Collections.Generic;

static class DictionaryMissingKey
{
    static void Main()
    {
        Dictionary<string, int> d = new Dictionary<string, int>();
        d["present"] = 1;
        Console.WriteLine(d["present"]);
        Console.WriteLine("next: d[\"absent\"] throws KeyNotFoundException");
        Console.WriteLine(d["absent"]);
        Console.WriteLine("not reached");
    }
}
