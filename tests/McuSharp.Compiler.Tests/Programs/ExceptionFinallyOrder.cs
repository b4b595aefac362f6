using System;

// The order of try, catch and finally, traced step by step: finally after a normal end, after return, break and
// continue inside try, after an exception caught or not, and when catch or finally throw themselves.
static class ExceptionFinallyOrder
{
    static int step;

    static void Trace(string what)
    {
        step++;
        Console.WriteLine(step + ": " + what);
    }

    static int ReturnFromTry(int x)
    {
        try
        {
            Trace("try returns " + x);
            return x;
        }
        finally
        {
            x = -1; // the returned value was taken before the finally block ran
            Trace("finally after return, x = " + x);
        }
    }

    static int ReturnFromCatch()
    {
        int zero = 0;
        try
        {
            return 10 / zero;
        }
        catch (DivideByZeroException)
        {
            Trace("catch returns 7");
            return 7;
        }
        finally
        {
            Trace("finally after the catch returned");
        }
    }

    static void Loops()
    {
        for (int i = 0; i < 4; i++)
        {
            try
            {
                if (i == 1) { Trace("continue at " + i); continue; }
                if (i == 3) { Trace("break at " + i); break; }
                Trace("body " + i);
            }
            finally
            {
                Trace("finally " + i);
            }
            Trace("after try " + i);
        }
        int n = 0;
        while (true)
        {
            try
            {
                n++;
                if (n == 2) break;
            }
            finally
            {
                Trace("while finally n = " + n);
            }
        }
        do
        {
            try { n++; if (n < 5) continue; }
            finally { Trace("do finally n = " + n); }
        } while (n < 5);
    }

    static void ThrowFromCatch()
    {
        try
        {
            try
            {
                Trace("inner try throws");
                throw new InvalidOperationException("first");
            }
            catch (InvalidOperationException e)
            {
                Trace("inner catch got " + e.Message + ", throws another");
                throw new ArgumentException("second");
            }
            finally
            {
                Trace("inner finally");
            }
        }
        catch (ArgumentException e)
        {
            Trace("outer catch got " + e.Message);
        }
        finally
        {
            Trace("outer finally");
        }
    }

    static void ThrowFromFinally()
    {
        try
        {
            try
            {
                Trace("try throws FormatException");
                throw new FormatException("lost");
            }
            finally
            {
                Trace("finally throws NotSupportedException, which replaces it");
                throw new NotSupportedException("replaces");
            }
        }
        catch (FormatException)
        {
            Trace("not reached");
        }
        catch (NotSupportedException e)
        {
            Trace("caught " + e.GetType().Name + ": " + e.Message);
        }
    }

    static void Uncaught(int depth)
    {
        try
        {
            if (depth == 0) throw new TimeoutException();
            Uncaught(depth - 1);
        }
        finally
        {
            Trace("unwinding depth " + depth);
        }
    }

    static void Main()
    {
        Trace("returned " + ReturnFromTry(5));
        Trace("returned " + ReturnFromCatch());
        Loops();
        ThrowFromCatch();
        ThrowFromFinally();
        try
        {
            Uncaught(2);
        }
        catch (TimeoutException e)
        {
            Trace("caught at the top: " + e.Message);
        }
        try
        {
        }
        finally
        {
            Trace("finally of an empty try");
        }
        try
        {
            Trace("try with an empty finally");
        }
        finally
        {
        }
        Trace("done");
    }
}
