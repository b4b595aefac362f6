using System;
static class CheckedContexts
{
    static void Main()
    {
        int x = 5;
        checked
        {
            int a = -x;
            int b = x++;
            int c = ++x * 2;
            long d = (long)x * int.MaxValue;
            int e = (int)(d / 1000000000000L);
            x += 1;
            x <<= 2;
            byte by = (byte)x;
            uint u = (uint)x;
            int f = ~x;
            int g = x / 3 % 2;
            Console.WriteLine(a + " " + b + " " + c + " " + d + " " + e + " " + x + " " + by + " " + u + " " + f + " " + g);
            short s = 100;
            s += 100;
            s *= 100;
            Console.WriteLine(s);
            ushort us = 0;
            us++;
            Console.WriteLine(us);
            char ch = 'a';
            ch++;
            Console.WriteLine(ch);
        }
        uint big = 5;
        Console.WriteLine(checked(big - 3u));
        Console.WriteLine(unchecked(big - 6u));
    }
}
