using System;
using System.Collections.Generic;

// Exceptions crossing method calls and loops: a flaky sensor read with retries, break and continue from catch
// blocks, a recursive descent whose frames each clean up, and counters that must keep the values they had when the
// exception left the loop.
static class ExceptionAcrossCallsAndLoops
{
    static int attempts;

    static int ReadSensor(int channel)
    {
        attempts++;
        if (attempts % 3 != 0) throw new TimeoutException("channel " + channel + " attempt " + attempts);
        return channel * 10 + attempts;
    }

    static int ReadWithRetry(int channel, int tries)
    {
        for (int i = 1; ; i++)
        {
            try
            {
                return ReadSensor(channel);
            }
            catch (TimeoutException e)
            {
                Console.WriteLine("  retry " + i + ": " + e.Message);
                if (i == tries) throw;
            }
        }
    }

    static int Depth(int n, List<string> log)
    {
        try
        {
            if (n == 0) return 100 / n;
            return Depth(n - 1, log) + 1;
        }
        finally
        {
            log.Add("frame " + n);
        }
    }

    static void Main()
    {
        Console.WriteLine("read " + ReadWithRetry(1, 3));
        try
        {
            Console.WriteLine("read " + ReadWithRetry(2, 1));
        }
        catch (TimeoutException e)
        {
            Console.WriteLine("gave up: " + e.Message);
        }

        var log = new List<string>();
        try
        {
            Depth(4, log);
        }
        catch (DivideByZeroException)
        {
            Console.WriteLine("unwound " + string.Join(", ", log));
        }

        string[] inputs = { "12", "x", "7", "", "99999999999", "3", "stop", "5" };
        int sum = 0, bad = 0, index = 0;
        foreach (string input in inputs)
        {
            index++;
            try
            {
                if (input == "stop") break;
                if (input.Length == 0) continue;
                sum += int.Parse(input);
            }
            catch (FormatException)
            {
                bad++;
                continue;
            }
            catch (OverflowException)
            {
                bad += 10;
                break;
            }
            finally
            {
                Console.WriteLine("  input " + index + " '" + input + "' sum " + sum + " bad " + bad);
            }
            Console.WriteLine("  accepted " + input);
        }
        Console.WriteLine("sum " + sum + ", bad " + bad + ", stopped at " + index);

        int count = 0;
        int[] buffer = new int[4];
        try
        {
            while (true)
            {
                buffer[count] = count * count;
                count++;
            }
        }
        catch (IndexOutOfRangeException)
        {
            Console.WriteLine("filled " + count + ": " + string.Join(" ", buffer));
        }
    }
}
