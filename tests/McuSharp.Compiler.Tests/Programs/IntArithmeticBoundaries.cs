using System;

static class IntArithmeticBoundaries
{
    static int Add(int a, int b) { return a + b; }
    static int Sub(int a, int b) { return a - b; }
    static int Mul(int a, int b) { return a * b; }
    static int Neg(int a) { return -a; }

    static void Main()
    {
        int max = int.MaxValue;
        int min = int.MinValue;
        Console.WriteLine(max);
        Console.WriteLine(min);
        Console.WriteLine(max + 1);
        Console.WriteLine(min - 1);
        Console.WriteLine(max + max);
        Console.WriteLine(min + min);
        Console.WriteLine(max * 2);
        Console.WriteLine(max * max);
        Console.WriteLine(min * min);
        Console.WriteLine(min * -1);
        Console.WriteLine(-min);
        Console.WriteLine(Neg(min));
        Console.WriteLine(Add(max, 1));
        Console.WriteLine(Sub(min, 1));
        Console.WriteLine(Mul(65536, 65536));
        Console.WriteLine(Mul(46341, 46341));
        Console.WriteLine(Mul(-46341, 46341));
        Console.WriteLine(Mul(123456789, 987654321));
        int x = max;
        x++;
        Console.WriteLine(x);
        x--;
        Console.WriteLine(x);
        x += 10;
        Console.WriteLine(x);
        x -= 20;
        Console.WriteLine(x);
        x *= 3;
        Console.WriteLine(x);
        int y = 0;
        y -= 1;
        Console.WriteLine(y);
        y = min;
        y--;
        Console.WriteLine(y);
        int z = 1;
        for (int i = 0; i < 40; i++)
        {
            z *= 3;
            if (i % 5 == 4) Console.WriteLine(i + ": " + z);
        }
        int sum = 0;
        for (int i = 0; i < 100; i++) sum += 50000000;
        Console.WriteLine(sum);
        Console.WriteLine(unchecked(max + 1) == min);
        Console.WriteLine((max + 1) < 0);
        Console.WriteLine(max + 1 > max);
        long widened = (long)max + 1;
        Console.WriteLine(widened);
        long notWidened = max + 1;
        Console.WriteLine(notWidened);
        Console.WriteLine(0 - min);
        Console.WriteLine(~min);
        Console.WriteLine(~max);
        Console.WriteLine(~0);
        Console.WriteLine(-0);
    }
}
