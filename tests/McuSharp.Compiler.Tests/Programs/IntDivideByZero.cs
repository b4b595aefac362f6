using System;

static class IntDivideByZero
{
    static int Average(int total, int count) { return total / count; }

    static void Main()
    {
        Console.WriteLine(Average(10, 2));
        Console.WriteLine(Average(-10, 3));
        Console.WriteLine(10.0 / 0);
        Console.WriteLine("next: integer division by zero throws DivideByZeroException");
        Console.WriteLine(Average(10, 0));
        Console.WriteLine("not reached");
    }
}
