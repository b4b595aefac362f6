using System;

static class IntMinDivMinusOne
{
    static int Divide(int a, int b) { return a / b; }

    static void Main()
    {
        Console.WriteLine(Divide(10, -1));
        Console.WriteLine(Divide(int.MinValue, 1));
        Console.WriteLine(Divide(int.MinValue + 1, -1));
        Console.WriteLine("next line throws OverflowException");
        Console.WriteLine(Divide(int.MinValue, -1));
        Console.WriteLine("not reached");
    }
}
