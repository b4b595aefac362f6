using System;
using System.Collections.Generic;

// try statements in the places C# allows them: in switch sections, around and inside foreach over a dictionary
// (left by an exception and enumerated again), in a loop's condition through a call, with caught exceptions kept
// in a list and thrown again later, and catch variables of the same name in sibling clauses.
static class ExceptionStatementShapes
{
    static int Check(int value)
    {
        if (value > 3) throw new ArgumentOutOfRangeException("value", value, "too big");
        return value;
    }

    static string Section(int code)
    {
        switch (code)
        {
            case 0:
                try
                {
                    return "zero " + (10 / code);
                }
                catch (DivideByZeroException e)
                {
                    return "section 0: " + e.Message;
                }
            case 1:
                throw new InvalidOperationException("section 1 throws");
            default:
                try
                {
                    Check(code);
                }
                finally
                {
                    Console.WriteLine("  default section finally for " + code);
                }
                return "section default " + code;
        }
    }

    static void Main()
    {
        for (int code = 0; code < 6; code++)
        {
            try
            {
                Console.WriteLine(Section(code));
            }
            catch (Exception e)
            {
                Console.WriteLine(code + ": " + e.GetType().Name);
            }
        }

        var stock = new Dictionary<string, int> { ["bolts"] = 3, ["nuts"] = 0, ["gears"] = 2 };
        for (int round = 0; round < 2; round++)
        {
            try
            {
                foreach (var item in stock)
                {
                    Console.WriteLine("  " + item.Key + ": " + 12 / item.Value + " per box");
                }
            }
            catch (DivideByZeroException)
            {
                Console.WriteLine("round " + round + " stopped at an empty item");
                stock["nuts"] = round + 5;
            }
        }

        int tries = 0;
        try
        {
            for (int i = 0; Check(i) < 10; i++) tries++;
        }
        catch (ArgumentOutOfRangeException e)
        {
            Console.WriteLine("the loop condition threw after " + tries + ": " + e.ParamName);
        }

        var failures = new List<Exception>();
        string[] texts = { "1", "two", "3", "4444444444", "" };
        foreach (string text in texts)
        {
            try
            {
                Console.WriteLine("parsed " + int.Parse(text));
            }
            catch (FormatException e)
            {
                failures.Add(e);
            }
            catch (OverflowException e)
            {
                failures.Add(e);
            }
        }
        Console.WriteLine(failures.Count + " failures");
        foreach (Exception failure in failures)
        {
            try
            {
                throw failure;
            }
            catch (FormatException e)
            {
                Console.WriteLine("again a FormatException: " + e.Message);
            }
            catch (Exception e)
            {
                Console.WriteLine("again a " + e.GetType().Name + ": " + e.Message);
            }
        }
    }
}
