using System;

static class CharClassification
{
    static void Main()
    {
        string sample = "aZ09 _-!\t\n@[`{~";
        foreach (char c in sample)
        {
            Console.WriteLine((int)c + ": digit=" + char.IsDigit(c) + " letter=" + char.IsLetter(c) + " upper=" + char.IsUpper(c)
                + " lower=" + char.IsLower(c) + " space=" + char.IsWhiteSpace(c) + " alnum=" + char.IsLetterOrDigit(c)
                + " toUpper=" + char.ToUpper(c) + " toLower=" + char.ToLower(c));
        }
        int letters = 0, digits = 0, spaces = 0, others = 0;
        for (int i = 32; i < 127; i++)
        {
            char c = (char)i;
            if (char.IsLetter(c)) letters++;
            else if (char.IsDigit(c)) digits++;
            else if (char.IsWhiteSpace(c)) spaces++;
            else others++;
        }
        Console.WriteLine(letters + " " + digits + " " + spaces + " " + others);
        string upper = "";
        for (char c = 'a'; c <= 'z'; c++) upper += char.ToUpper(c);
        Console.WriteLine(upper);
        string mixed = "Hello World From McuSharp";
        int caps = 0;
        foreach (char c in mixed) if (char.IsUpper(c)) caps++;
        Console.WriteLine(caps);
        string identifier = "sensor_42a";
        bool valid = char.IsLetter(identifier[0]);
        foreach (char c in identifier) valid = valid && (char.IsLetterOrDigit(c) || c == '_');
        Console.WriteLine(valid);
        Console.WriteLine(char.IsDigit("x7"[1]));
        Console.WriteLine(char.ToUpperInvariant('q'));
        Console.WriteLine(char.ToLowerInvariant('Q'));
        Console.WriteLine(char.IsWhiteSpace(' ') && char.IsWhiteSpace('\r') && char.IsWhiteSpace('\v') && char.IsWhiteSpace('\f'));
    }
}
