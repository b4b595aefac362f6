using System;

static class RecursionClassics
{
    static long Factorial(int n) { return n <= 1 ? 1 : n * Factorial(n - 1); }

    static int Fib(int n)
    {
        if (n < 2) return n;
        return Fib(n - 1) + Fib(n - 2);
    }

    static int Ackermann(int m, int n)
    {
        if (m == 0) return n + 1;
        if (n == 0) return Ackermann(m - 1, 1);
        return Ackermann(m - 1, Ackermann(m, n - 1));
    }

    static int Gcd(int a, int b) { return b == 0 ? a : Gcd(b, a % b); }

    static long Power(long b, int e)
    {
        if (e == 0) return 1;
        long half = Power(b, e / 2);
        return e % 2 == 0 ? half * half : half * half * b;
    }

    static void Hanoi(int n, char from, char to, char via)
    {
        if (n == 0) return;
        Hanoi(n - 1, from, via, to);
        Console.Write(from + ">" + to + " ");
        Hanoi(n - 1, via, to, from);
    }

    static string Binary(int n) { return n < 2 ? n.ToString() : Binary(n / 2) + (n % 2); }

    static bool IsPalindrome(string s, int lo, int hi)
    {
        if (lo >= hi) return true;
        if (s[lo] != s[hi]) return false;
        return IsPalindrome(s, lo + 1, hi - 1);
    }

    static int Depth(int n) { return n == 0 ? 0 : 1 + Depth(n - 1); }

    static void Main()
    {
        for (int i = 0; i <= 22; i++) Console.WriteLine(i + "! = " + Factorial(i));
        for (int i = 0; i <= 20; i++) Console.Write(Fib(i) + " ");
        Console.WriteLine();
        for (int m = 0; m <= 2; m++)
            for (int n = 0; n <= 3; n++)
                Console.Write("A(" + m + "," + n + ")=" + Ackermann(m, n) + " ");
        Console.WriteLine();
        Console.WriteLine(Ackermann(3, 3));
        Console.WriteLine(Gcd(1071, 462) + " " + Gcd(-12, 8));
        Console.WriteLine(Power(3, 39) + " " + Power(2, 63) + " " + Power(-2, 63) + " " + Power(7, 0));
        Hanoi(3, 'A', 'C', 'B');
        Console.WriteLine();
        Console.WriteLine(Binary(0) + " " + Binary(5) + " " + Binary(255) + " " + Binary(1024));
        Console.WriteLine(IsPalindrome("racecar", 0, 6) + " " + IsPalindrome("device", 0, 5));
        Console.WriteLine(Depth(150));
    }
}
