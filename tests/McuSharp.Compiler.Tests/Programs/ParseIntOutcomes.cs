using System;

// Each way int.Parse and its siblings end, as the runtime's _parse_int gives them: a value (white space and a sign
// around digits), FormatException (its message quoting the text, '_' refused even where the value would overflow),
// and OverflowException for each type's bounds.
static class ParseIntOutcomes
{
    static void Main()
    {
        string[] texts = { " 12 ", "+7", "-0", "1_0", "2147483648", "", " ", "\t-5\n", "--1", "2147483647", "-2147483648",
            "-2147483649", "99999999999_9", "99999999999", "１２", "12 3", "0", "-", "+" };
        foreach (var text in texts)
        {
            Console.Write("[" + text + "] ");
            try { Console.Write(int.Parse(text)); }
            catch (FormatException e) { Console.Write("format: " + e.Message); }
            catch (OverflowException e) { Console.Write("overflow: " + e.Message); }
            try { Console.WriteLine(" / " + byte.Parse(text)); }
            catch (Exception e) { Console.WriteLine(" / " + e.GetType().Name + ": " + e.Message); }
        }
        int sum = 0;
        foreach (var text in texts)
        {
            try { sum += int.Parse(text) & 0xFFFF; }
            catch (FormatException) { sum -= 1; }
            catch (OverflowException) { sum -= 1000; }
        }
        Console.WriteLine(sum);
    }
}
