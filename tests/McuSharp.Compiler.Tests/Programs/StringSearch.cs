using System;

static class StringSearch
{
    static void Main()
    {
        string s = "the cat sat on the mat";
        Console.WriteLine(s.IndexOf('t'));
        Console.WriteLine(s.IndexOf('z'));
        Console.WriteLine(s.IndexOf("the"));
        Console.WriteLine(s.IndexOf("the", 1));
        Console.WriteLine(s.IndexOf('a', 6));
        Console.WriteLine(s.IndexOf('a', 22));
        Console.WriteLine(s.IndexOf("at", 20));
        Console.WriteLine(s.IndexOf("dog"));
        Console.WriteLine(s.IndexOf(""));
        Console.WriteLine(s.LastIndexOf('t'));
        Console.WriteLine(s.LastIndexOf("the"));
        Console.WriteLine(s.LastIndexOf('z'));
        Console.WriteLine(s.LastIndexOf("at"));
        Console.WriteLine(s.LastIndexOf('a', 10));
        Console.WriteLine(s.LastIndexOf("at", 10));
        Console.WriteLine(s.LastIndexOf("at", 9));
        Console.WriteLine(s.LastIndexOf('t', 0));
        Console.WriteLine(s.LastIndexOf("the", 14));
        Console.WriteLine(s.LastIndexOf("the", 15));
        Console.WriteLine(s.LastIndexOf("the", 17));
        Console.WriteLine(s.Contains("cat"));
        Console.WriteLine(s.Contains("dog"));
        Console.WriteLine(s.Contains('m'));
        Console.WriteLine(s.Contains(""));
        Console.WriteLine(s.StartsWith("the"));
        Console.WriteLine(s.StartsWith("cat"));
        Console.WriteLine(s.StartsWith('t'));
        Console.WriteLine(s.EndsWith("mat"));
        Console.WriteLine(s.EndsWith('x'));
        Console.WriteLine(s.EndsWith(""));
        Console.WriteLine("".StartsWith(""));
        int count = 0;
        int pos = s.IndexOf("at");
        while (pos >= 0)
        {
            count++;
            Console.Write(pos + " ");
            pos = s.IndexOf("at", pos + 1);
        }
        Console.WriteLine("count=" + count);
        int spaces = 0;
        int from = 0;
        while ((from = s.IndexOf(' ', from)) != -1)
        {
            spaces++;
            from++;
        }
        Console.WriteLine(spaces);
        string path = "/usr/local/bin/tool";
        int slash = path.LastIndexOf('/');
        Console.WriteLine(path.Substring(0, slash));
        Console.WriteLine(path.Substring(slash + 1));
        string file = "archive.tar.gz";
        Console.WriteLine(file.Substring(file.IndexOf('.') + 1));
        Console.WriteLine(file.Substring(file.LastIndexOf('.') + 1));
        Console.WriteLine(file.IndexOf(".", StringComparison.Ordinal));
        Console.WriteLine(file.StartsWith("ARC", StringComparison.Ordinal));
        Console.WriteLine(file.EndsWith(".gz", StringComparison.Ordinal));
    }
}
