// Prime sieve (Eratosthenes): count the primes below a limit, a few times over.
namespace Bench;

public static class Sieve
{
    private const int Limit = 30000;
    private const int Rounds = 4;

    private static int CountPrimes(int limit)
    {
        var composite = new bool[limit + 1];
        for (int i = 2; i * i <= limit; i++)
        {
            if (composite[i]) continue;
            for (int j = i * i; j <= limit; j += i) composite[j] = true;
        }
        int count = 0;
        for (int i = 2; i <= limit; i++)
        {
            if (!composite[i]) count++;
        }
        return count;
    }

    public static void Main()
    {
        int total = 0;
        for (int r = 0; r < Rounds; r++) total += CountPrimes(Limit - r);
        Console.WriteLine("primes: " + total);
    }
}
