using System;

static class AssignmentExpressions
{
    static int source = 5;
    static int lastSeen;

    static int Next() { return source--; }

    static void Main()
    {
        int a, b, c;
        a = b = c = 7;
        Console.WriteLine(a + " " + b + " " + c);
        int n;
        int total = 0;
        while ((n = Next()) > 0) total += n;
        Console.WriteLine(total + " " + n);
        int x = 3;
        int y = (x = x * 2) + x;
        Console.WriteLine(x + " " + y);
        int z = 10;
        int w = (z += 5) * 2;
        Console.WriteLine(z + " " + w);
        int big = int.MaxValue;
        int wrapped = (big += 1);
        Console.WriteLine(big + " " + wrapped);
        Console.WriteLine(lastSeen = 42);
        Console.WriteLine(lastSeen);
        string s = "a";
        string t = (s += "b") + "!";
        Console.WriteLine(s + " " + t);
        long l = 1;
        long m = (l <<= 40);
        Console.WriteLine(l + " " + m);
        double d = 1.5;
        double e = (d *= 3);
        Console.WriteLine(d + " " + e);
        byte by = 250;
        int sum = (by += 10) + 0;
        Console.WriteLine(by + " " + sum);
        char ch = 'a';
        char next = ch++;
        char after = ++ch;
        Console.WriteLine(ch + " " + next + " " + after);
        int i = 0;
        int[] arr = new int[3];
        arr[i] = i = 2;
        Console.WriteLine(arr[0] + " " + arr[2] + " " + i);
        int p, q;
        p = (q = 4) * (q = 5);
        Console.WriteLine(p + " " + q);
        bool flag;
        if ((flag = x > 5) && (total = 0) == 0) Console.WriteLine("flag " + flag + " total " + total);
        int k = 0;
        int r = k++ + k++ * ++k;
        Console.WriteLine(k + " " + r);
        int u = 5;
        u = u++ * 2 + u;
        Console.WriteLine(u);
        int[] slots = new int[6];
        int j = 1;
        slots[j] += (j = 3);
        slots[j] = j++;
        slots[Next() + 1] = Next();
        Console.WriteLine(string.Join(",", slots) + " j=" + j);
        System.Collections.Generic.List<int> items = new System.Collections.Generic.List<int> { 0, 0, 0 };
        int m2 = 0;
        items[m2] = ++m2;
        items[m2] += m2++ * 10;
        Console.WriteLine(string.Join(",", items) + " m2=" + m2);
        uint ui = 0;
        uint prev = ui--;
        Console.WriteLine(prev + " " + ui);
    }
}
