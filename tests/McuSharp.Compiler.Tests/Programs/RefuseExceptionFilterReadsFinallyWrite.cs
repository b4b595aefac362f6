// expect: MCU0009
using System;

// The filter reads a variable that a finally block in a called method changes: .NET's filter sees the value before
// that finally block ran, MicroPython's the value after.
static class RefuseExceptionFilterReadsFinallyWrite
{
    static int stage;

    static void Work()
    {
        try
        {
            stage = 1;
            throw new TimeoutException();
        }
        finally
        {
            stage = 2;
        }
    }

    static void Main()
    {
        try
        {
            Work();
        }
        catch (TimeoutException) when (stage == 1)
        {
            Console.WriteLine("timed out in stage 1");
        }
        catch (TimeoutException)
        {
            Console.WriteLine("timed out later");
        }
    }
}
