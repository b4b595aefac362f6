// expect: MCU0002
using System;

static class RefuseUnsupportedLibraryMember
{
    static void Main()
    {
        int[] values = { 3, 1, 2 };
        Console.WriteLine(Array.BinarySearch(values, 2));
    }
}
