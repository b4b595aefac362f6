using System;

static class InterpolationBasics
{
    static int counter = 3;

    static string Describe(int n) { return $"n={n}, twice={n * 2}, neg={-n}, parity={(n % 2 == 0 ? "even" : "odd")}"; }

    static void Main()
    {
        int i = 42;
        long l = -9000000000;
        double d = 2.5;
        float f = 1f / 3;
        bool b = true;
        char c = 'q';
        string s = "str";
        string? n = null;
        Console.WriteLine($"{i} {l} {d} {f} {b} {c} {s} [{n}]");
        Console.WriteLine($"{i + l} {d * 2} {c + 1} {(char)(c + 1)} {s.Length} {s.ToUpper()}");
        Console.WriteLine($"{{literal braces}} {i}{{{i}}}");
        Console.WriteLine($"{0.1 + 0.2}|{1e20}|{-0.0}|{double.NaN}|{1.0 / 0}");
        Console.WriteLine(Describe(7));
        Console.WriteLine(Describe(-10));
        Console.WriteLine($"{counter++} {counter} {++counter}");
        Console.WriteLine($"nested {$"inner {i}"} done");
        Console.WriteLine($"");
        Console.WriteLine($"no holes");
        string path = $@"C:\data\{s}.txt";
        Console.WriteLine(path);
        Console.WriteLine($"{uint.MaxValue} {ulong.MaxValue} {byte.MaxValue} {sbyte.MinValue} {short.MinValue} {ushort.MaxValue}");
        int x = 5, y = 3;
        Console.WriteLine($"{x} + {y} = {x + y}; {x} / {y} = {x / y}; {x} % {y} = {x % y}; {x}/{y} as double = {(double)x / y}");
        string table = "";
        for (int k = 1; k <= 3; k++) table += $"[{k}:{k * k}]";
        Console.WriteLine(table);
    }
}
