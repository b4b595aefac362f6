using System;

static class StringBasics
{
    static void Main()
    {
        string s = "Hello, World";
        Console.WriteLine(s.Length);
        Console.WriteLine(s[0]);
        Console.WriteLine(s[s.Length - 1]);
        Console.WriteLine(s[7] == 'W');
        Console.WriteLine(s.Substring(7));
        Console.WriteLine(s.Substring(0, 5));
        Console.WriteLine(s.Substring(12));
        Console.WriteLine(s.Substring(12).Length);
        Console.WriteLine(s.Substring(3, 0).Length);
        Console.WriteLine(s.Substring(5, 2) + "|");
        string empty = "";
        Console.WriteLine(empty.Length);
        Console.WriteLine(string.Empty.Length);
        string reversed = "";
        for (int i = s.Length - 1; i >= 0; i--) reversed += s[i];
        Console.WriteLine(reversed);
        int vowels = 0;
        foreach (char c in s)
        {
            if ("aeiouAEIOU".IndexOf(c) >= 0) vowels++;
        }
        Console.WriteLine(vowels);
        string joined = s + "!" + 1 + 2 + '3' + 4.5 + true + -7;
        Console.WriteLine(joined);
        Console.WriteLine(1 + 2 + s);
        Console.WriteLine(s + 1 + 2);
        Console.WriteLine(s + (1 + 2));
        string a = "abc";
        string b = "ab" + "c";
        string c2 = "ab";
        c2 += "c";
        Console.WriteLine(a == b);
        Console.WriteLine(a == c2);
        Console.WriteLine(a != "abd");
        Console.WriteLine(a.Equals(c2));
        Console.WriteLine(string.Equals(a, c2));
        Console.WriteLine(a.ToString());
        char[] chars = a.ToCharArray();
        chars[0] = 'X';
        Console.WriteLine(new string(chars));
        Console.WriteLine(a);
        string repeated = new string('-', 3) + new string('*', 0) + "|";
        Console.WriteLine(repeated);
        string escapes = "line1\r\nline2\ttab\0end";
        Console.WriteLine(escapes.Length);
        Console.WriteLine((int)escapes[12]);
        string verbatim = @"C:\path\to ""file""";
        Console.WriteLine(verbatim);
        Console.WriteLine(verbatim.Length);
        string unicode = "caf\u00e9 \u00fc\u00df \u4e2d\u6587";
        Console.WriteLine(unicode);
        Console.WriteLine(unicode.Length);
        Console.WriteLine(unicode[3]);
        Console.WriteLine(unicode.Substring(5, 2));
        string raw = """raw "text" here""";
        Console.WriteLine(raw);
        string multi = "a" +
            "b" +
            "c";
        Console.WriteLine(multi);
    }
}
