using System;

static class StringSplitCountOptions
{
    static void Print(string label, string[] parts)
    {
        Console.Write(label + " " + parts.Length + ":");
        foreach (string p in parts) Console.Write(" [" + p + "]");
        Console.WriteLine();
    }

    static void Main()
    {
        string[] inputs = { "", ",", "a", "a,b,c", ",a,,b,", " a , b ,, c ", ",,,", "a,,,,b" };
        foreach (string s in inputs)
        {
            Console.WriteLine("input [" + s + "]");
            for (int count = 0; count <= 4; count++)
            {
                Print("n" + count, s.Split(',', count));
                Print("r" + count, s.Split(',', count, StringSplitOptions.RemoveEmptyEntries));
                Print("t" + count, s.Split(',', count, StringSplitOptions.TrimEntries));
                Print("rt" + count, s.Split(',', count, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            }
            Print("none", s.Split(',', StringSplitOptions.None));
            Print("arr", s.Split(new char[] { ',', ' ' }, StringSplitOptions.RemoveEmptyEntries));
            Print("arr2", s.Split(new char[] { ',', ' ' }, 2));
        }
        Print("ws", "  one two\tthree\n".Split());
        Print("ws-r", "  one two\tthree\n".Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        Print("ws-n", "  one two\tthree\n".Split(new char[0], 3));
        Print("str", "a<>b<><>c".Split("<>"));
        Print("str-r", "a<>b<><>c".Split("<>", StringSplitOptions.RemoveEmptyEntries));
        Print("str-n", "a<>b<><>c".Split("<>", 2, StringSplitOptions.None));
        Print("strs", "a<>b--c<>--d".Split(new string[] { "<>", "--" }, StringSplitOptions.None));
        Print("strs-r", "a<>b--c<>--d".Split(new string[] { "<>", "--" }, StringSplitOptions.RemoveEmptyEntries));
        Print("overlap", "aaa".Split(new string[] { "aa", "a" }, StringSplitOptions.None));
        Print("overlap2", "aaa".Split(new string[] { "a", "aa" }, StringSplitOptions.None));
        Print("empty-sep", "abc".Split(""));
        Print("empty-seps", "a,b".Split(new string[] { "", "," }, StringSplitOptions.None));
        string sep = ";";
        Print("var-sep", "x;y;;z".Split(sep));
        Print("var-sep-r", "x;y;;z".Split(sep, StringSplitOptions.RemoveEmptyEntries));
        string config = "host = example.org ; port= 8080;; debug =true ";
        foreach (string entry in config.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            string[] kv = entry.Split('=', 2, StringSplitOptions.TrimEntries);
            Console.WriteLine(kv[0] + " -> " + kv[1]);
        }
    }
}
