// expect: MCU0001
using System;

// int.Equals(object) also compares the boxed types: 5.Equals(5L) is false although 5 == 5L.
static class Program
{
    static void Main()
    {
        object other = 5L;
        Console.WriteLine(5.Equals(other));
    }
}
