using System;
using System.Collections.Generic;

// throw; rethrows the caught exception with its type, whether the program or the VM raised it; throw e; throws the
// same object again; wrapping keeps the cause as InnerException; GetBaseException finds the innermost one.
static class ExceptionRethrow
{
    static int zero;

    static int Risky(int kind)
    {
        List<int> values = new List<int> { 4, 5 };
        if (kind == 0) return 100 / zero;
        if (kind == 1) return values[kind + 5];
        if (kind == 2) throw new KeyNotFoundException("custom text");
        return int.Parse("nine");
    }

    static int RethrowBare(int kind)
    {
        try
        {
            return Risky(kind);
        }
        catch (Exception e)
        {
            Console.WriteLine("  logging " + e.GetType().Name);
            throw;
        }
    }

    static int RethrowWithoutVariable(int kind)
    {
        try
        {
            return RethrowBare(kind);
        }
        catch
        {
            Console.WriteLine("  general catch rethrows");
            throw;
        }
    }

    static int RethrowSame(int kind)
    {
        try
        {
            return Risky(kind);
        }
        catch (SystemException e)
        {
            throw e;
        }
    }

    static void Wrap(int kind)
    {
        try
        {
            RethrowSame(kind);
        }
        catch (Exception e)
        {
            throw new InvalidOperationException("step " + kind + " failed", e);
        }
    }

    static void Main()
    {
        for (int kind = 0; kind < 4; kind++)
        {
            try
            {
                RethrowWithoutVariable(kind);
            }
            catch (DivideByZeroException e)
            {
                Console.WriteLine(kind + ": still a DivideByZeroException: " + e.Message);
            }
            catch (ArgumentOutOfRangeException e)
            {
                Console.WriteLine(kind + ": still an ArgumentOutOfRangeException: " + e.Message);
            }
            catch (KeyNotFoundException e)
            {
                Console.WriteLine(kind + ": still a KeyNotFoundException: " + e.Message);
            }
            catch (FormatException e)
            {
                Console.WriteLine(kind + ": still a FormatException: " + e.Message);
            }
        }
        for (int kind = 0; kind < 4; kind++)
        {
            try
            {
                Wrap(kind);
            }
            catch (InvalidOperationException e)
            {
                Exception inner = e.InnerException;
                Console.WriteLine(e.Message + " <- " + inner.GetType().Name + ": " + inner.Message);
                Console.WriteLine("  base: " + e.GetBaseException().GetType().Name + ", inner of inner is null: " + (inner.InnerException == null));
            }
        }
        Exception saved = null;
        try
        {
            throw new NotSupportedException("kept");
        }
        catch (NotSupportedException e)
        {
            saved = e;
        }
        try
        {
            throw saved;
        }
        catch (Exception e)
        {
            Console.WriteLine("the same object: " + (e == saved) + ", " + e.Message);
        }
        var outer = new Exception("outer", new ArgumentException("middle", new FormatException()));
        Console.WriteLine(outer.GetBaseException().Message);
        Console.WriteLine(new Exception().InnerException == null);
    }
}
