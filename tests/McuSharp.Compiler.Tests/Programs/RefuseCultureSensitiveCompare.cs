// expect: MCU0007
using System;

static class RefuseCultureSensitiveCompare
{
    static void Main()
    {
        string a = "apple", b = "Banana";
        Console.WriteLine(string.Compare(a, b));
    }
}
