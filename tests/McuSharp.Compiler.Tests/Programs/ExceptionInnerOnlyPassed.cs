using System;

// Every message is a literal, but one exception is given an inner exception that only GetBaseException reads.
static class Program
{
    static void Main()
    {
        try
        {
            try
            {
                throw new ArgumentException("first");
            }
            catch (ArgumentException e)
            {
                throw new InvalidOperationException("second", e);
            }
        }
        catch (Exception e)
        {
            Console.WriteLine(e.Message + " from " + e.GetBaseException().Message);
        }
    }
}
