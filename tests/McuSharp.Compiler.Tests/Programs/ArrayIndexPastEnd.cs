using System;

static class ArrayIndexPastEnd
{
    static void Main()
    {
        int[] a = new int[3];
        for (int i = 0; i <= a.Length; i++)
        {
            a[i] = i * 10;
            Console.WriteLine("stored " + a[i]);
        }
        Console.WriteLine("not reached");
    }
}
