using System;

static class ArraysBasics
{
    static int[] MakeRange(int n)
    {
        int[] r = new int[n];
        for (int i = 0; i < n; i++) r[i] = i * i;
        return r;
    }

    static int Sum(int[] a)
    {
        int s = 0;
        for (int i = 0; i < a.Length; i++) s += a[i];
        return s;
    }

    static void Reverse(int[] a)
    {
        for (int i = 0, j = a.Length - 1; i < j; i++, j--)
        {
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    static void Main()
    {
        int[] zeros = new int[5];
        Console.WriteLine(zeros.Length + " " + zeros[0] + " " + zeros[4]);
        double[] dz = new double[2];
        Console.WriteLine(dz[1]);
        bool[] bz = new bool[2];
        Console.WriteLine(bz[0]);
        char[] cz = new char[1];
        Console.WriteLine((int)cz[0]);
        long[] lz = new long[3];
        Console.WriteLine(lz[2]);
        string[] sz = new string[2];
        Console.WriteLine("[" + sz[0] + "]");
        Console.WriteLine(sz[0] == null);
        int[] init = { 5, 3, 8 };
        Console.WriteLine(init.Length + " " + init[1]);
        int[] init2 = new int[] { 1, 2 };
        int[] init3 = new int[3] { 7, 8, 9 };
        Console.WriteLine(init2[1] + init3[2]);
        int[] sq = MakeRange(6);
        Console.WriteLine(string.Join(",", sq));
        Console.WriteLine(Sum(sq));
        Reverse(sq);
        Console.WriteLine(string.Join(",", sq));
        int[] alias = sq;
        alias[0] = -1;
        Console.WriteLine(sq[0]);
        int[] empty = new int[0];
        Console.WriteLine(empty.Length);
        int[] copy = new int[init.Length];
        for (int i = 0; i < init.Length; i++) copy[i] = init[i];
        copy[0] = 100;
        Console.WriteLine(init[0] + " " + copy[0]);
        int n = 3;
        int[] sized = new int[n * 2];
        Console.WriteLine(sized.Length);
        byte[] buffer = new byte[4];
        buffer[0] = 0xFF;
        buffer[1] = (byte)(buffer[0] + 1);
        Console.WriteLine(buffer[0] + " " + buffer[1]);
        int[] histogram = new int[10];
        int seed = 12345;
        for (int i = 0; i < 1000; i++)
        {
            seed = seed * 1103515245 + 12345;
            int bucket = ((seed >> 16) & 0x7FFF) % 10;
            histogram[bucket]++;
        }
        Console.WriteLine(string.Join(" ", histogram));
        int maxIndex = 0;
        for (int i = 1; i < histogram.Length; i++) if (histogram[i] > histogram[maxIndex]) maxIndex = i;
        Console.WriteLine(maxIndex);
        int[] primes = new int[20];
        int count = 0;
        for (int c = 2; count < primes.Length; c++)
        {
            bool isPrime = true;
            for (int p = 0; p < count && primes[p] * primes[p] <= c; p++)
                if (c % primes[p] == 0) { isPrime = false; break; }
            if (isPrime) primes[count++] = c;
        }
        Console.WriteLine(string.Join(" ", primes));
        int[] arr = { 1, 2, 3 };
        int idx = 0;
        arr[idx] = arr[idx + 1] + arr[idx + 2];
        Console.WriteLine(arr[0]);
        string[] strs = { "b", "a" };
        strs[0] += strs[1];
        Console.WriteLine(strs[0]);
    }
}
