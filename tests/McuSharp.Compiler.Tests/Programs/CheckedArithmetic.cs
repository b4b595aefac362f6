using System;

static class CheckedArithmetic
{
    static int SafeAdd(int a, int b) { return checked(a + b); }

    static void Main()
    {
        Console.WriteLine(SafeAdd(1, 2));
        Console.WriteLine(SafeAdd(int.MaxValue - 1, 1));
        Console.WriteLine(checked(1000 * 1000));
        int x = 1 << 30;
        Console.WriteLine(checked(x + (x - 1)));
        long big = long.MaxValue - 1;
        Console.WriteLine(checked(big + 1));
        byte b = 250;
        Console.WriteLine(checked((byte)(b + 5)));
        Console.WriteLine(unchecked((byte)(b + 10)));
        checked
        {
            int y = 5;
            y *= 1000;
            y -= 10000;
            Console.WriteLine(y);
        }
        Console.WriteLine(unchecked(int.MaxValue + x));
        Console.WriteLine("next: checked overflow throws");
        Console.WriteLine(SafeAdd(int.MaxValue, 1));
        Console.WriteLine("not reached");
    }
}
