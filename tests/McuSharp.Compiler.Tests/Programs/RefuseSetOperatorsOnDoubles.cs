// expect: MCU0001
using System;
using System.Linq;

// .NET's set operators find NaN equal to NaN (double.Equals); Python's sets and == do not.
static class Program
{
    static void Main()
    {
        var a = new[] { 1.0, double.NaN };
        Console.WriteLine(a.Union(new[] { double.NaN }).Count());
    }
}
