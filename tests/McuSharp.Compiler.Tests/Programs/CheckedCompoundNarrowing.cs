using System;

static class CheckedCompoundNarrowing
{
    static void Main()
    {
        short s = 30000;
        checked { s += 2767; }
        Console.WriteLine(s);
        byte b = 250;
        checked { b += 5; }
        Console.WriteLine(b);
        unchecked { b += 5; }
        Console.WriteLine(b);
        Console.WriteLine("next: checked short += overflows");
        checked { s += 1; }
        Console.WriteLine(s);
        Console.WriteLine("not reached");
    }
}
