// Range facts next to closures: a lambda can change what it captures at any call (a bound, a counter, a list), a
// method used as a delegate can get any argument, and an accumulator read by a lambda holds its wrapped value.
using System;
using System.Collections.Generic;

static class Program
{
    static int Inc(int x) => x + 1;
    static int Half(int x) => x / 2;

    static void Main()
    {
        Console.WriteLine(Inc(1) + " " + Half(10));
        Func<int, int> inc = Inc;
        Func<int, int> half = Half;
        Console.WriteLine(inc(int.MaxValue) + " " + half(-7));

        int n = 5;
        Action grow = () => n = int.MaxValue;
        grow();
        n++;
        Console.WriteLine(n);

        int bound = 3;
        Action raise = () => bound += 2;
        int trips = 0;
        for (int i = 0; i < bound; i++) { trips++; if (i == 0) raise(); }
        Console.WriteLine(trips + " " + bound);

        var items = new List<int> { 1, 2, 3 };
        Action add = () => items.Add(items.Count * 10);
        int visited = 0;
        for (int i = 0; i < items.Count; i++) { visited += items[i]; if (i < 2) add(); }
        Console.WriteLine(visited + " " + items.Count);

        int sum = 0;
        Func<int> peek = () => sum;
        var seen = new List<int>();
        for (int i = 0; i < 5; i++) { sum += 1_000_000_000; seen.Add(peek()); }
        Console.WriteLine(string.Join(",", seen) + " " + sum);

        byte small = 250;
        Func<int> widen = () => small + 10;
        small += 3;
        Console.WriteLine(widen() + " " + small);
        int k = 0;
        void Bump() { k += 1_500_000_000; }
        Bump(); Bump();
        Console.WriteLine(k);
    }
}
