using System;

static class MathAbsOverflow
{
    static void Main()
    {
        int[] values = { -5, 0, int.MaxValue, -int.MaxValue };
        foreach (int v in values) Console.WriteLine(Math.Abs(v));
        int min = int.MinValue;
        Console.WriteLine("next: Math.Abs(int.MinValue) throws OverflowException");
        Console.WriteLine(Math.Abs(min));
        Console.WriteLine("not reached");
    }
}
