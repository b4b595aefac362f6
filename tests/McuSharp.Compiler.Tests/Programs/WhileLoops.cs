using System;

static class WhileLoops
{
    static int Collatz(long n)
    {
        int steps = 0;
        while (n != 1)
        {
            if (n % 2 == 0) n /= 2;
            else n = 3 * n + 1;
            steps++;
        }
        return steps;
    }

    static int Gcd(int a, int b)
    {
        while (b != 0)
        {
            int t = a % b;
            a = b;
            b = t;
        }
        return a;
    }

    static void Main()
    {
        Console.WriteLine(Collatz(27));
        Console.WriteLine(Collatz(97));
        Console.WriteLine(Collatz(1));
        Console.WriteLine(Collatz(837799));
        Console.WriteLine(Gcd(48, 18) + " " + Gcd(-48, 18) + " " + Gcd(17, 5) + " " + Gcd(0, 9));
        int i = 0;
        while (true)
        {
            i++;
            if (i % 3 == 0) continue;
            if (i > 10) break;
            Console.Write(i + " ");
        }
        Console.WriteLine();
        int n = 1000;
        int digits = 0;
        while (n > 0) { n /= 10; digits++; }
        Console.WriteLine(digits);
        int a = 0, b = 1;
        while (b < 1000)
        {
            int t = a + b;
            a = b;
            b = t;
        }
        Console.WriteLine(a + " " + b);
        int guard = 0;
        while (guard < 0) guard++;
        Console.WriteLine(guard);
        long p = 1;
        int doublings = 0;
        while (p > 0) { p *= 2; doublings++; }
        Console.WriteLine(doublings + " " + p);
        int outer = 0;
        while (outer < 3)
        {
            int inner = 0;
            while (inner < outer)
            {
                Console.Write(outer + "" + inner + " ");
                inner++;
            }
            outer++;
        }
        Console.WriteLine();
    }
}
