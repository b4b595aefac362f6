using System;

// Concatenations written as one format: literal percent signs, bools, chars, nulls, longs, doubles and enums
// between the values, and the shapes (two values, no literal) that stay `+`.
enum Mode { Off, On }

static class Program
{
    static string Maybe(int i) => i % 2 == 0 ? null : "odd";

    static void Main()
    {
        int n = 7;
        long big = long.MinValue;
        bool flag = true;
        char c = '%';
        string none = Maybe(2);
        string some = Maybe(3);
        double d = 0.1 + 0.2;
        Mode mode = Mode.On;
        Console.WriteLine("n=" + n + " %d %s %% 100% " + big + " flag " + flag + " c " + c + " none[" + none + "] some[" + some + "]");
        Console.WriteLine("d=" + d + ", mode=" + mode + ", sum=" + (n + 1) + ", not=" + !flag);
        Console.WriteLine(some + n);
        Console.WriteLine(n + "%");
        Console.WriteLine("(" + (n, "t") + ")");
        string s = "";
        for (int i = 0; i < 3; i++) s = s + i + "%" + (i * i) + ";";
        Console.WriteLine(s);
        Console.WriteLine($"interp {n}% {flag} {none}|{c}");
    }
}
