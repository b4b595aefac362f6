// expect: MCU0001
using System;

// Whether two equal strings are the same object depends on interning, which the device does its own way.
static class RefuseReferenceEqualsOnStrings
{
    static void Main()
    {
        string a = "ab";
        string b = "a" + "b".ToLower();
        Console.WriteLine(ReferenceEquals(a, b));
    }
}
