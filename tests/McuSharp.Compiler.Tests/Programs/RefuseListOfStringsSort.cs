// expect: MCU0007
using System;
using System.Collections.Generic;

static class RefuseListOfStringsSort
{
    static void Main()
    {
        List<string> names = new List<string> { "bob", "Alice", "carol" };
        names.Sort();
        Console.WriteLine(string.Join(",", names));
    }
}
