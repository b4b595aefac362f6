using System;

static class RangeAnalysisStress
{
    static int[] data = { int.MaxValue, int.MinValue, 1, -1, 46341, 65536 };

    static int Grow(int start, int times)
    {
        int x = start;
        for (int i = 0; i < times; i++) x = x * 3 + 1;
        return x;
    }

    static void Main()
    {
        for (int i = 0; i < 100000; i += 24999)
        {
            int sq = i * i;
            int cube = i * i * i;
            long wide = (long)i * i;
            Console.WriteLine(i + " " + sq + " " + cube + " " + wide);
        }
        Console.WriteLine(Grow(1, 10) + " " + Grow(1, 25) + " " + Grow(-7, 30));
        int y = 1;
        while (y > 0) y += y;
        Console.WriteLine(y);
        int z = 100;
        if (data[0] > 0) z = data[0];
        z += 1;
        Console.WriteLine(z);
        int a = 0;
        for (int i = 0; i < 10; i++)
        {
            a += 400000000;
            if (i % 3 == 0) Console.Write(a + " ");
        }
        Console.WriteLine();
        int b = 5;
        for (int i = 0; i < 40; i++) b <<= 1;
        Console.WriteLine(b);
        int c = 1;
        for (int i = 0; i < 33; i++) c = c * 2;
        Console.WriteLine(c);
        short s = 1;
        for (int i = 0; i < 20; i++) s = (short)(s * 3);
        Console.WriteLine(s);
        int m = 0;
        foreach (int d in data) m += d;
        Console.WriteLine(m);
        int prod = 1;
        foreach (int d in data) prod *= d;
        Console.WriteLine(prod);
        int k = 7;
        int branch = k > 5 ? int.MaxValue : 0;
        branch += k;
        Console.WriteLine(branch);
        int neg = -1;
        for (int i = 0; i < 31; i++) neg *= 2;
        Console.WriteLine(neg + " " + (neg - 1) + " " + -neg);
        int idx = 0;
        int[] arr = new int[5];
        for (int i = 0; i < 5; i++) { idx = (idx + 3) % 5; arr[idx] = i * 1000000000; }
        Console.WriteLine(string.Join(",", arr));
        int len = "hello".Length;
        int lenProduct = len * 1000000000;
        Console.WriteLine(lenProduct);
        int mask = data[2] & 0xFF;
        int shifted = mask << 24;
        Console.WriteLine(shifted + " " + ((data[3] & 0xFF) << 24));
        uint u = 1;
        for (int i = 0; i < 35; i++) u += u;
        Console.WriteLine(u);
        long l = 1;
        for (int i = 0; i < 70; i++) l *= 2;
        Console.WriteLine(l);
        int countdown = int.MinValue + 3;
        for (int i = 0; i < 6; i++) countdown--;
        Console.WriteLine(countdown);
        int j = 0;
        do { j += 1000000000; } while (j > 0);
        Console.WriteLine(j);
        int fib1 = 0, fib2 = 1;
        for (int i = 0; i < 50; i++)
        {
            int t = fib1 + fib2;
            fib1 = fib2;
            fib2 = t;
        }
        Console.WriteLine(fib1 + " " + fib2);
        int acc = 0;
        for (int i = 0; i < 3; i++)
            for (int q = 0; q < 3; q++)
                acc = acc * 1000 + i * q + int.MaxValue / 2;
        Console.WriteLine(acc);
        byte by = 0;
        for (int i = 0; i < 1000; i++) by += 7;
        Console.WriteLine(by);
        char ch = 'a';
        for (int i = 0; i < 70000; i += 7000) ch += (char)7000;
        Console.WriteLine((int)ch);
    }
}
