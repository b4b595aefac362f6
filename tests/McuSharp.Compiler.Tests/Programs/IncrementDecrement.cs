using System;
using System.Collections.Generic;

static class IncrementDecrement
{
    static int next;

    static int Take() { return next++; }
    static int PreTake() { return ++next; }

    static void Main()
    {
        int i = 5;
        int x = i++ + ++i;
        Console.WriteLine(x + " " + i);
        x = i-- - --i;
        Console.WriteLine(x + " " + i);
        int a = 0;
        int b = a++;
        int c = ++a;
        Console.WriteLine(a + " " + b + " " + c);
        int d = a-- * 10 + a;
        Console.WriteLine(d + " " + a);
        Console.WriteLine(i++);
        Console.WriteLine(++i);
        Console.WriteLine(i--);
        Console.WriteLine(--i);
        Console.WriteLine(Take() + " " + Take() + " " + PreTake() + " " + next);
        int m = int.MaxValue;
        Console.WriteLine(m++);
        Console.WriteLine(m);
        Console.WriteLine(++m);
        int n = int.MinValue;
        Console.WriteLine(--n);
        Console.WriteLine(n--);
        Console.WriteLine(n);
        long l = long.MaxValue;
        Console.WriteLine(++l);
        byte by = 255;
        Console.WriteLine(by++);
        Console.WriteLine(by);
        Console.WriteLine(++by);
        sbyte sb = -128;
        Console.WriteLine(--sb);
        char ch = 'y';
        Console.WriteLine(ch++);
        Console.WriteLine(ch++);
        Console.WriteLine(ch);
        Console.WriteLine(--ch);
        double dd = 0.5;
        Console.WriteLine(dd++);
        Console.WriteLine(++dd);
        Console.WriteLine(dd--);
        float ff = 1.25f;
        ff++;
        Console.WriteLine(ff);
        int[] arr = new int[3];
        int idx = 0;
        arr[idx++] = 10;
        arr[idx++] = 20;
        arr[idx] = idx;
        Console.WriteLine(arr[0] + " " + arr[1] + " " + arr[2] + " " + idx);
        arr[0]++;
        arr[1]--;
        ++arr[2];
        Console.WriteLine(arr[0] + " " + arr[1] + " " + arr[2]);
        List<int> list = new List<int> { 1, 2 };
        list[0]++;
        list[1]--;
        Console.WriteLine(list[0] + " " + list[1]);
        Dictionary<char, int> freq = new Dictionary<char, int>();
        foreach (char letter in "hello world")
        {
            if (letter == ' ') continue;
            if (freq.ContainsKey(letter)) freq[letter]++;
            else freq[letter] = 1;
        }
        foreach (KeyValuePair<char, int> kv in freq) Console.Write(kv.Key + "=" + kv.Value + " ");
        Console.WriteLine();
        int j = 0;
        while (j++ < 5) Console.Write(j + " ");
        Console.WriteLine(j);
        int k = 10;
        while (--k > 5) Console.Write(k + " ");
        Console.WriteLine(k);
        int p = 3;
        p = p++;
        Console.WriteLine(p);
        p = ++p + p++;
        Console.WriteLine(p);
        int q = 1;
        q += q++;
        Console.WriteLine(q);
        q += ++q;
        Console.WriteLine(q);
    }
}
