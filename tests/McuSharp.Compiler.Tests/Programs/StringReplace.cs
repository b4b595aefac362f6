using System;

static class StringReplace
{
    static void Main()
    {
        string s = "aaa bbb aaa";
        Console.WriteLine(s.Replace("aaa", "x"));
        Console.WriteLine(s.Replace("a", "aa"));
        Console.WriteLine(s.Replace('a', 'b'));
        Console.WriteLine(s.Replace(" ", ""));
        Console.WriteLine(s.Replace("zzz", "y"));
        Console.WriteLine(s.Replace("aa", "c"));
        Console.WriteLine(s.Replace("aaa bbb aaa", ""));
        Console.WriteLine("1,2,,3".Replace(",,", ",0,"));
        string template = "Hello {name}, you are {age}";
        string filled = template.Replace("{name}", "Ada").Replace("{age}", 36.ToString());
        Console.WriteLine(filled);
        Console.WriteLine("tab\tseparated".Replace('\t', ' '));
        Console.WriteLine("x".Replace("x", "xyx").Replace("y", "").Length);
        string nul = null;
        Console.WriteLine("abc".Replace("b", nul));
        Console.WriteLine(s);
    }
}
