using System;

static class MainReturnsInt
{
    static int Check(int value)
    {
        if (value < 0) return -1;
        return value % 2;
    }

    static int Main()
    {
        Console.WriteLine("checking");
        int failures = 0;
        for (int i = -2; i < 5; i++)
        {
            int r = Check(i);
            Console.WriteLine(i + " -> " + r);
            if (r < 0) failures++;
        }
        Console.WriteLine("failures: " + failures);
        return 0;
    }
}
