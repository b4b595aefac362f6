using System;
using System.Collections.Generic;

// Handlers nested three deep, with exceptions thrown at each level, from the try, the catch and the finally, so
// that the output shows which handler ran and in which order the finally blocks did.
static class ExceptionNestedHandlers
{
    static List<string> trace = new List<string>();

    static void Level(int throwAt, int from)
    {
        // from: 0 the try body, 1 the catch block, 2 the finally block
        try
        {
            trace.Add("L1 try");
            try
            {
                trace.Add("L2 try");
                try
                {
                    trace.Add("L3 try");
                    if (throwAt == 3 && from == 0) throw new InvalidOperationException("L3 body");
                    if (throwAt == 3 && from == 1) throw new FormatException("to L3 catch");
                }
                catch (FormatException e)
                {
                    trace.Add("L3 catch " + e.Message);
                    throw new ArgumentException("from L3 catch");
                }
                finally
                {
                    trace.Add("L3 finally");
                    if (throwAt == 3 && from == 2) throw new NotSupportedException("L3 finally");
                }
                if (throwAt == 2 && from == 0) throw new KeyNotFoundException("L2 body");
                trace.Add("L2 after L3");
            }
            catch (ArgumentException e)
            {
                trace.Add("L2 catch " + e.Message);
                if (throwAt == 2 && from == 1) throw new TimeoutException("from L2 catch");
            }
            finally
            {
                trace.Add("L2 finally");
                if (throwAt == 2 && from == 2) throw new ArgumentException("L2 finally");
            }
            trace.Add("L1 after L2");
        }
        catch (InvalidOperationException e)
        {
            trace.Add("L1 catch InvalidOperation " + e.Message);
        }
        catch (SystemException e)
        {
            trace.Add("L1 catch " + e.GetType().Name + " " + e.Message);
        }
        finally
        {
            trace.Add("L1 finally");
        }
    }

    static void Main()
    {
        for (int at = 2; at <= 3; at++)
        {
            for (int from = 0; from <= 2; from++)
            {
                trace.Clear();
                Level(at, from);
                Console.WriteLine(at + "/" + from + ": " + string.Join(" > ", trace));
            }
        }
        trace.Clear();
        Level(0, 0);
        Console.WriteLine("none: " + string.Join(" > ", trace));
    }
}
