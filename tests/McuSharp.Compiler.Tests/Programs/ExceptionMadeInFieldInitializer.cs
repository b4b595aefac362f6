using System;

// The only exception made without a message is a static field's initializer: its default text must still be there.
static class Program
{
    private static readonly InvalidOperationException Busy = new InvalidOperationException();

    static void Main()
    {
        try
        {
            throw Busy;
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine("caught: " + e.Message);
        }
    }
}
