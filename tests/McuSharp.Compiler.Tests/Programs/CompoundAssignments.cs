using System;
using System.Collections.Generic;

static class CompoundAssignments
{
    static int counter = 10;
    static long total;
    static string log = "";

    static void Bump(int by)
    {
        counter += by;
        total -= by;
        log += by;
        log += ',';
    }

    static void Main()
    {
        int x = 100;
        x += 5; Console.WriteLine(x);
        x -= 205; Console.WriteLine(x);
        x *= -3; Console.WriteLine(x);
        x /= 7; Console.WriteLine(x);
        x %= 6; Console.WriteLine(x);
        x = -x; x %= 4; Console.WriteLine(x);
        x <<= 3; Console.WriteLine(x);
        x >>= 1; Console.WriteLine(x);
        x |= 0x100; Console.WriteLine(x);
        x &= 0x1F0; Console.WriteLine(x);
        x ^= 0xFF; Console.WriteLine(x);
        x = -x; x >>>= 20; Console.WriteLine(x);

        double d = 1.5;
        d += 2; Console.WriteLine(d);
        d -= 0.25; Console.WriteLine(d);
        d *= 4; Console.WriteLine(d);
        d /= 3; Console.WriteLine(d);
        d %= 2; Console.WriteLine(d);
        d /= 0; Console.WriteLine(d);

        float f = 0.1f;
        f += 0.2f; Console.WriteLine(f);
        f *= 3; Console.WriteLine(f);
        f /= 7; Console.WriteLine(f);

        char c = 'a';
        c += (char)2; Console.WriteLine(c);
        c++; Console.WriteLine(c);
        c -= (char)32; Console.WriteLine(c);
        c--; Console.WriteLine(c);

        short s = 30000;
        s += 5000; Console.WriteLine(s);
        s -= 1; Console.WriteLine(s);
        s *= 2; Console.WriteLine(s);
        s /= 3; Console.WriteLine(s);

        byte b = 10;
        b -= 20; Console.WriteLine(b);
        b %= 7; Console.WriteLine(b);

        int[] arr = { 1, 2, 3 };
        arr[0] += 10;
        arr[1] *= arr[2];
        arr[2] -= int.MaxValue;
        arr[2] -= 10;
        Console.WriteLine(arr[0] + " " + arr[1] + " " + arr[2]);
        int k = 0;
        arr[k + 1] <<= 4;
        Console.WriteLine(arr[1]);

        List<int> list = new List<int> { 5, 6, 7 };
        list[0] += 100;
        list[1] %= 4;
        list[2] = list[2] * list[2];
        Console.WriteLine(list[0] + " " + list[1] + " " + list[2]);

        Dictionary<string, int> counts = new Dictionary<string, int>();
        counts["a"] = 1;
        counts["a"] += 41;
        counts["b"] = int.MaxValue;
        counts["b"] += 1;
        Console.WriteLine(counts["a"] + " " + counts["b"]);

        string text = "x";
        text += 1;
        text += 'y';
        text += 2.5;
        text += true;
        text += null;
        Console.WriteLine(text);

        long big = long.MaxValue;
        big += 1;
        Console.WriteLine(big);
        big -= 1;
        Console.WriteLine(big);

        uint u = 5;
        u -= 10;
        Console.WriteLine(u);
        u += 10;
        Console.WriteLine(u);
        u *= 0x10000;
        Console.WriteLine(u);

        Bump(3);
        Bump(-8);
        Bump(int.MaxValue);
        Console.WriteLine(counter + " " + total + " " + log);
    }
}
