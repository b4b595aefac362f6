using System;
using System.Text;

// StringBuilder's range errors: the type, .NET's message with its parameter name and actual value, and which
// argument .NET blames first (Remove tests the length's sign before the start's).
static class StringBuilderRangeErrors
{
    static void Show(Action action)
    {
        try { action(); Console.WriteLine("no error"); }
        catch (ArgumentOutOfRangeException e) { Console.WriteLine(e.GetType().Name + " [" + e.ParamName + "]: " + e.Message); }
    }

    static void Main()
    {
        var sb = new StringBuilder("hello");
        Show(() => sb.Insert(9, "x"));
        Show(() => sb.Insert(-1, "x"));
        Show(() => sb.Insert(5, "!"));
        Show(() => sb.Remove(9, 0));
        Show(() => sb.Remove(2, 9));
        Show(() => sb.Remove(-1, 1));
        Show(() => sb.Remove(-1, -1));
        Show(() => sb.Remove(1, -1));
        Show(() => sb.Remove(6, 0));
        Show(() => sb.Length = -1);
        Show(() => sb.Length = 3);
        Console.WriteLine(sb.ToString() + " " + sb.Length);
    }
}
