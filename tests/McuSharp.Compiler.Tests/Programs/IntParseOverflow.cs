using System;

static class IntParseOverflow
{
    static void Main()
    {
        Console.WriteLine(int.Parse("2147483647"));
        Console.WriteLine(byte.Parse("200"));
        Console.WriteLine("next: byte.Parse(\"256\") throws OverflowException");
        Console.WriteLine(byte.Parse("256"));
        Console.WriteLine("not reached");
    }
}
