using System;

static class NestedLoopsBreakContinue
{
    static void Main()
    {
        for (int i = 0; i < 5; i++)
        {
            for (int j = 0; j < 5; j++)
            {
                if (j > i) break;
                if ((i + j) % 2 == 1) continue;
                Console.Write("(" + i + "," + j + ")");
            }
            if (i == 3) continue;
            Console.Write("|");
        }
        Console.WriteLine();
        int found = -1;
        for (int i = 2; i < 50 && found < 0; i++)
        {
            bool prime = true;
            for (int d = 2; d * d <= i; d++)
            {
                if (i % d == 0) { prime = false; break; }
            }
            if (!prime) continue;
            if (i > 40) found = i;
        }
        Console.WriteLine(found);
        int count = 0;
        int a = 0;
        while (a < 4)
        {
            a++;
            int b = 0;
            do
            {
                b++;
                if (b == 2) continue;
                for (int c = 0; c < 3; c++)
                {
                    if (c == 1) continue;
                    count++;
                }
            } while (b < 3);
            if (a == 2) continue;
            count += 100;
        }
        Console.WriteLine(count);
        int[][] grid = { new int[] { 1, 2, 3 }, new int[] { 4, -5, 6 }, new int[] { 7, 8, 9 } };
        bool negativeFound = false;
        foreach (int[] row in grid)
        {
            foreach (int cell in row)
            {
                if (cell < 0) { negativeFound = true; break; }
                Console.Write(cell + " ");
            }
            if (negativeFound) break;
        }
        Console.WriteLine();
        string[] words = { "alpha", "beta", "gamma", "delta" };
        foreach (string w in words)
        {
            foreach (char c in w)
            {
                if (c == 'a') continue;
                if (c == 'm') break;
                Console.Write(c);
            }
            Console.Write(' ');
        }
        Console.WriteLine();
        int total = 0;
        for (int i = 0; i < 3; i++)
            for (int j = 0; j < 3; j++)
                for (int k = 0; k < 3; k++)
                {
                    if (k == j) continue;
                    if (j == 2) break;
                    total += i * 9 + j * 3 + k;
                }
        Console.WriteLine(total);
    }
}
