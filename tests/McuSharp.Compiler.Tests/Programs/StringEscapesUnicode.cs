using System;

static class StringEscapesUnicode
{
    static void Main()
    {
        string[] samples = { "plain", "quote\"s", "apos'trophe", "both\"'", "back\\slash", "tab\tend", "cr\rlf\n", "nul\0byte", "bell\a", "del\u007f",
            "latin-1 \u00e9\u00e8\u00ea \u00df", "greek \u03a9\u03b1", "cjk \u4e2d\u6587", "line sep \u2028 para \u2029", "zero width \u200b joiner \u200d", "bom \ufeff", "nbsp\u00a0x", "euro \u20ac", "max bmp \uffff" };
        foreach (string s in samples)
        {
            Console.Write(s.Length + " ");
            foreach (char c in s) Console.Write(((int)c).ToString("x") + ".");
            Console.WriteLine();
            Console.WriteLine(s);
        }
        string combined = string.Join("|", samples);
        Console.WriteLine(combined.Length);
        Console.WriteLine(combined.IndexOf('\u4e2d') + " " + combined.IndexOf("\u2028") + " " + combined.LastIndexOf('\\'));
        string built = "";
        for (int code = 0x3b1; code < 0x3b1 + 10; code++) built += (char)code;
        Console.WriteLine(built + " " + built.Length + " " + built.Substring(3, 4));
        char euro = '\u20ac';
        Console.WriteLine(euro + " " + (int)euro + " " + (char)(euro + 1));
        Console.WriteLine("\x41\x42" + "\U00000043");
        Console.WriteLine('"' + "\"" + '\'' + "'");
    }
}
