// Local functions: recursive and mutually recursive, static, capturing locals and parameters (and changing them),
// called before their declaration, iterators, optional parameters, in loops (called directly), used as delegates.
using System;
using System.Collections.Generic;

static class Program
{
    static int Ackermann(int m, int n)
    {
        return A(m, n);
        static int A(int m, int n) => m == 0 ? n + 1 : n == 0 ? A(m - 1, 1) : A(m - 1, A(m, n - 1));
    }

    static string Describe(int n, string unit = "ms")
    {
        string Format(int value, int width = 5) => value.ToString().PadLeft(width) + unit;
        return Format(n) + "|" + Format(n * 2, 2);
    }

    static List<int> Collatz(int start)
    {
        var steps = new List<int>();
        Walk(start);
        return steps;
        void Walk(int n)
        {
            steps.Add(n);
            if (n == 1) return;
            Walk(n % 2 == 0 ? n / 2 : 3 * n + 1);
        }
    }

    static void Main()
    {
        Console.WriteLine(Ackermann(2, 3) + " " + Describe(42) + " " + string.Join(",", Collatz(6)));
        Console.WriteLine(IsEven(11) + " " + IsOdd(11));
        bool IsEven(int n) => n == 0 ? true : IsOdd(n - 1);
        bool IsOdd(int n) => n == 0 ? false : IsEven(n - 1);

        int calls = 0;
        int best = int.MinValue;
        void Consider(int x) { calls++; if (x > best) best = x; }
        foreach (var x in new[] { 3, -1, 9, 4 }) Consider(x);
        Console.WriteLine(calls + " " + best);

        var lines = new List<string>();
        for (int i = 0; i < 3; i++)
        {
            int square = i * i;
            string Line() => "row" + i + "=" + square;
            lines.Add(Line());
        }
        Console.WriteLine(string.Join(" ", lines));

        IEnumerable<int> Countdown(int from) { while (from > 0) yield return from--; }
        Console.WriteLine(string.Join(",", Countdown(4)) + " " + string.Join(",", Countdown(2)));
        Func<int, int> twice = Twice;
        Console.WriteLine(twice(21) + " " + Twice(4));
        static int Twice(int x) => 2 * x;
        int Fib(int n) { if (n < 2) return n; return Fib(n - 1) + Fib(n - 2); }
        Func<int, int> fib = Fib;
        Console.WriteLine(fib(15));
    }
}
