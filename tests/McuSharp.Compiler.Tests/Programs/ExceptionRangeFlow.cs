using System;

// The range analysis across try statements: a catch block sees the values the try body had when it threw (not the
// ones at its end), a finally block's writes reach the code after a break or continue, and after the statement.
// Each index below is negative at some point, so the device must keep its bounds check there (Python would read
// a[-1] from the end).
static class ExceptionRangeFlow
{
    static int[] values = { 10, 20, 30, 40, 50 };

    static void Fail(int when, int now)
    {
        if (when == now) throw new InvalidOperationException("at " + now);
    }

    static void Read(string what, int index)
    {
        try
        {
            Console.WriteLine(what + ": values[" + index + "] = " + values[index]);
        }
        catch (IndexOutOfRangeException)
        {
            Console.WriteLine(what + ": index " + index + " is outside");
        }
    }

    static void CatchSeesTheValueAtTheThrow(int when)
    {
        int i = 0;
        try
        {
            i = -1;
            Fail(when, 1);
            i = 0;
        }
        catch (InvalidOperationException)
        {
            Read("catch", i);
            try { Console.WriteLine(values[i]); }
            catch (IndexOutOfRangeException e) { Console.WriteLine("direct: " + e.Message); }
        }
        Read("after", i);
    }

    static void FinallyBeforeBreak()
    {
        int k = 0;
        while (k < 4)
        {
            try
            {
                k++;
                if (k == 3) break;
            }
            finally
            {
                if (k == 3) k = -2;
            }
        }
        try { Console.WriteLine(values[k]); }
        catch (IndexOutOfRangeException) { Console.WriteLine("k = " + k + " after the break"); }
    }

    static void FinallyBeforeContinue()
    {
        int j = 0;
        bool reset = false;
        try
        {
            while (j < 5)
            {
                Console.WriteLine("j = " + j + ": " + values[j]);
                try
                {
                    j++;
                    if (j == 2) continue;
                }
                finally
                {
                    if (j == 2 && !reset)
                    {
                        j = -3;
                        reset = true;
                    }
                }
            }
        }
        catch (IndexOutOfRangeException)
        {
            Console.WriteLine("j = " + j + " at the top of the loop");
        }
    }

    static void CounterInLoopInTry()
    {
        int n = 0;
        try
        {
            for (int step = 0; step < 100; step++)
            {
                n++;
                Fail(4, n);
            }
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine(e.Message + ", n = " + n);
            try { Console.WriteLine(values[n - 10]); }
            catch (IndexOutOfRangeException) { Console.WriteLine("n - 10 is outside"); }
        }
    }

    static void CatchAssigns()
    {
        int m = 2;
        try
        {
            m = int.Parse("oops");
        }
        catch (FormatException)
        {
            m = -4;
        }
        try { Console.WriteLine(values[m]); }
        catch (IndexOutOfRangeException) { Console.WriteLine("m = " + m + " after the catch"); }
    }

    static void Main()
    {
        CatchSeesTheValueAtTheThrow(1);
        CatchSeesTheValueAtTheThrow(0);
        FinallyBeforeBreak();
        FinallyBeforeContinue();
        CounterInLoopInTry();
        CatchAssigns();
    }
}
