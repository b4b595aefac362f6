using System;

static class ArrayIndexOutOfRange
{
    static int Get(int[] a, int i) { return a[i]; }

    static void Main()
    {
        int[] a = { 10, 20, 30 };
        Console.WriteLine(Get(a, 0));
        Console.WriteLine(Get(a, 2));
        Console.WriteLine("next: a[-1] throws IndexOutOfRangeException");
        Console.WriteLine(Get(a, -1));
        Console.WriteLine("not reached");
    }
}
