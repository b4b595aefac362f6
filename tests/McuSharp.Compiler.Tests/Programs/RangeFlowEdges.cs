using System;

// Cases where a wrong range fact would drop a needed wrap, sign fix-up or index check: each prints what C# computes.
public static class RangeFlowEdges
{
    static int Pick(bool flag) => flag ? 7 : -7;

    public static void Main()
    {
        int[] a = { 10, 20, 30, 40 };

        // A branch joins a positive and a negative value: the division must still truncate toward zero.
        int x = Pick(true) > 0 ? 5 : 0;
        if (Pick(false) < 0) x = -5;
        Console.WriteLine(x / 2 + " " + x % 2);

        // Counting down past zero inside a loop, then using the counter after the loop.
        int j = 3;
        while (j >= 0 && a[j] > 15) j--;
        Console.WriteLine(j + " " + (j - 1) / 2);

        // A counter that starts small and grows past int.MaxValue inside a loop.
        int big = int.MaxValue - 3;
        for (int k = 0; k < 6; k++) big++;
        Console.WriteLine(big);

        // Nested loops writing the same variable.
        int s = 0;
        for (int i = 0; i < 4; i++)
            for (int m = 0; m < 3; m++)
                s = s * 1000003 + i - m;
        Console.WriteLine(s);

        // do/while with continue: the condition is tested after a continue.
        int n = 0, hits = 0;
        do
        {
            n += 3;
            if (n % 2 == 0) continue;
            hits++;
        } while (n < 20);
        Console.WriteLine(n + " " + hits);

        // break carries the state out of the loop.
        int found = -1;
        for (int i = 0; i < a.Length; i++)
        {
            if (a[i] == 30) { found = i; break; }
        }
        Console.WriteLine(found + " " + (found - 5) / 3);

        // switch sections join.
        int v = 0;
        switch (found)
        {
            case 2: v = -100; break;
            case 3: v = 100; break;
        }
        Console.WriteLine(v / 7 + " " + v % 7);

        // || : the right side runs only when the left is false.
        int idx = -1;
        Console.WriteLine(idx < 0 || a[idx] > 0);
        idx = 1;
        Console.WriteLine(idx < 0 || a[idx] > 0);

        // Values written inside an expression.
        int w = 2;
        int r = a[w] + (w = -1) + w / 2;
        Console.WriteLine(r + " " + w);

        // A loop whose variable wraps below zero: the index must still be checked.
        short countdown = 2;
        int total = 0;
        while (countdown > -3) { total += countdown * 3 / 2; countdown--; }
        Console.WriteLine(total);

        // Unsigned wrap inside a loop.
        uint u = 2;
        for (int i = 0; i < 4; i++) u -= 1;
        Console.WriteLine(u);

        // The last index of an array after a search; a negative one throws.
        int last = -1;
        for (int i = 0; i < a.Length; i++) if (a[i] > 100) last = i;
        Console.WriteLine(last);
        Console.WriteLine(a[last]);
    }
}
