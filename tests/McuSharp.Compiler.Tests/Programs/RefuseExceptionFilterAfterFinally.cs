// expect: MCU0009
using System;

// .NET evaluates the filter (which prints) before the inner finally block runs; MicroPython would run the finally
// block first, so the two lines would come out in the other order.
static class RefuseExceptionFilterAfterFinally
{
    static bool Log(Exception e)
    {
        Console.WriteLine("filter sees " + e.Message);
        return true;
    }

    static void Main()
    {
        try
        {
            try
            {
                throw new InvalidOperationException("boom");
            }
            finally
            {
                Console.WriteLine("inner finally");
            }
        }
        catch (Exception e) when (Log(e))
        {
            Console.WriteLine("caught");
        }
    }
}
