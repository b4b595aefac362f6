using System;
using System.Collections.Generic;
using System.Text;

// Queue, Stack and HashSet: order of enumeration, Peek/Dequeue/Pop, Contains, Add's result, UnionWith, sets in
// insertion order (and after Remove, the freed slot is reused as .NET does), plus StringBuilder's Insert, Remove,
// Replace, indexer, Append(char, count) and Length assignment. The last Dequeue of an empty queue throws.
static class QueuesStacksSets
{
    static void Main()
    {
        var queue = new Queue<string>();
        queue.Enqueue("a"); queue.Enqueue("b"); queue.Enqueue("c");
        Console.WriteLine(queue.Peek() + queue.Dequeue() + queue.Count + " " + string.Join(",", queue) + " " + queue.Contains("c"));
        var stack = new Stack<int>(new[] { 1, 2, 3 });
        stack.Push(4);
        Console.WriteLine(stack.Peek() + " " + stack.Pop() + " " + string.Join(",", stack) + " " + string.Join(",", stack.ToArray()) + " " + stack.Count);
        foreach (var x in stack) Console.Write(x);
        Console.WriteLine();
        var set = new HashSet<string> { "pear", "fig" };
        Console.WriteLine(set.Add("apple") + " " + set.Add("fig") + " " + set.Count + " " + set.Contains("pear") + " " + string.Join(",", set));
        set.Remove("pear");
        set.Add("kiwi");
        set.UnionWith(new[] { "fig", "lime" });
        foreach (var s in set) Console.Write(s + ";");
        Console.WriteLine();
        var numbers = new HashSet<int>(new[] { 5, 3, 5, 9, 3 });
        Console.WriteLine(numbers.Count + " " + string.Join(" ", numbers) + " " + new List<int>(numbers)[1]);
        var sb = new StringBuilder("hello world");
        sb.Insert(5, ",");
        sb.Replace("world", "there");
        sb.Remove(0, 1).Insert(0, 'H');
        sb.Append('!', 3);
        Console.WriteLine(sb + " " + sb[1] + " " + sb.Length);
        sb.Length = 5;
        Console.WriteLine("[" + sb + "]");
        sb.Length = 0;
        sb.Append(42).Append(' ').Append(true);
        Console.WriteLine(sb.ToString());
        var empty = new Queue<int>();
        Console.WriteLine(empty.Count);
        Console.WriteLine(empty.Dequeue());
    }
}
