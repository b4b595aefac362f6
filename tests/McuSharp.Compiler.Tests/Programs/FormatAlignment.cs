using System;

static class FormatAlignment
{
    static void Main()
    {
        Console.WriteLine("[{0,5}]", 42);
        Console.WriteLine("[{0,-5}]", 42);
        Console.WriteLine("[{0,5}]", "ab");
        Console.WriteLine("[{0,-5}]", "ab");
        Console.WriteLine("[{0,2}]", "toolong");
        Console.WriteLine("[{0,-2}]", "toolong");
        Console.WriteLine("[{0,8:F2}]", 3.14159);
        Console.WriteLine("[{0,-8:F2}]", 3.14159);
        Console.WriteLine("[{0,6:X}]", 255);
        Console.WriteLine("[{0,3}]", 'c');
        Console.WriteLine("[{0,-6}]", true);
        Console.WriteLine("{{ {0} }}", 1);
        Console.WriteLine("{{}}");
        Console.WriteLine("{0}{0}{1}{0}", "a", "b");
        Console.WriteLine("{1} before {0}", "first", "second");
        Console.WriteLine(string.Format("{0,-10}|{1,10}|", "left", "right"));
        Console.WriteLine(string.Format("{0} {1} {2} {3} {4}", 1, 2.5, "three", '4', false));
        int a = -7;
        Console.WriteLine($"[{a,4}] [{a,-4}] [{a,4:D3}] [{a,-6:X}]");
        string name = "Ada";
        Console.WriteLine($"[{name,10}] [{name,-10}]");
        Console.WriteLine($"{{{name}}}");
        string? nothing = null;
        Console.WriteLine($"[{nothing,4}]");
        Console.WriteLine(string.Format("[{0,4}]", nothing));
        Console.WriteLine(string.Format("{0,5}{1,5}{2,5}", 1, 22, 333));
        for (int i = 1; i <= 100; i *= 10) Console.WriteLine($"{i,5}|{i * i,-8}|");
    }
}
