using System;

static class StringNullEmpty
{
    static string? maybe;

    static string? Find(int code)
    {
        if (code == 1) return "one";
        if (code == 2) return "";
        return null;
    }

    static void Main()
    {
        string? a = null;
        string b = "";
        string c = " ";
        string d = "x";
        Console.WriteLine(string.IsNullOrEmpty(a));
        Console.WriteLine(string.IsNullOrEmpty(b));
        Console.WriteLine(string.IsNullOrEmpty(c));
        Console.WriteLine(string.IsNullOrEmpty(d));
        Console.WriteLine(string.IsNullOrWhiteSpace(a));
        Console.WriteLine(string.IsNullOrWhiteSpace(c));
        Console.WriteLine(string.IsNullOrWhiteSpace("\t\n"));
        Console.WriteLine(string.IsNullOrWhiteSpace(d));
        Console.WriteLine(a == null);
        Console.WriteLine(b == null);
        Console.WriteLine(a == b);
        Console.WriteLine(null == a);
        Console.WriteLine(a != null);
        Console.WriteLine("[" + a + "]");
        Console.WriteLine($"[{a}]");
        Console.WriteLine(a);
        Console.WriteLine(maybe);
        Console.WriteLine("maybe=" + maybe);
        for (int i = 0; i < 4; i++)
        {
            string? r = Find(i);
            if (r == null) Console.WriteLine(i + ": null");
            else if (r.Length == 0) Console.WriteLine(i + ": empty");
            else Console.WriteLine(i + ": " + r);
            Console.WriteLine(string.IsNullOrEmpty(r) ? "none" : r.ToUpper());
        }
        maybe = "set";
        Console.WriteLine(maybe.Length);
        string?[] items = { "p", null, "q" };
        Console.WriteLine(string.Join(",", items));
        foreach (string? item in items) Console.Write(item + ";");
        Console.WriteLine();
        string concat = a + b + a;
        Console.WriteLine(concat.Length);
        Console.WriteLine(string.Concat(a, "z", a));
    }
}
