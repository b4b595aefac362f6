// expect: MCU0007
using System;

static class RefuseCompareTo
{
    static void Main()
    {
        string a = "apple";
        Console.WriteLine(a.CompareTo("Banana") < 0 ? "before" : "after");
    }
}
