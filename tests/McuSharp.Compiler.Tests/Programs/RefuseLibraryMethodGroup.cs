// expect: MCU0015
using System;
using System.Collections.Generic;

static class RefuseLibraryMethodGroup
{
    static void Main()
    {
        var names = new List<string> { "a", "b" };
        names.ForEach(Console.WriteLine);
    }
}
