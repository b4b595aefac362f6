using System;
using System.Collections.Generic;

static class RangeFlowAdversarial
{
    static int shared = 10;
    static int[] table = { 3, 2000000000, -2000000000, 7 };

    static int Scale(int v) { return v * 1000; }
    static int Twice(int v) { return v + v; }
    static int PassThrough(int v) { return Scale(v); }
    static int Recurse(int n, int acc) { return n == 0 ? acc : Recurse(n - 1, acc * 3 + 1); }
    static void Bump() { shared *= 100000; }
    static int Square(int v) { return v * v; }

    static void Main()
    {
        Console.WriteLine(Scale(5) + " " + Scale(table[1]) + " " + PassThrough(3000000) + " " + Twice(int.MaxValue) + " " + Recurse(25, 1));
        for (int i = 0; i < 4; i++) Console.Write(Square(table[i]) + " ");
        Console.WriteLine();
        int x = table[0];
        if (x < 10)
        {
            x = int.MaxValue;
            x++;
        }
        Console.WriteLine(x);
        int y = table[2];
        if (y < 100) y *= 1000;
        Console.WriteLine(y);
        int z = 5;
        while (z < 100) z++;
        int big = z * 30000000;
        Console.WriteLine(z + " " + big);
        int w = 1;
        if (w > 0 && (w = table[1]) > 0) w += w;
        Console.WriteLine(w);
        int v = 0;
        for (int i = 0; i < 10; i++)
        {
            if (i == 5) { v = table[1]; continue; }
            v += 1;
        }
        Console.WriteLine(v + v);
        int u = 0;
        for (int i = 0; i < 100; i++)
        {
            u += 50000000;
            if (u > 1000000000) break;
        }
        Console.WriteLine(u * 2);
        int t = 1;
        do
        {
            t *= 7;
            if (t > 100) continue;
            t += 1;
        } while (t < 1000000000 && t > 0);
        Console.WriteLine(t + " " + (t + t));
        Bump();
        Bump();
        Console.WriteLine(shared + shared);
        int s = table[3];
        switch (s)
        {
            case 7: s = int.MaxValue; break;
            default: s = 0; break;
        }
        Console.WriteLine(s + 1);
        int r = table[0];
        if (r >= 0 && r < 10) Console.WriteLine(r * r * r * 1000000);
        int q = table[1];
        if (q != 0) Console.WriteLine(q + q);
        int p = 3;
        int pp = (p = table[1]) + p;
        Console.WriteLine(pp);
        int o = 1;
        while (o++ < 5) { }
        Console.WriteLine(o * 1000000000);
        int n = 10;
        int m = n > 5 ? table[1] : 0;
        Console.WriteLine(m + m);
        long l = 1;
        for (int i = 0; i < 62; i++) l += l;
        Console.WriteLine(l + l);
        char c = 'x';
        if (c > 'a') c = (char)(c + 65000);
        Console.WriteLine((int)c);
        int k = -5;
        int mod = k % 3;
        Console.WriteLine(mod * int.MaxValue);
        List<int> list = new List<int> { int.MaxValue };
        int fromList = list[0];
        if (fromList > 0) Console.WriteLine(fromList + 1);
        int idx = table.Length - 1;
        while (idx >= 0)
        {
            Console.Write(table[idx] + table[idx] + " ");
            idx--;
        }
        Console.WriteLine();
        int a = 0, b = 0;
        for (int i = 0; i < 3; i++)
        {
            int tmp = a;
            a = b + 1000000000;
            b = tmp + 1000000000;
        }
        Console.WriteLine(a + " " + b);
        int step = table[1];
        int acc = 0;
        for (int i = 0; i < 3; i++) acc += step;
        Console.WriteLine(acc);
        int neg = 0;
        for (int i = 10; i > 0; i--) neg -= 300000000;
        Console.WriteLine(neg);
        int e = 100;
        e = e * e * e * e * e;
        Console.WriteLine(e);
        int f = 46340;
        Console.WriteLine(f * f + " " + (f + 1) * (f + 1));
        int g = 0;
        if (table[0] == 3) g = 2000000000; else g = -2000000000;
        g += g;
        Console.WriteLine(g);
    }
}
