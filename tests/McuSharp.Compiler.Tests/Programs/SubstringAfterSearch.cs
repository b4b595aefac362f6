using System;

// Substring bounds from a search of the same string: `eq = s.IndexOf(..)` proves `s.Substring(eq + 1)` in range and
// leaves `s.Substring(0, eq)` only the negative length (eq = -1) to fail. The cases where the fact does not hold
// (the text or the index changed, another text, a longer step, an empty match) must still throw as .NET does.
static class SubstringAfterSearch
{
    static string Key(string line)
    {
        int eq = line.IndexOf('=');
        return line.Substring(0, eq) + "|" + line.Substring(eq + 1);
    }

    static string LastPart(string path)
    {
        int slash = path.LastIndexOf('/');
        return path.Substring(slash + 1) + "|" + path.Substring(0, slash);
    }

    static string AfterWord(string text, string word)
    {
        int at = text.IndexOf(word, StringComparison.Ordinal);
        // An empty word matches at the end: at + 1 passes it.
        return text.Substring(at + 1) + "|" + text.Substring(0, at);
    }

    static string AfterArrow(string text)
    {
        int at = text.IndexOf("->", StringComparison.Ordinal);
        return text.Substring(at + 2) + "|" + text.Substring(0, at) + "|" + text.Substring(at + 3);
    }

    static string Reassigned(string line, string other)
    {
        int eq = line.IndexOf('=');
        line = other;
        return line.Substring(eq + 1) + "|" + line.Substring(0, eq);
    }

    static string IndexChanged(string line, int shift)
    {
        int eq = line.IndexOf('=');
        eq += shift;
        return line.Substring(eq + 1);
    }

    static string OtherText(string line, string other)
    {
        int eq = line.IndexOf('=');
        return other.Substring(eq + 1) + "|" + other.Substring(0, eq);
    }

    static string FromLength(string s, int k)
    {
        return s.Substring(s.Length - k) + "|" + s.Substring(0, s.Length - k);
    }

    // k & 3 is 0..3: the start cannot pass the end, but it can fall below 0.
    static string FromLengthMasked(string s, int k)
    {
        return s.Substring(s.Length - (k & 3)) + "|" + s.Substring(0, s.Length - (k & 3));
    }

    static string Captured(string line)
    {
        int eq = line.IndexOf('=');
        Action change = () => line = "x";
        change();
        return line.Substring(eq + 1);
    }

    static void Show(Func<string> f)
    {
        try { Console.WriteLine(f()); }
        catch (ArgumentOutOfRangeException e) { Console.WriteLine(e.GetType().Name + ": " + e.Message); }
    }

    static void Main()
    {
        foreach (var line in new[] { "a=1", "=", "key=", "=v", "none", "", "x==y" })
        {
            Show(() => Key(line));
            Show(() => LastPart(line.Replace('=', '/')));
            Show(() => AfterArrow(line.Replace("=", "->")));
            Show(() => Reassigned(line, "ab"));
            Show(() => Reassigned(line, ""));
            Show(() => IndexChanged(line, 1));
            Show(() => IndexChanged(line, -1));
            Show(() => OtherText(line, "q"));
            Show(() => Captured(line));
        }
        foreach (var word in new[] { "", "b", "bc", "z" }) Show(() => AfterWord("abc", word));
        foreach (var k in new[] { 0, 2, 3, 4, -1 }) { Show(() => FromLength("abc", k)); Show(() => FromLengthMasked("ab", k)); }
    }
}
