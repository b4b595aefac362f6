using System;

// Exceptions made without a message: a class of the program with no constructor (C#'s implicit one calls base()),
// library exceptions made with new X(), and one made with an inner exception that is read back.
namespace Bench.Faults
{
    class WiringException : Exception
    {
    }

    class LoopException : InvalidOperationException
    {
    }

    static class Program
    {
        static void Main()
        {
            Exception[] made = { new WiringException(), new LoopException(), new TimeoutException(), new Exception(), new FormatException(), new NotSupportedException() };
            foreach (var e in made)
            {
                try
                {
                    throw e;
                }
                catch (Exception caught)
                {
                    Console.WriteLine(caught.GetType().Name + ": " + caught.Message + " / inner null: " + (caught.InnerException == null));
                }
            }
            try
            {
                throw new InvalidOperationException("outer", new FormatException("inner text"));
            }
            catch (InvalidOperationException e)
            {
                Console.WriteLine(e.Message + " <- " + e.InnerException!.GetType().Name + ": " + e.InnerException.Message);
            }
        }
    }
}
