using System;

static class DoWhileContinue
{
    static void Main()
    {
        int i = 0;
        do
        {
            i++;
            if (i % 2 == 0) continue;
            Console.Write(i + " ");
        } while (i < 10);
        Console.WriteLine();
        int n = 100;
        do { n++; } while (n < 5);
        Console.WriteLine(n);
        int count = 0;
        do
        {
            count++;
            if (count == 3) continue;
            if (count == 7) break;
            Console.Write(count + ",");
        } while (count < 10);
        Console.WriteLine(" count=" + count);
        int reversed = 0, value = 12345;
        do
        {
            reversed = reversed * 10 + value % 10;
            value /= 10;
        } while (value != 0);
        Console.WriteLine(reversed);
        int zero = 0;
        string digits = "";
        do
        {
            digits = (char)('0' + zero % 10) + digits;
            zero /= 10;
        } while (zero > 0);
        Console.WriteLine(digits);
        int tries = 0;
        int seed = 7;
        do
        {
            seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF;
            tries++;
            if (seed % 5 != 0) continue;
            Console.WriteLine("hit " + seed + " after " + tries);
        } while (seed % 7 != 0 && tries < 50);
        Console.WriteLine("tries=" + tries);
        int outer = 0;
        do
        {
            int inner = 0;
            do
            {
                inner++;
                if (inner == 2) continue;
                Console.Write(outer * 10 + inner + " ");
            } while (inner < 3);
            outer++;
        } while (outer < 3);
        Console.WriteLine();
    }
}
