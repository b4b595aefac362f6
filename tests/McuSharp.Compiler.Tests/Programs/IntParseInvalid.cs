using System;

static class IntParseInvalid
{
    static void Main()
    {
        Console.WriteLine(int.Parse("123"));
        Console.WriteLine(int.Parse(" -7 "));
        Console.WriteLine("next: int.Parse(\"12a\") throws FormatException");
        Console.WriteLine(int.Parse("12a"));
        Console.WriteLine("not reached");
    }
}
