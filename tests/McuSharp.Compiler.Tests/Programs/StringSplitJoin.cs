using System;
using System.Collections.Generic;

static class StringSplitJoin
{
    static void Print(string[] parts)
    {
        Console.WriteLine(parts.Length + ": [" + string.Join("|", parts) + "]");
    }

    static void Main()
    {
        Print("a,b,c".Split(','));
        Print("a,,b,".Split(','));
        Print(",".Split(','));
        Print("".Split(','));
        Print("no separators".Split(','));
        Print("a;b,c d".Split(';', ',', ' '));
        Print("a;b,c d".Split(new char[] { ';', ',' }));
        Print("key = value".Split('='));
        Print("one two  three".Split(' '));
        Print("one two  three".Split());
        Print("a\tb\nc d".Split());
        Print("a--b--c".Split("--"));
        Print("a--b---c".Split("--"));
        Print("a,b,,c,".Split(',', StringSplitOptions.RemoveEmptyEntries));
        Print(" a , b ,, c ".Split(',', StringSplitOptions.TrimEntries));
        Print(" a , b ,, c , ".Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Print("x::y::::z".Split("::", StringSplitOptions.RemoveEmptyEntries));
        string[] words = { "alpha", "beta", "gamma" };
        Console.WriteLine(string.Join(", ", words));
        Console.WriteLine(string.Join("", words));
        Console.WriteLine(string.Join('-', words));
        Console.WriteLine(string.Join(", ", "x", "y", "z"));
        Console.WriteLine(string.Join("+", 1, 2, 3));
        Console.WriteLine(string.Join(",", new string[0]));
        Console.WriteLine(string.Join(",", new string[] { "solo" }));
        int[] numbers = { 1, -2, 30 };
        Console.WriteLine(string.Join(" ", numbers));
        List<int> list = new List<int> { 5, 10, 15 };
        Console.WriteLine(string.Join(";", list));
        List<string> names = new List<string> { "Ann", "Bob" };
        Console.WriteLine(string.Join(" & ", names));
        double[] doubles = { 1.0, 0.5, 0.1 + 0.2, -0.0, 1e20 };
        Console.WriteLine(string.Join(" ", doubles));
        List<double> dl = new List<double> { 2.5, 3 };
        Console.WriteLine(string.Join("/", dl));
        bool[] flags = { true, false };
        Console.WriteLine(string.Join(",", flags));
        char[] letters = { 'a', 'b', 'c' };
        Console.WriteLine(string.Join(".", letters));
        long[] longs = { long.MaxValue, long.MinValue };
        Console.WriteLine(string.Join(",", longs));
        string csv = "10,20,30,40";
        int sum = 0;
        foreach (string part in csv.Split(',')) sum += int.Parse(part);
        Console.WriteLine(sum);
        string sentence = "the quick brown fox";
        string[] ws = sentence.Split(' ');
        string acronym = "";
        foreach (string w in ws) acronym += char.ToUpper(w[0]);
        Console.WriteLine(acronym);
        Console.WriteLine(string.Join(" ", sentence.Split(' ', 2)));
        Console.WriteLine(sentence.Split(' ', 2)[1]);
    }
}
