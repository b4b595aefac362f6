using System.Numerics;
using System.Text;
using System.Text.RegularExpressions;
using McuSharp.Compiler.Diagnostics;
using McuSharp.Compiler.Python;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace McuSharp.Compiler.Lowering;

/// <summary>
/// String interpolation, string.Format and composite Console.WriteLine: the format string is parsed at compile
/// time; each hole becomes its value's text, formatted by the runtime's _fmt_num for format specifiers and
/// padded by _align for alignments.
/// </summary>
internal sealed partial class FunctionLowerer
{
    /// <summary>A standard numeric format: one letter and an optional precision; anything else is a custom format.</summary>
    private static readonly Regex StandardNumericFormat = new(@"^[A-Za-z][0-9]*$", RegexOptions.CultureInvariant);

    private PyExpr LowerInterpolatedString(IInterpolatedStringOperation interpolated)
    {
        var parts = new List<PyExpr>();
        foreach (var part in interpolated.Parts)
        {
            switch (part)
            {
                case IInterpolatedStringTextOperation text:
                    parts.Add(Str((string?)text.Text.ConstantValue.Value ?? ""));
                    break;
                case IInterpolationOperation hole:
                    int? alignment = hole.Alignment?.ConstantValue is { HasValue: true, Value: int a } ? a : null;
                    if (hole.Alignment is not null && alignment is null) return Unsupported(hole.Alignment.Syntax, "A non-constant alignment", "write the width as a number");
                    parts.Add(FormatHole(hole.Expression, (string?)hole.FormatString?.ConstantValue.Value, alignment, hole.Syntax));
                    break;
                // An interpolated string passed to an interpolated-string handler (e.g. StringBuilder.Append($"..."))
                // is a list of AppendLiteral / AppendFormatted calls.
                case IInterpolatedStringAppendOperation { AppendCall: IInvocationOperation call } append:
                {
                    var arguments = call.Arguments;
                    if (append.Kind == OperationKind.InterpolatedStringAppendLiteral && arguments.Length == 1)
                    {
                        parts.Add(Str((string?)arguments[0].Value.ConstantValue.Value ?? ""));
                        break;
                    }
                    var value = arguments.FirstOrDefault(a => a.Parameter?.Name == "value")?.Value;
                    var alignmentArgument = arguments.FirstOrDefault(a => a.Parameter?.Name == "alignment")?.Value;
                    var formatArgument = arguments.FirstOrDefault(a => a.Parameter?.Name == "format")?.Value;
                    if (value is null || append.Kind != OperationKind.InterpolatedStringAppendFormatted)
                        return Unsupported(part.Syntax, "This interpolation", "it has no MicroPython translation");
                    int? width = alignmentArgument?.ConstantValue is { HasValue: true, Value: int w } ? w : null;
                    if (alignmentArgument is not null && width is null) return Unsupported(alignmentArgument.Syntax, "A non-constant alignment", "write the width as a number");
                    parts.Add(FormatHole(value, (string?)formatArgument?.ConstantValue.Value, width, part.Syntax));
                    break;
                }
                default:
                    return Unsupported(part.Syntax, "This interpolation", "it has no MicroPython translation");
            }
        }
        return ConcatenateStrings(parts);
    }

    /// <summary>string.Format / Console.WriteLine(format, args): the format must be a constant.</summary>
    private PyExpr CompositeFormat(IOperation operation, IOperation format, IReadOnlyList<IOperation> arguments)
    {
        if (format.ConstantValue is not { HasValue: true, Value: string text })
        {
            _context.Report(McuDiagnostics.UnsupportedFormat, format.Syntax, "The format string must be a constant (a literal or const) so McuSharp can check and translate it; use string interpolation for computed text");
            return PyConst.None;
        }
        var values = arguments.Count == 1 && ParamsElements(arguments[0]) is { } elements ? elements : arguments;
        if (arguments.Count == 1 && arguments[0].Type is IArrayTypeSymbol && ParamsElements(arguments[0]) is null)
            return Unsupported(arguments[0].Syntax, "Passing the format arguments as an array", "pass them one by one");
        var parts = new List<PyExpr>();
        var literal = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            var ch = text[i];
            if (ch == '{' && i + 1 < text.Length && text[i + 1] == '{') { literal.Append('{'); i += 2; continue; }
            if (ch == '}' && i + 1 < text.Length && text[i + 1] == '}') { literal.Append('}'); i += 2; continue; }
            if (ch == '}') return FormatError(format, $"The format string has a '}}' at position {i} with no matching '{{'; write '}}}}' for a literal brace");
            if (ch != '{') { literal.Append(ch); i++; continue; }
            var close = text.IndexOf('}', i);
            if (close < 0) return FormatError(format, $"The format item at position {i} has no closing '}}'");
            var item = text[(i + 1)..close];
            var match = Regex.Match(item, @"^\s*(\d+)\s*(?:,\s*(-?\d+)\s*)?(?::(.*))?$", RegexOptions.CultureInvariant);
            if (!match.Success) return FormatError(format, $"'{{{item}}}' is not a valid format item; write {{index[,alignment][:format]}}");
            var index = int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            if (index >= values.Count) return FormatError(format, $"The format item '{{{item}}}' refers to argument {index}, but only {values.Count} argument(s) follow the format");
            if (literal.Length > 0) { parts.Add(Str(literal.ToString())); literal.Clear(); }
            int? alignment = match.Groups[2].Success ? int.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
            parts.Add(FormatHole(values[index], match.Groups[3].Success ? match.Groups[3].Value : null, alignment, format.Syntax));
            i = close + 1;
        }
        if (literal.Length > 0) parts.Add(Str(literal.ToString()));
        return ConcatenateStrings(parts);
    }

    private PyExpr FormatError(IOperation format, string message) => FormatError(format.Syntax, message);

    private PyExpr FormatError(SyntaxNode syntax, string message)
    {
        _context.Report(McuDiagnostics.UnsupportedFormat, syntax, message);
        return PyConst.None;
    }

    /// <summary>One hole: the value's text with an optional format specifier and alignment.</summary>
    private PyExpr FormatHole(IOperation value, string? spec, int? alignment, SyntaxNode syntax)
    {
        value = WithoutImplicitConversions(value);
        if (value.Type?.TypeKind == TypeKind.Enum && !string.IsNullOrEmpty(spec) && spec is not ("G" or "g"))
            return Unsupported(value.Syntax, $"Formatting an enum value with '{spec}'", "print the name ({value}) or cast to its number ({(int)value:" + spec + "})");
        if (value.Type?.TypeKind == TypeKind.Enum) spec = null;
        var text = string.IsNullOrEmpty(spec) ? Stringify(value) : FormatWithSpecifier(value, spec, syntax);
        return alignment is null or 0 ? text : Call(Helper("_align"), text, Int(alignment.Value));
    }

    private PyExpr FormatWithSpecifier(IOperation value, string spec, SyntaxNode syntax)
    {
        var type = IsNullableValueType(value.Type) ? ((INamedTypeSymbol)value.Type!).TypeArguments[0] : value.Type;
        var kind = ValueKinds.Of(type);
        // Strings, chars and bools ignore format specifiers in .NET.
        if (kind is ValueKind.String or ValueKind.Char or ValueKind.Bool) return Stringify(value);
        if (!kind.IsInteger() && !kind.IsFloating()) return Unsupported(syntax, $"A format specifier on {value.Type?.ToDisplayString()}", "only numbers take format specifiers so far");
        if (!IsNullableValueType(value.Type)) return FormatNumber(Lower(value), ValueRange(value), kind, type, spec, syntax);
        // A null T? formats as nothing, a value as T does.
        var (first, again) = TwoUses(Lower(value));
        return new PyIfExp(new PyCompare(first, PyCompareOperator.Is, PyConst.None), Str(""), FormatNumber(again, kind.IsInteger() ? kind.Range() : Interval.Huge, kind, type, spec, syntax));
    }

    private PyExpr FormatNumber(PyExpr value, Interval range, ValueKind kind, ITypeSymbol? type, string spec, SyntaxNode syntax)
    {
        var standard = StandardNumericFormat.IsMatch(spec);
        if (standard)
        {
            var letter = char.ToUpperInvariant(spec[0]);
            var allowed = kind.IsInteger() ? "BCDEFGNPRX" : "CEFGNPR";
            if (!allowed.Contains(letter))
                return FormatError(syntax, $"'{spec}' is not a format specifier for {type?.ToDisplayString()} (.NET throws a FormatException); use one of {string.Join(", ", allowed.ToCharArray())} with an optional precision, or a custom pattern such as 0.00");
            if (spec.Length > 3)
                return FormatError(syntax, $"The precision in '{spec}' is larger than McuSharp allows on a device (at most 99)");
        }
        else if (spec.Contains('\0'))
        {
            return FormatError(syntax, "A format specifier cannot contain the character \\0");
        }
        if (standard && kind.IsInteger() && InlineIntegerFormat(value, range, spec, kind) is { } inline) return inline;
        // Calling the standard or the custom formatter directly keeps mcus_rt.py small.
        return Call(Helper(standard ? "_fmt_std" : "_fmt_custom"), value, Str(spec), Str(NumericKindCode(kind)));
    }

    /// <summary>
    /// D and X on integers need no runtime formatter: `'%04X' % x` gives .NET's text (X shows a negative value's
    /// two's complement, so the value is masked to its width first; D is inlined only for values that cannot be negative).
    /// </summary>
    private PyExpr? InlineIntegerFormat(PyExpr value, Interval range, string spec, ValueKind kind)
    {
        var letter = spec[0];
        var precision = spec.Length > 1 ? int.Parse(spec[1..], System.Globalization.CultureInfo.InvariantCulture) : 0;
        var width = precision > 1 ? "0" + precision.ToString(System.Globalization.CultureInfo.InvariantCulture) : "";
        switch (letter)
        {
            case 'D' or 'd' when range.IsNonNegative:
                return new PyBinOp(Str("%" + width + "d"), PyBinaryOperator.Mod, value);
            case 'X' or 'x':
                var unsigned = range.IsNonNegative ? value : new PyBinOp(value, PyBinaryOperator.BitAnd, Int((BigInteger.One << kind.Bits()) - 1));
                return new PyBinOp(Str("%" + width + letter), PyBinaryOperator.Mod, unsigned);
            default:
                return null;
        }
    }

    /// <summary>How the runtime formatter names a numeric type: d, f, or i/u with the width (i32, u8, ...).</summary>
    private static string NumericKindCode(ValueKind kind) => kind switch
    {
        ValueKind.Double => "d",
        ValueKind.Single => "f",
        _ => (kind.IsSigned() ? "i" : "u") + kind.Bits(),
    };
}
