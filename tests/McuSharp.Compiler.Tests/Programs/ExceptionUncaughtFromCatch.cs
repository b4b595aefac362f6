using System;

// An exception thrown in a catch block, after the finally blocks on its way have run, ends the program: the device
// exits with a failure, as .NET does, and prints exactly what .NET printed before.
static class ExceptionUncaughtFromCatch
{
    static int Read(int[] samples, int index)
    {
        try
        {
            return samples[index];
        }
        catch (IndexOutOfRangeException e)
        {
            Console.WriteLine("read failed: " + e.Message);
            throw new InvalidOperationException("sample " + index + " is missing", e);
        }
        finally
        {
            Console.WriteLine("read " + index + " done");
        }
    }

    static void Main()
    {
        int[] samples = { 3, 1, 4 };
        int sum = 0;
        try
        {
            for (int i = 0; i <= samples.Length; i++) sum += Read(samples, i);
        }
        finally
        {
            Console.WriteLine("sum so far " + sum);
        }
        Console.WriteLine("not reached");
    }
}
