using System;
using System.Collections.Generic;

// Catch clauses match by type hierarchy, as in .NET: a clause for a base type catches the derived ones, the first
// matching clause wins, catch (Exception) and catch { } catch everything, and a clause for an unrelated type lets
// the exception pass to the caller. The errors come from the program (throw) and from the VM (division, indexes).
static class ExceptionTypedCatches
{
    static int zero;

    static void Fail(int kind)
    {
        int[] numbers = { 1, 2, 3 };
        List<int> list = new List<int> { 1 };
        Dictionary<string, int> d = new Dictionary<string, int>();
        string text = "abc";
        switch (kind)
        {
            case 0: Console.WriteLine(1 / zero); break;
            case 1: Console.WriteLine(checked(int.MaxValue + numbers[0])); break;
            case 2: Console.WriteLine(numbers[3 + zero]); break;
            case 3: Console.WriteLine(list[1 + zero]); break;
            case 4: Console.WriteLine(d["missing"]); break;
            case 5: Console.WriteLine(text[-1 + zero]); break;
            case 6: Console.WriteLine(int.Parse("12x")); break;
            case 7: throw new InvalidOperationException("state");
            case 8: throw new ArgumentNullException("name");
            case 9: throw new NotImplementedException();
            case 10: Console.WriteLine(10 % zero); break;
            case 11: throw new ApplicationException("app");
            default: throw new Exception("plain");
        }
    }

    static string Classify(int kind)
    {
        try
        {
            Fail(kind);
            return "no exception";
        }
        catch (DivideByZeroException e)
        {
            return "DivideByZeroException clause: " + e.GetType().Name;
        }
        catch (ArithmeticException e)
        {
            return "ArithmeticException clause: " + e.GetType().Name;
        }
        catch (ArgumentOutOfRangeException e)
        {
            return "ArgumentOutOfRangeException clause: " + e.GetType().Name;
        }
        catch (ArgumentException e)
        {
            return "ArgumentException clause: " + e.GetType().Name;
        }
        catch (IndexOutOfRangeException e)
        {
            return "IndexOutOfRangeException clause: " + e.GetType().Name;
        }
        catch (SystemException e)
        {
            return "SystemException clause: " + e.GetType().Name;
        }
        catch (Exception e)
        {
            return "Exception clause: " + e.GetType().Name;
        }
    }

    static string OnlyLookups(int kind)
    {
        try
        {
            try
            {
                Fail(kind);
                return "no exception";
            }
            catch (KeyNotFoundException)
            {
                return "a missing key";
            }
            catch (FormatException)
            {
                return "a bad number";
            }
        }
        catch
        {
            return "passed on to the general catch";
        }
    }

    static void Main()
    {
        for (int kind = 0; kind <= 12; kind++)
            Console.WriteLine(kind + ": " + Classify(kind) + " / " + OnlyLookups(kind));
    }
}
