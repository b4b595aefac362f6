using System;

// Parameter ranges come from every call site, field initializers included; square conditions narrow only while
// the square cannot wrap. Each case would print something else if a fact were wrong.
public static class RangeFlowCallsAndSquares
{
    static readonly int FromInitializer = Half(-9);

    static int Half(int n) => n / 2;

    static int Scale(int n) => n * 100000;

    static int Depth(int n) => n <= 0 ? n : Depth(n - 3);

    static int Index(int[] items, int at) => items[at];

    public static void Main()
    {
        Console.WriteLine(FromInitializer + " " + Half(7) + " " + Half(-7));
        int total = 0;
        for (int r = 0; r < 3; r++) total += Scale(r);
        Console.WriteLine(total + " " + Scale(30000));
        Console.WriteLine(Depth(10) + " " + Depth(-4));

        int i = 46339, steps = 0;
        while (i * i <= 2147483646 && steps < 10) { i++; steps++; }
        Console.WriteLine(i + " " + steps + " " + i * i);

        int k = 2, roots = 0;
        while (k * k < 200) { roots += k; k++; }
        Console.WriteLine(k + " " + roots);

        int[] items = { 5, 6, 7 };
        Console.WriteLine(Index(items, 2));
        Console.WriteLine(Index(items, -1));
    }
}
