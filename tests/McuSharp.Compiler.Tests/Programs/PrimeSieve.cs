using System;
using System.Collections.Generic;

static class PrimeSieve
{
    static List<int> Sieve(int limit)
    {
        bool[] composite = new bool[limit + 1];
        List<int> primes = new List<int>();
        for (int i = 2; i <= limit; i++)
        {
            if (composite[i]) continue;
            primes.Add(i);
            for (long j = (long)i * i; j <= limit; j += i) composite[j] = true;
        }
        return primes;
    }

    static bool IsPrime(long n)
    {
        if (n < 2) return false;
        if (n % 2 == 0) return n == 2;
        for (long d = 3; d * d <= n; d += 2) if (n % d == 0) return false;
        return true;
    }

    static void Main()
    {
        List<int> primes = Sieve(2000);
        Console.WriteLine(primes.Count);
        Console.WriteLine(primes[0] + " " + primes[primes.Count - 1]);
        for (int i = 0; i < 25; i++) Console.Write(primes[i] + " ");
        Console.WriteLine();
        int twin = 0;
        for (int i = 1; i < primes.Count; i++) if (primes[i] - primes[i - 1] == 2) twin++;
        Console.WriteLine("twins " + twin);
        long sum = 0;
        foreach (int p in primes) sum += p;
        Console.WriteLine(sum);
        long[] candidates = { 1, 2, 97, 561, 7919, 2147483647, 1000003, 998244353, -7 };
        foreach (long c in candidates) Console.Write(IsPrime(c) + " ");
        Console.WriteLine();
        int n = 360;
        string factors = "";
        for (int d = 2; n > 1; d++)
        {
            while (n % d == 0)
            {
                factors += d + " ";
                n /= d;
            }
        }
        Console.WriteLine(factors.TrimEnd());
    }
}
