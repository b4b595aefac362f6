using System;

static class SwitchStatements
{
    static string DayName(int day)
    {
        switch (day)
        {
            case 0: return "Sunday";
            case 1: return "Monday";
            case 2: return "Tuesday";
            case 6: return "Saturday";
            default: return "Midweek";
        }
    }

    static string Kind(int code)
    {
        string result;
        switch (code)
        {
            case 1:
            case 2:
            case 3:
                result = "low";
                break;
            default:
                result = "other";
                break;
            case 10:
            case -10:
                result = "ten";
                break;
            case int.MaxValue:
                result = "max";
                break;
        }
        return result;
    }

    static int Command(string cmd)
    {
        switch (cmd)
        {
            case "start":
            case "go":
                return 1;
            case "stop":
                return 2;
            case "":
                return 0;
            case null:
                return -2;
            default:
                return -1;
        }
    }

    static string CharClass(char c)
    {
        switch (c)
        {
            case 'a': case 'e': case 'i': case 'o': case 'u':
                return "vowel";
            case ' ':
                return "space";
            case '0': case '1': case '2':
                return "small digit";
            default:
                if (c >= 'a' && c <= 'z') return "consonant";
                return "other";
        }
    }

    static void Main()
    {
        for (int d = -1; d <= 7; d++) Console.Write(DayName(d) + " ");
        Console.WriteLine();
        int[] codes = { 1, 2, 3, 4, 10, -10, int.MaxValue, 0 };
        foreach (int c in codes) Console.Write(Kind(c) + " ");
        Console.WriteLine();
        string?[] cmds = { "start", "go", "stop", "", null, "START", "halt" };
        foreach (string? c in cmds) Console.Write(Command(c) + " ");
        Console.WriteLine();
        foreach (char c in "hi 2 you!") Console.Write(CharClass(c) + ",");
        Console.WriteLine();
        int total = 0;
        for (int i = 0; i < 10; i++)
        {
            switch (i % 4)
            {
                case 0:
                    total += 1;
                    break;
                case 1:
                    if (i > 4) continue;
                    total += 10;
                    break;
                case 2:
                    total += 100;
                    continue;
                default:
                    total += 1000;
                    break;
            }
            total *= 2;
        }
        Console.WriteLine(total);
        int state = 0;
        for (int step = 0; step < 6; step++)
        {
            switch (state)
            {
                case 0: state = 2; break;
                case 1: state = 0; break;
                case 2: state = 1; break;
            }
            Console.Write(state);
        }
        Console.WriteLine();
        long big = 5000000000;
        switch (big)
        {
            case 5000000000: Console.WriteLine("five billion"); break;
            default: Console.WriteLine("other"); break;
        }
        byte b = 200;
        switch (b)
        {
            case 200: Console.WriteLine("two hundred"); break;
        }
        int x = 7;
        switch (x * 2 - 1)
        {
            case 13: Console.WriteLine("thirteen"); break;
            default: Console.WriteLine("not"); break;
        }
        switch (x)
        {
            default:
                Console.WriteLine("only default");
                break;
        }
        for (int i = 0; i < 5; i++)
        {
            switch (i)
            {
                case 3:
                    Console.WriteLine("three, stays in loop");
                    break;
                case 4:
                    Console.WriteLine("four");
                    break;
            }
            Console.WriteLine("after switch " + i);
        }
        Console.WriteLine("end");
    }
}
