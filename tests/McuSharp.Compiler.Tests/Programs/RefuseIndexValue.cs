// expect: MCU0001
using System;

// An Index kept in a variable: the device has no Index type; write ^n inside the brackets.
static class Program
{
    static void Main()
    {
        Index last = ^1;
        Console.WriteLine("abc"[last]);
    }
}
