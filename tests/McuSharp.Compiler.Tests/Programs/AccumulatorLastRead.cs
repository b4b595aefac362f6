using System;

// Accumulators that overflow, read after their loop: once (the last use), twice, inside a later loop, from a
// lambda, and updated again after a read; each read must see C#'s wrapped value.
static class Program
{
    static int Once()
    {
        int sum = 0;
        for (int i = 0; i < 100; i++) sum += int.MaxValue / 7 * (i % 5);
        return sum;
    }

    static void Main()
    {
        Console.WriteLine(Once());
        int a = 0;
        for (int i = 0; i < 50; i++) a += 1_000_000_007;
        Console.WriteLine(a);
        Console.WriteLine(a + 1);
        long b = 0;
        for (int i = 0; i < 30; i++) b += long.MaxValue / 3;
        for (int k = 0; k < 2; k++) Console.WriteLine(b + " " + k);
        int c = 0;
        for (int i = 0; i < 40; i++) c += 123_456_789;
        Func<int> later = () => c;
        Console.WriteLine(later());
        int d = 0;
        for (int i = 0; i < 40; i++) d += 234_567_891;
        Console.WriteLine(d);
        for (int i = 0; i < 40; i++) d += 345_678_912;
        Console.WriteLine(d);
    }
}
