using System;

static class RingBuffer
{
    const int Capacity = 5;
    static int[] buffer = new int[Capacity];
    static int head;
    static int count;
    static int dropped;

    static void Push(int value)
    {
        if (count == Capacity)
        {
            head = (head + 1) % Capacity;
            count--;
            dropped++;
        }
        buffer[(head + count) % Capacity] = value;
        count++;
    }

    static int Pop()
    {
        if (count == 0) return int.MinValue;
        int v = buffer[head];
        head = (head + 1) % Capacity;
        count--;
        return v;
    }

    static double Average()
    {
        if (count == 0) return double.NaN;
        long sum = 0;
        for (int i = 0; i < count; i++) sum += buffer[(head + i) % Capacity];
        return (double)sum / count;
    }

    static string Dump()
    {
        string s = "[";
        for (int i = 0; i < count; i++)
        {
            if (i > 0) s += ",";
            s += buffer[(head + i) % Capacity];
        }
        return s + "]";
    }

    static void Main()
    {
        Console.WriteLine(Dump() + " avg " + Average());
        for (int i = 1; i <= 8; i++)
        {
            Push(i * i - 10);
            Console.WriteLine("push " + (i * i - 10) + " -> " + Dump() + " avg " + Average());
        }
        Console.WriteLine(Pop() + " " + Pop() + " " + Dump());
        Push(int.MaxValue);
        Push(int.MaxValue);
        Console.WriteLine(Dump() + " avg " + Average());
        while (count > 0) Console.Write(Pop() + " ");
        Console.WriteLine();
        Console.WriteLine(Pop() + " dropped " + dropped + " head " + head);
    }
}
