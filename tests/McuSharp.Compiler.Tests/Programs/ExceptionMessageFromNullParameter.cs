using System;

// A message passed on from a parameter may be null: .NET then uses the type's default message, which for the
// program's own class names it with its namespace. The compiler cannot prove such a message is set, so the default
// texts must be there.
namespace Station
{
    class ProbeException : Exception
    {
        public ProbeException(string? message) : base(message) { }
    }

    class StuckException : InvalidOperationException
    {
        public StuckException(string? message) : base(message) { }
    }

    static class Program
    {
        static void Fail(int i, string? message)
        {
            if (i == 0) throw new ProbeException(message);
            if (i == 1) throw new StuckException(message);
            if (i == 2) throw new InvalidOperationException(message);
            throw new Exception(message);
        }

        static void Main()
        {
            foreach (var message in new[] { "given", null })
                for (int i = 0; i < 4; i++)
                {
                    try
                    {
                        Fail(i, message);
                    }
                    catch (Exception e)
                    {
                        Console.WriteLine(e.GetType().Name + ": " + e.Message);
                    }
                }
        }
    }
}
