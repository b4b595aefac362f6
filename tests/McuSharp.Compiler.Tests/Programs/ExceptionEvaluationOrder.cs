using System;
using System.Collections.Generic;

// What runs before an exception: C# evaluates the target, the index and the value of an element assignment and only
// then stores (which throws), reads the element of a compound assignment before evaluating its right side, and
// evaluates every operand and argument before the operation or call that throws.
static class ExceptionEvaluationOrder
{
    static int calls;

    static int Value(string what)
    {
        calls++;
        Console.WriteLine("  evaluated " + what);
        return calls;
    }

    static int Index(int i)
    {
        Console.WriteLine("  index " + i);
        return i;
    }

    static void Attempt(string what, int kind, int i)
    {
        int[] array = new int[2];
        int[] missing = null;
        var list = new List<int> { 0, 0 };
        var counts = new Dictionary<string, int>();
        Console.WriteLine(what + ":");
        try
        {
            switch (kind)
            {
                case 0: array[Index(i)] = Value("array value"); break;
                case 1: list[Index(i)] = Value("list value"); break;
                case 2: array[Index(i)] += Value("compound array value"); break;
                case 3: list[Index(i)] += Value("compound list value"); break;
                case 4: missing[Index(i * i)] = Value("value for a null array"); break;
                case 5: counts["k"] += Value("compound value for a missing key"); break;
                case 6: array[Index(i)]++; break;
                case 7: Console.WriteLine(Value("dividend") / (Value("divisor") - calls)); break;
                default: Console.WriteLine(array[Index(i)] + Value("right operand")); break;
            }
            Console.WriteLine("  stored");
        }
        catch (Exception e)
        {
            Console.WriteLine("  " + e.GetType().Name);
        }
    }

    static void Main()
    {
        int[] indexes = { 1, -1, 2 };
        for (int kind = 0; kind <= 8; kind++)
            foreach (int i in indexes)
                Attempt("kind " + kind + " at " + i, kind, i);
    }
}
