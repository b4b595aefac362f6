using System;

static class MainWithArgs
{
    static void Main(string[] args)
    {
        Console.WriteLine("args: " + args.Length);
        foreach (string a in args) Console.WriteLine(a);
        string mode = args.Length > 0 ? args[0] : "default";
        Console.WriteLine("mode=" + mode);
        Console.WriteLine(string.Join(",", args) + "|");
    }
}
