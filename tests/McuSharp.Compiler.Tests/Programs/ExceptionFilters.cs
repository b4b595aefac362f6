using System;

// Exception filters (catch ... when): evaluated in C#'s order, with their side effects; a false filter passes the
// exception on to the next clause of the same try and then outwards; a filter that throws counts as false; the
// caught exception is the same object whichever clause takes it.
static class ExceptionFilters
{
    static int evaluations;

    static bool Log(string clause, bool result)
    {
        evaluations++;
        Console.WriteLine("  filter " + clause + " -> " + result);
        return result;
    }

    static void Throw(int code)
    {
        if (code < 0) throw new ArgumentOutOfRangeException("code", code, "negative code");
        if (code == 0) Console.WriteLine(10 / code);
        throw new InvalidOperationException("code " + code);
    }

    static string Handle(int code)
    {
        try
        {
            Throw(code);
            return "none";
        }
        catch (InvalidOperationException e) when (Log("first", e.Message.EndsWith("1")))
        {
            return "first clause: " + e.Message;
        }
        catch (InvalidOperationException e) when (Log("second", code % 2 == 0))
        {
            return "second clause: " + e.Message;
        }
        catch (ArithmeticException e) when (Log("arithmetic", true))
        {
            return "arithmetic clause: " + e.Message;
        }
        catch (Exception e) when (Log("general", code > 4))
        {
            return "general clause: " + e.GetType().Name;
        }
        catch (ArgumentException e)
        {
            return "argument clause, no filter: " + e.ParamName;
        }
        catch
        {
            return "the last, general clause";
        }
    }

    static int[] table = { 1, 2 };

    static string ThrowingFilter(int index)
    {
        try
        {
            throw new FormatException("bad input");
        }
        catch (FormatException) when (table[index] > 0)
        {
            return "filter read table[" + index + "]";
        }
        catch (FormatException e) when (e.Message.Length / (index - 5) < 0)
        {
            return "second filter";
        }
        catch (FormatException e)
        {
            return "the filters threw, so they were false: " + e.Message;
        }
    }

    static string Outer(int code)
    {
        try
        {
            try
            {
                Throw(code);
            }
            catch (InvalidOperationException) when (Log("inner", code == 3))
            {
                return "inner";
            }
            return "none";
        }
        catch (InvalidOperationException e) when (Log("outer", true))
        {
            return "outer: " + e.Message;
        }
    }

    static int cleanups;

    static string FilterBesideFinally(int code)
    {
        // The finally block runs before the filter on the device and after it on .NET: the filter reads nothing it changes.
        try
        {
            try
            {
                Throw(code);
            }
            finally
            {
                cleanups++;
            }
        }
        catch (InvalidOperationException e) when (e.Message == "code 7" || code == 8)
        {
            return "filtered " + e.Message;
        }
        catch (Exception e)
        {
            return "unfiltered " + e.GetType().Name;
        }
        return "none";
    }

    static string NestedCatchOfTheSameName(int code)
    {
        try
        {
            Throw(code);
            return "none";
        }
        catch (ArithmeticException a) when (code > 100)
        {
            return "not this " + a.Message;
        }
        catch (Exception b)
        {
            try
            {
                Throw(code + 1);
            }
            catch (Exception a)
            {
                Console.WriteLine("  nested catch: " + a.Message);
            }
            return "outer variable still there: " + b.Message;
        }
    }

    static void Main()
    {
        for (int code = -1; code <= 6; code++)
            Console.WriteLine(code + ": " + Handle(code));
        Console.WriteLine("filters evaluated: " + evaluations);
        Console.WriteLine(ThrowingFilter(1));
        Console.WriteLine(ThrowingFilter(7));
        Console.WriteLine(ThrowingFilter(5));
        Console.WriteLine(Outer(3));
        Console.WriteLine(Outer(4));
        for (int code = 6; code <= 8; code++) Console.WriteLine(FilterBesideFinally(code));
        Console.WriteLine("cleanups: " + cleanups);
        Console.WriteLine(NestedCatchOfTheSameName(0));
    }
}
