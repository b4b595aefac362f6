using System;

// throw as an expression: in ?:, in a return, as an expression-bodied method; its operand is evaluated only when
// the branch is taken, after the condition, and the other branch's value is kept otherwise.
static class ExceptionThrowExpressions
{
    static int made;

    static Exception Make(string why)
    {
        made++;
        Console.WriteLine("  making an exception: " + why);
        return new ArgumentException(why);
    }

    static int Checked(int value) => value >= 0 ? value : throw Make("negative " + value);

    static string Name(int code) => code == 1 ? "one" : code == 2 ? "two" : throw new ArgumentOutOfRangeException("code", code, "unknown code");

    static void NotDone() => throw new NotImplementedException();

    static int Parse(string text)
    {
        return text.Length > 0 ? int.Parse(text) : throw new FormatException("empty text");
    }

    static void Main()
    {
        Console.WriteLine(Checked(5));
        try { Console.WriteLine(Checked(-3)); }
        catch (ArgumentException e) { Console.WriteLine("caught " + e.Message); }
        Console.WriteLine(Name(1) + " " + Name(2));
        try { Console.WriteLine(Name(3)); }
        catch (ArgumentOutOfRangeException e) { Console.WriteLine(e.Message); }
        try { NotDone(); }
        catch (NotImplementedException e) { Console.WriteLine(e.Message); }
        Console.WriteLine(Parse("42"));
        try { Console.WriteLine(Parse("")); }
        catch (FormatException e) { Console.WriteLine(e.Message); }
        int limit = 10;
        int total = 0;
        for (int i = 0; i < 5; i++) total += i < limit ? i : throw Make("never");
        Console.WriteLine("total " + total + ", exceptions made: " + made);
    }
}
