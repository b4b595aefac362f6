using System;
using System.Collections.Generic;

// The library exception types McuSharp supports, built with each of their constructors: the default messages,
// a message, an inner exception, argument exceptions' parameter names and actual values, null and empty texts.
static class ExceptionConstructors
{
    static string nothing;

    static void Show(Exception e)
    {
        Console.WriteLine(e.GetType().Name + " | " + e.Message + " | inner: " + (e.InnerException == null ? "none" : e.InnerException.GetType().Name));
    }

    static void ShowArgument(ArgumentException e)
    {
        Console.WriteLine(e.GetType().Name + " | " + e.Message + " | param: " + (e.ParamName == null ? "null" : "'" + e.ParamName + "'"));
    }

    static void Main()
    {
        Show(new Exception());
        Show(new SystemException());
        Show(new ApplicationException());
        Show(new ArithmeticException());
        Show(new DivideByZeroException());
        Show(new OverflowException());
        Show(new ArgumentException());
        Show(new ArgumentNullException());
        Show(new ArgumentOutOfRangeException());
        Show(new IndexOutOfRangeException());
        Show(new InvalidCastException());
        Show(new InvalidOperationException());
        Show(new KeyNotFoundException());
        Show(new NullReferenceException());
        Show(new FormatException());
        Show(new NotSupportedException());
        Show(new NotImplementedException());
        Show(new OutOfMemoryException());
        Show(new TimeoutException());

        Show(new Exception("plain message"));
        Show(new Exception(nothing));
        Show(new Exception(""));
        Show(new InvalidOperationException("with inner", new FormatException("cause")));
        Show(new TimeoutException("slow sensor", new Exception()));
        Show(new KeyNotFoundException("no " + 42));
        Show(new NotSupportedException(nothing, new InvalidCastException()));

        ShowArgument(new ArgumentException("bad value"));
        ShowArgument(new ArgumentException("bad value", "speed"));
        ShowArgument(new ArgumentException(nothing, "speed"));
        ShowArgument(new ArgumentException("bad value", ""));
        ShowArgument(new ArgumentException("wrapped", new Exception("x")));
        ShowArgument(new ArgumentException("all three", "speed", new Exception("x")));
        ShowArgument(new ArgumentNullException("pin"));
        ShowArgument(new ArgumentNullException("pin", "pin is required"));
        ShowArgument(new ArgumentNullException("wrapped", new Exception("x")));
        ShowArgument(new ArgumentNullException(nothing));
        ShowArgument(new ArgumentOutOfRangeException("channel"));
        ShowArgument(new ArgumentOutOfRangeException("channel", "must be 0..7"));
        ShowArgument(new ArgumentOutOfRangeException("channel", 9, "must be 0..7"));
        ShowArgument(new ArgumentOutOfRangeException("ratio", 2.5, "must be at most 1"));
        ShowArgument(new ArgumentOutOfRangeException("flag", true, nothing));
        ShowArgument(new ArgumentOutOfRangeException("name", "abc", "too long"));
        ShowArgument(new ArgumentOutOfRangeException("name", nothing, "missing"));
        ShowArgument(new ArgumentOutOfRangeException("wrapped", new Exception("x")));
        ShowArgument(new ArgumentOutOfRangeException(paramName: "named", message: "order"));
        ShowArgument(new ArgumentOutOfRangeException(message: "reordered", paramName: "named"));
    }
}
