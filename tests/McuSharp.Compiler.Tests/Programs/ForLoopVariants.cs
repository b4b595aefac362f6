using System;
using System.Collections.Generic;

static class ForLoopVariants
{
    static void Main()
    {
        for (int i = 0; i < 10; i++)
        {
            if (i % 3 == 0) continue;
            Console.Write(i + " ");
        }
        Console.WriteLine();
        int j;
        for (j = 0; j < 5; j += 2)
        {
            if (j == 2) continue;
            Console.Write(j + " ");
        }
        Console.WriteLine("after: " + j);
        for (int i = 10; i > 0; i--) Console.Write(i + " ");
        Console.WriteLine();
        for (int i = 10; i >= 0; i -= 3) Console.Write(i + " ");
        Console.WriteLine();
        for (int i = 1; i <= 5; i++) Console.Write(i + " ");
        Console.WriteLine();
        for (int i = 0; i <= 20; i += 5) Console.Write(i + " ");
        Console.WriteLine();
        int n = 4;
        for (int i = n; i >= -n; i -= 2) Console.Write(i + " ");
        Console.WriteLine();
        for (int i = 0, k = 10; i < k; i++, k--) Console.Write(i + ":" + k + " ");
        Console.WriteLine();
        int limit = 5;
        for (int i = 0; i < limit; i++)
        {
            if (i == 2) limit = 8;
            Console.Write(i + " ");
        }
        Console.WriteLine();
        for (int i = 0; i < 10; i++)
        {
            if (i == 3) i += 3;
            Console.Write(i + " ");
        }
        Console.WriteLine();
        int x = 0;
        for (; ; )
        {
            x++;
            if (x > 4) break;
        }
        Console.WriteLine(x);
        for (int i = 100; i < 10; i++) Console.WriteLine("never");
        for (int i = int.MaxValue - 3; i < int.MaxValue; i++) Console.Write(i + " ");
        Console.WriteLine();
        for (int i = int.MinValue + 2; i > int.MinValue; i--) Console.Write(i + " ");
        Console.WriteLine();
        for (long i = 1; i < 1000000000000L; i *= 100) Console.Write(i + " ");
        Console.WriteLine();
        for (int i = 1; i < 1000; i *= 3) Console.Write(i + " ");
        Console.WriteLine();
        List<int> items = new List<int> { 1, 2, 3 };
        for (int i = 0; i < items.Count; i++)
        {
            if (items[i] == 2) items.Add(99);
            Console.Write(items[i] + " ");
        }
        Console.WriteLine();
        List<int> grow = new List<int> { 1, 2 };
        List<int> alias = grow;
        for (int i = 0; i < grow.Count; i++)
        {
            if (grow[i] < 4) alias.Add(grow[i] + 2);
            Console.Write(grow[i] + " ");
        }
        Console.WriteLine();
        string s = "abc";
        for (int i = 0; i < s.Length; i++)
        {
            if (i == 0) s += "d";
            Console.Write(s[i]);
        }
        Console.WriteLine();
        int sum = 0;
        for (int i = 0; i < 10; i++)
        {
            if (i % 2 == 0) continue;
            for (int k = 0; k < i; k++)
            {
                if (k > 2) break;
                sum += k;
            }
        }
        Console.WriteLine(sum);
        double total = 0;
        for (double d = 0; d < 1; d += 0.1) total += d;
        Console.WriteLine(total);
        for (char c = 'a'; c < 'f'; c += (char)2) Console.Write(c);
        Console.WriteLine();
        for (byte b = 250; b != 4; b++) Console.Write(b + " ");
        Console.WriteLine();
        int[] arr = { 5, 4, 3 };
        for (int i = arr.Length - 1; i >= 0; i--) Console.Write(arr[i]);
        Console.WriteLine();
        int m = 3;
        for (int i = 0; i < m * 2; i++) Console.Write(i);
        Console.WriteLine();
        for (int i = -3; i < 3; i++) Console.Write(i * i + " ");
        Console.WriteLine();
    }
}
