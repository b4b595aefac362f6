// Sorting a list: insertion sort of pseudo-random integers in a List<int>.
namespace Bench;

public static class InsertionSort
{
    private const int Count = 800;

    private static void Sort(List<int> items)
    {
        for (int i = 1; i < items.Count; i++)
        {
            int key = items[i];
            int j = i - 1;
            while (j >= 0 && items[j] > key)
            {
                items[j + 1] = items[j];
                j--;
            }
            items[j + 1] = key;
        }
    }

    public static void Main()
    {
        var items = new List<int>();
        uint seed = 12345;
        for (int i = 0; i < Count; i++)
        {
            seed = seed * 1664525 + 1013904223;
            items.Add((int)(seed >> 16) % 10000);
        }

        Sort(items);

        bool sorted = true;
        long weighted = 0;
        for (int i = 0; i < items.Count; i++)
        {
            if (i > 0 && items[i - 1] > items[i]) sorted = false;
            weighted += (long)items[i] * (i + 1);
        }
        Console.WriteLine("sorted: " + sorted + ", min: " + items[0] + ", max: " + items[items.Count - 1] + ", weighted: " + weighted);
    }
}
