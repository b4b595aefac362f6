using System;

static class StringTrimCasePad
{
    static readonly char[] Brackets = { '[', ']', '(', ')' };

    static void Show(string s) { Console.WriteLine("[" + s + "]"); }

    static void Main()
    {
        string s = "  \t hello world \n ";
        Show(s.Trim());
        Show(s.TrimStart());
        Show(s.TrimEnd());
        Show("xxhixx".Trim('x'));
        Show("xyhiyx".Trim('x', 'y'));
        Show("--==hi==--".TrimStart('-'));
        Show("--==hi==--".TrimEnd('-', '='));
        Show("--==hi==--".TrimStart('-', '='));
        Show("0012300".TrimStart('0'));
        Show("0012300".TrimEnd('0'));
        Show("000".Trim('0'));
        Show("".Trim());
        char[] crlf = { '\r', '\n' };
        Show("line\r\n".TrimEnd(crlf));
        Show("\n\rline".TrimStart(crlf));
        Show("--x--".Trim(new char[] { '-' }));
        Show("  x  ".Trim(new char[0]));
        Show("  x  ".TrimEnd((char[]?)null));
        Show(" \u00a0x\u2003 ".Trim());
        Show("   ".Trim());
        Show("Hello World 123".ToUpper());
        Show("Hello World 123".ToLower());
        Show("MiXeD".ToUpperInvariant());
        Show("MiXeD".ToLowerInvariant());
        Show("42".PadLeft(5));
        Show("42".PadRight(5));
        Show("42".PadLeft(5, '0'));
        Show("42".PadRight(5, '.'));
        Show("toolong".PadLeft(3));
        Show("toolong".PadRight(3));
        Show("".PadLeft(2, '*'));
        Show("x".PadLeft(0));
        Show("[(x)]".Trim(Brackets));
        string[] names = { "a", "bbb", "cc" };
        foreach (string n in names) Console.WriteLine(n.PadRight(4) + "|" + n.PadLeft(4) + "|");
        string key = "  Temp  ";
        Console.WriteLine(key.Trim().ToLower() == "temp");
        Console.WriteLine(char.ToUpper('a') + "" + char.ToLower('B') + char.ToUpper('1'));
        string title = "";
        bool start = true;
        foreach (char c in "make this a title")
        {
            title += start ? char.ToUpper(c) : c;
            start = c == ' ';
        }
        Console.WriteLine(title);
    }
}
