using System;
using System.Collections.Generic;

static class Counter
{
    public static int Count;
    public static int Step = 1;
    public static string Name = "counter";
    public static List<int> History = new List<int>();

    public static void Tick()
    {
        Count += Step;
        History.Add(Count);
    }

    public static void Reset()
    {
        Count = 0;
        History.Clear();
    }
}

static class StaticFields
{
    static int calls;
    static double average = 0.5;
    static readonly int[] Table = { 1, 1, 2, 3, 5, 8 };
    static long total = int.MaxValue;
    static char mark = '*';
    static bool enabled;
    static string? label;
    static byte level = 250;

    static int Next()
    {
        calls++;
        return calls * 10;
    }

    static void Accumulate(int v)
    {
        total += v;
        level += 3;
        average = (average + v) / 2;
    }

    static void Main()
    {
        Console.WriteLine(calls + " " + average + " " + total + " " + mark + " " + enabled + " [" + label + "] " + level);
        Console.WriteLine(Next() + Next() + Next());
        Console.WriteLine(calls);
        Accumulate(5);
        Accumulate(-100);
        Console.WriteLine(total + " " + level + " " + average);
        enabled = !enabled;
        label = "set";
        mark++;
        Console.WriteLine(enabled + " " + label + " " + mark);
        for (int i = 0; i < Table.Length; i++) Table[i] *= 2;
        Console.WriteLine(string.Join(",", Table));
        Counter.Tick();
        Counter.Tick();
        Counter.Step = 5;
        Counter.Tick();
        Console.WriteLine(Counter.Name + " " + Counter.Count + " " + string.Join(",", Counter.History));
        Counter.Reset();
        Counter.Tick();
        Console.WriteLine(Counter.Count + " " + Counter.History.Count);
        int local = calls;
        calls = 100;
        Console.WriteLine(local + " " + calls);
    }
}
