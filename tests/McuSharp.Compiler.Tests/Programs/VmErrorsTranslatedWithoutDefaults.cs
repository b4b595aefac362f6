using System;
using System.Collections.Generic;

// A program that gives every exception it makes a message, so its exception classes carry no default-message
// machinery; the VM's errors a catch (Exception e) translates must still show .NET's texts.
sealed class Node
{
    public Node? Next;
    public int Value;
}

static class Program
{
    static int Zero() => 0;

    static void Main()
    {
        var actions = new List<Action>
        {
            () => Console.WriteLine(10 / Zero()),
            () => Console.WriteLine(new[] { 1 }[Zero() + 1]),
            () => Console.WriteLine(checked(int.MaxValue + (Zero() + 1))),
            () => Console.WriteLine(new Node().Next!.Value),
            () => Console.WriteLine(int.Parse("1x")),
            () => Console.WriteLine(int.Parse("99999999999")),
            () => Console.WriteLine(new Dictionary<int, string>()[7]),
            () => throw new InvalidOperationException("mine"),
        };
        foreach (var action in actions)
        {
            try { action(); }
            catch (Exception e) { Console.WriteLine(e.GetType().Name + ": " + e.Message); }
        }
    }
}
