using System.Globalization;
using System.Text.RegularExpressions;
using McuSharp.Compiler.Lowering;

namespace McuSharp.Compiler.Output;

/// <summary>
/// Reads a device's output line by line and says, for each line of a MicroPython traceback, what it is in C#
/// terms: a frame's C# file and line, and for the closing error line the .NET exception the VM's error stands for
/// (`ZeroDivisionError` is a DivideByZeroException). Lines outside a traceback are left alone, so a program that
/// prints "KeyError" is not annotated.
/// </summary>
public sealed partial class TracebackAnnotator(SourceMap? map)
{
    private const string Header = "Traceback (most recent call last):";
    private bool _inTraceback;

    [GeneratedRegex(@"File ""([^""]+\.py)"", line (\d+)")]
    private static partial Regex Frame();

    [GeneratedRegex(@"^(\w+)(:|$)")]
    private static partial Regex ErrorLine();

    /// <summary>The text to append to <paramref name="line"/> (without its line ending): empty, or `  [C#: ...]`.</summary>
    public string Annotate(string line)
    {
        if (line.StartsWith(Header, StringComparison.Ordinal))
        {
            _inTraceback = true;
            return "";
        }
        if (!_inTraceback) return "";
        if (Frame().Match(line) is { Success: true } frame)
        {
            var origin = map?.Lookup(frame.Groups[1].Value, int.Parse(frame.Groups[2].Value, CultureInfo.InvariantCulture));
            return origin is null ? "" : $"  [C#: {origin.Value.File}({origin.Value.Line})]";
        }
        if (line.StartsWith(' ')) return ""; // a frame's source line
        _inTraceback = false;
        var error = ErrorLine().Match(line);
        return error.Success && ExceptionTypes.DotNetNameOfVmError(error.Groups[1].Value) is { } dotNet ? $"  [C#: {dotNet}]" : "";
    }
}
