using System;

// C# reads a call's receiver before its arguments: an argument that stores a new text into the receiver's variable
// must not change which text is cut, nor the bounds it is checked against.
static class Program
{
    static string _log = "";

    static int Note(string what, int value)
    {
        _log += what;
        return value;
    }

    static void Main()
    {
        string s = "hello world";
        Console.WriteLine(s.Substring((s = "xy").Length) + "|" + s);
        string t = "abcdef";
        Console.WriteLine(t.Substring(1, (t = "zz").Length) + "|" + t);
        string u = "abc";
        Console.WriteLine(u.Substring(Note("a", 1), Note("b", 2)) + " " + _log);
        try
        {
            string v = "ab";
            Console.WriteLine(v.Substring((v = "long enough").Length - 8));
        }
        catch (ArgumentOutOfRangeException e)
        {
            Console.WriteLine(e.Message);
        }
        string w = "abc";
        Console.WriteLine(w + (w = "Q") + w.Length);
    }
}
