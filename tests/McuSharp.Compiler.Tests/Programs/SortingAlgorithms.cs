using System;
using System.Collections.Generic;

static class SortingAlgorithms
{
    static int comparisons;

    static void InsertionSort(int[] a)
    {
        for (int i = 1; i < a.Length; i++)
        {
            int key = a[i];
            int j = i - 1;
            while (j >= 0 && a[j] > key)
            {
                comparisons++;
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = key;
        }
    }

    static void QuickSort(int[] a, int lo, int hi)
    {
        if (lo >= hi) return;
        int pivot = a[lo + (hi - lo) / 2];
        int i = lo, j = hi;
        while (i <= j)
        {
            while (a[i] < pivot) { i++; comparisons++; }
            while (a[j] > pivot) { j--; comparisons++; }
            if (i <= j)
            {
                int t = a[i];
                a[i] = a[j];
                a[j] = t;
                i++;
                j--;
            }
        }
        QuickSort(a, lo, j);
        QuickSort(a, i, hi);
    }

    static void BubbleSort(List<double> list)
    {
        bool swapped = true;
        for (int pass = 0; swapped; pass++)
        {
            swapped = false;
            for (int i = 0; i < list.Count - 1 - pass; i++)
            {
                if (list[i] > list[i + 1])
                {
                    double t = list[i];
                    list[i] = list[i + 1];
                    list[i + 1] = t;
                    swapped = true;
                }
            }
        }
    }

    static int BinarySearch(int[] a, int target)
    {
        int lo = 0, hi = a.Length - 1;
        while (lo <= hi)
        {
            int mid = lo + (hi - lo) / 2;
            if (a[mid] == target) return mid;
            if (a[mid] < target) lo = mid + 1;
            else hi = mid - 1;
        }
        return ~lo;
    }

    static int[] Data()
    {
        int[] d = new int[40];
        int x = 7;
        for (int i = 0; i < d.Length; i++)
        {
            x = (x * 73 + 41) % 1009 - 500;
            d[i] = x;
        }
        return d;
    }

    static void Main()
    {
        int[] a = Data();
        Console.WriteLine(string.Join(" ", a));
        InsertionSort(a);
        Console.WriteLine(string.Join(" ", a));
        Console.WriteLine("comparisons " + comparisons);
        int[] b = Data();
        comparisons = 0;
        QuickSort(b, 0, b.Length - 1);
        Console.WriteLine(string.Join(" ", b));
        bool same = true;
        for (int i = 0; i < a.Length; i++) same &= a[i] == b[i];
        Console.WriteLine(same + " " + comparisons);
        Console.WriteLine(BinarySearch(a, a[17]) + " " + BinarySearch(a, 10000) + " " + BinarySearch(a, -10000) + " " + BinarySearch(a, a[3] + 1));
        List<double> ds = new List<double> { 3.5, -1, 2.25, 0, -0.5, 1e3, 2.25 };
        BubbleSort(ds);
        Console.WriteLine(string.Join(" ", ds));
        List<int> li = new List<int>(Data());
        li.Sort();
        Console.WriteLine(li[0] + " " + li[li.Count - 1] + " " + li.Count);
        char[] letters = "sorting".ToCharArray();
        List<char> lc = new List<char>(letters);
        lc.Sort();
        Console.WriteLine(new string(lc.ToArray()));
    }
}
