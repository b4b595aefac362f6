using System;
using System.Collections.Generic;

static class ListIndexOutOfRange
{
    static void Main()
    {
        List<int> list = new List<int> { 1, 2, 3 };
        Console.WriteLine(list[2]);
        list.RemoveAt(2);
        Console.WriteLine(list.Count);
        Console.WriteLine("next: list[2] throws ArgumentOutOfRangeException");
        Console.WriteLine(list[2]);
        Console.WriteLine("not reached");
    }
}
