using System;

// The ArgumentOutOfRangeException messages of string methods given indexes outside the string, as .NET words them.
static class ExceptionStringArguments
{
    static void Try(int step, string text, int a, int b)
    {
        try
        {
            string result = Run(step, text, a, b);
            Console.WriteLine(step + ": '" + result + "'");
        }
        catch (ArgumentOutOfRangeException e)
        {
            Console.WriteLine(step + ": " + e.ParamName + ": " + e.Message);
        }
    }

    static string Run(int step, string text, int a, int b)
    {
        switch (step)
        {
            case 0: return text.Substring(a);
            case 1: return text.Substring(a, b);
            case 2: return text.IndexOf("c", a).ToString();
            case 3: return text.IndexOf('c', a).ToString();
            case 4: return text.IndexOf("c", a, b).ToString();
            case 5: return text.LastIndexOf("a", a).ToString();
            case 6: return text.LastIndexOf('a', a).ToString();
            case 7: return text.PadLeft(a);
            case 8: return text.PadRight(a, '*');
            default: return string.Join("|", text.Split(',', a));
        }
    }

    static void Main()
    {
        int[] starts = { -1, 0, 2, 3, 4 };
        for (int step = 0; step <= 9; step++)
        {
            foreach (int a in starts)
            {
                Try(step, "abc", a, 1);
                Try(step, "abc", a, -1);
            }
            Try(step, "abc", 1, 5);
        }
        Try(5, "", -1, 0);
        Try(6, "", 3, 0);
    }
}
