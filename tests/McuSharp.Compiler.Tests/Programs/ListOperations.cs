using System;
using System.Collections.Generic;

static class ListOperations
{
    static void Show(List<int> list) { Console.WriteLine(list.Count + ": " + string.Join(",", list)); }

    static void Main()
    {
        List<int> list = new List<int>();
        Show(list);
        list.Add(5);
        list.Add(-3);
        list.Add(12);
        Show(list);
        list.Insert(0, 100);
        list.Insert(2, 7);
        list.Insert(list.Count, 99);
        Show(list);
        list.RemoveAt(0);
        list.RemoveAt(list.Count - 1);
        Show(list);
        Console.WriteLine(list.Remove(7));
        Console.WriteLine(list.Remove(1000));
        Show(list);
        Console.WriteLine(list.Contains(12) + " " + list.Contains(13));
        Console.WriteLine(list.IndexOf(-3) + " " + list.IndexOf(42));
        list[0] = 50;
        list[1] += 10;
        Show(list);
        list.Add(5);
        list.Add(50);
        Console.WriteLine(list.IndexOf(50));
        list.Remove(50);
        Show(list);
        list.Sort();
        Show(list);
        list.Reverse();
        Show(list);
        List<int> numbers = new List<int> { 9, -4, 0, int.MaxValue, int.MinValue, 3, 3 };
        numbers.Sort();
        Show(numbers);
        List<int> copy = new List<int>(numbers);
        copy.Clear();
        Console.WriteLine(copy.Count + " " + numbers.Count);
        List<string> words = new List<string> { "b", "a" };
        words.Add("c");
        words.Insert(1, "z");
        Console.WriteLine(string.Join(" ", words));
        Console.WriteLine(words.IndexOf("a") + " " + words.Contains("z"));
        words.Reverse();
        Console.WriteLine(string.Join(" ", words));
        List<double> ds = new List<double> { 1.5, 0.25 };
        ds.Add(1 / 3.0);
        Console.WriteLine(string.Join(" ", ds));
        List<char> chars = new List<char>();
        foreach (char c in "hello") if (!chars.Contains(c)) chars.Add(c);
        Console.WriteLine(new string(chars.ToArray()));
        chars.Sort();
        Console.WriteLine(string.Join("", chars));
        List<long> longs = new List<long> { 3, 1, 2 };
        longs.Sort();
        longs[0] = long.MaxValue;
        longs[0]++;
        Console.WriteLine(string.Join(",", longs));
        int[] fromList = numbers.ToArray();
        fromList[0] = 0;
        Console.WriteLine(fromList[0] + " " + numbers[0]);
        List<int> range = new List<int>();
        for (int i = 0; i < 10; i++) range.Add(i);
        for (int i = range.Count - 1; i >= 0; i--) if (range[i] % 3 == 0) range.RemoveAt(i);
        Show(range);
        range.AddRange(new int[] { 100, 200 });
        Show(range);
        List<bool> flags = new List<bool> { true, false };
        Console.WriteLine(flags[0] + " " + flags.Count);
        List<int> capacity = new List<int>(10);
        Console.WriteLine(capacity.Count);
        List<int> initialized = [1, 2, 3];
        Show(initialized);
    }
}
