using McuSharp.Compiler.Diagnostics;
using McuSharp.Compiler.Python;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace McuSharp.Compiler.Lowering;

/// <summary>string and char members. Strings are Python str; a char is a one-character str.</summary>
internal sealed partial class FunctionLowerer
{
    /// <summary>
    /// `s.Substring(a)`, `s.Substring(a, n)`: a slice when the bounds hold, tested inline (`s[a:] if 0 <= a <= len(s)`),
    /// else the runtime's _substr, which raises .NET's ArgumentOutOfRangeException. The test costs less than a call.
    /// </summary>
    private PyExpr Substring(LibraryCall c)
    {
        var text = Lower(c.Receiver!);
        var loweredStart = Lower(c[0]);
        var loweredLength = c.Arguments.Count > 1 ? Lower(c[1]) : null;
        // The inline test reads the text after the bounds; only a plain text that the bounds do not store keeps C#'s
        // order of evaluation (the call reads the text first).
        if (text is not (PyName or PyConst) || c.Arguments.Any(argument => MayChange(c.Receiver!, argument)))
            return Call(Helper("_substr"), new[] { text, loweredStart }.Concat(loweredLength is null ? Array.Empty<PyExpr>() : new[] { loweredLength }).ToArray());
        var textLength = Call(new PyName("len"), text);
        var tests = new List<PyExpr>();
        var startKnown = ValueRange(c[0]).IsNonNegative;
        // A bound that a search of this very text proves short enough (SearchBounds.cs) leaves one way to fail.
        var fixedText = FixedText(c.Receiver!);
        if (loweredLength is null && FitsIn(c[0], fixedText))
            return OnlyNegativeFails(startKnown, loweredStart, "startIndex", s => new PySubscript(text, new PySlice(s, null)));
        if (c[0].ConstantValue is { HasValue: true, Value: 0 } && loweredLength is not null && FitsIn(c[1], fixedText))
            return OnlyNegativeFails(ValueRange(c[1]).IsNonNegative, loweredLength, "length", n => new PySubscript(text, new PySlice(null, n)));
        var (startFirst, start) = UsedTwice(loweredStart);
        if (loweredLength is null)
        {
            tests.Add(startKnown ? new PyCompare(startFirst, PyCompareOperator.LtE, textLength)
                : new PyCompare(Int(0), new[] { PyCompareOperator.LtE, PyCompareOperator.LtE }, new[] { startFirst, textLength }));
            return new PyIfExp(tests[0], new PySubscript(text, new PySlice(start, null)), Call(Helper("_substr"), text, start));
        }
        var (lengthFirst, length) = UsedTwice(loweredLength);
        // Each value's first use carries its binding, in C#'s order: start, then length.
        if (!startKnown) tests.Add(new PyCompare(Int(0), PyCompareOperator.LtE, startFirst));
        else if (!ReferenceEquals(startFirst, start)) tests.Add(new PyCompare(startFirst, PyCompareOperator.GtE, Int(0)));
        var fromZero = c[0].ConstantValue is { HasValue: true, Value: 0 };
        var end = fromZero ? length : new PyBinOp(start, PyBinaryOperator.Add, length);
        var lengthKnown = ValueRange(c[1]).IsNonNegative;
        if (fromZero) // s.Substring(0, n): one chain, 0 <= n <= len(s)
            tests.Add(lengthKnown ? new PyCompare(lengthFirst, PyCompareOperator.LtE, textLength)
                : new PyCompare(Int(0), new[] { PyCompareOperator.LtE, PyCompareOperator.LtE }, new[] { lengthFirst, textLength }));
        else
        {
            if (!lengthKnown) tests.Add(new PyCompare(Int(0), PyCompareOperator.LtE, lengthFirst));
            else if (!ReferenceEquals(lengthFirst, length)) tests.Add(new PyCompare(lengthFirst, PyCompareOperator.GtE, Int(0)));
            tests.Add(new PyCompare(end, PyCompareOperator.LtE, textLength));
        }
        var inRange = tests.Count == 1 ? tests[0] : new PyBoolOp(PyBoolOperator.And, tests);
        return new PyIfExp(inRange, new PySubscript(text, new PySlice(fromZero ? null : start, end)), Call(Helper("_substr"), text, start, length));
    }

    /// <summary>`slice(value)`, preceded by `if value &gt;= 0 else` .NET's error for a negative argument unless none can come.</summary>
    private PyExpr OnlyNegativeFails(bool nonNegative, PyExpr value, string parameter, Func<PyExpr, PyExpr> slice)
    {
        if (nonNegative) return slice(value);
        var (first, again) = UsedTwice(value);
        return new PyIfExp(new PyCompare(first, PyCompareOperator.GtE, Int(0)), slice(again), Call(Helper("_argneg"), Str(parameter), again));
    }

    private static void AddStringMembers(Dictionary<string, MemberLowering> table)
    {
        table["String.Length/0"] = (f, c) => Call(new PyName("len"), f.Lower(c.Receiver!));
        table["String.this[]/1"] = (f, c) => new PySubscript(f.Lower(c.Receiver!), f.CheckedIndex(c[0], c.Receiver!));
        table["String.Insert/2"] = (f, c) => Call(f.Helper("_str_insert"), f.Lower(c.Receiver!), f.Lower(c[0]), f.Lower(c[1]));
        table["String.Remove/1"] = (f, c) => Call(f.Helper("_str_remove"), f.Lower(c.Receiver!), f.Lower(c[0]));
        table["String.Remove/2"] = (f, c) => Call(f.Helper("_str_remove"), f.Lower(c.Receiver!), f.Lower(c[0]), f.Lower(c[1]));
        table["String.Substring/1"] = (f, c) => f.Substring(c);
        table["String.Substring/2"] = (f, c) => f.Substring(c);
        table["String.Empty/0"] = (f, c) => Str("");
        foreach (var arity in new[] { 1, 2, 3, 4 })
        {
            table["String.IndexOf/" + arity] = (f, c) => f.Find(c, last: false);
            table["String.LastIndexOf/" + arity] = (f, c) => f.Find(c, last: true);
        }
        table["String.Contains/1"] = (f, c) => new PyCompare(f.Lower(c[0]), PyCompareOperator.In, f.Lower(c.Receiver!));
        table["String.Contains/2"] = (f, c) => f.OrdinalOnly(c, () => new PyCompare(f.Lower(c[0]), PyCompareOperator.In, f.Lower(c.Receiver!)));
        table["String.StartsWith/1"] = (f, c) => Method(f.Lower(c.Receiver!), "startswith", f.Lower(c[0]));
        table["String.EndsWith/1"] = (f, c) => Method(f.Lower(c.Receiver!), "endswith", f.Lower(c[0]));
        table["String.StartsWith/2"] = (f, c) => f.OrdinalOnly(c, () => Method(f.Lower(c.Receiver!), "startswith", f.Lower(c[0])));
        table["String.EndsWith/2"] = (f, c) => f.OrdinalOnly(c, () => Method(f.Lower(c.Receiver!), "endswith", f.Lower(c[0])));
        table["String.Replace/2"] = (f, c) => f.Replace(c);
        table["String.Split/-1"] = (f, c) => f.Split(c);
        table["String.Join/2"] = (f, c) => f.Join(c);
        // .NET trims Unicode white space; MicroPython's strip() without arguments only ASCII.
        table["String.Trim/0"] = (f, c) => Method(f.Lower(c.Receiver!), "strip", f.Helper("_ws"));
        table["String.TrimStart/0"] = (f, c) => Method(f.Lower(c.Receiver!), "lstrip", f.Helper("_ws"));
        table["String.TrimEnd/0"] = (f, c) => Method(f.Lower(c.Receiver!), "rstrip", f.Helper("_ws"));
        table["String.Trim/1"] = (f, c) => Method(f.Lower(c.Receiver!), "strip", f.CharSet(c[0]));
        table["String.TrimStart/1"] = (f, c) => Method(f.Lower(c.Receiver!), "lstrip", f.CharSet(c[0]));
        table["String.TrimEnd/1"] = (f, c) => Method(f.Lower(c.Receiver!), "rstrip", f.CharSet(c[0]));
        table["String.ToUpper/0"] = (f, c) => Method(f.Lower(c.Receiver!), "upper");
        table["String.ToLower/0"] = (f, c) => Method(f.Lower(c.Receiver!), "lower");
        table["String.ToUpperInvariant/0"] = (f, c) => Method(f.Lower(c.Receiver!), "upper");
        table["String.ToLowerInvariant/0"] = (f, c) => Method(f.Lower(c.Receiver!), "lower");
        table["String.PadLeft/1"] = (f, c) => Call(f.Helper("_pad"), f.Lower(c.Receiver!), f.Lower(c[0]), Str(" "), PyConst.True);
        table["String.PadLeft/2"] = (f, c) => Call(f.Helper("_pad"), f.Lower(c.Receiver!), f.Lower(c[0]), f.Lower(c[1]), PyConst.True);
        table["String.PadRight/1"] = (f, c) => Call(f.Helper("_pad"), f.Lower(c.Receiver!), f.Lower(c[0]), Str(" "), PyConst.False);
        table["String.PadRight/2"] = (f, c) => Call(f.Helper("_pad"), f.Lower(c.Receiver!), f.Lower(c[0]), f.Lower(c[1]), PyConst.False);
        table["String.IsNullOrEmpty/1"] = (f, c) => new PyUnaryOp(PyUnaryOperator.Not, f.Lower(c[0]));
        table["String.IsNullOrWhiteSpace/1"] = (f, c) => Call(f.Helper("_is_blank"), f.Lower(c[0]));
        table["String.Equals/1"] = (f, c) => new PyCompare(f.Lower(c.Receiver!), PyCompareOperator.Eq, f.Lower(c[0]));
        table["String.Equals/2"] = (f, c) => c.Receiver is null && c[1].Type?.TypeKind != TypeKind.Enum
            ? new PyCompare(f.Lower(c[0]), PyCompareOperator.Eq, f.Lower(c[1]))
            : f.OrdinalOnly(c, () => new PyCompare(f.Lower(c.Receiver!), PyCompareOperator.Eq, f.Lower(c[0])));
        table["String.Equals/3"] = (f, c) => f.OrdinalOnly(c, () => new PyCompare(f.Lower(c[0]), PyCompareOperator.Eq, f.Lower(c[1])));
        table["String.CompareOrdinal/2"] = (f, c) => Call(f.Helper("_cmp_ordinal"), f.Lower(c[0]), f.Lower(c[1]));
        table["String.Compare/2"] = (f, c) => f.CultureSensitive(c);
        table["String.Compare/3"] = (f, c) => f.OrdinalOnly(c, () => Call(f.Helper("_cmp_ordinal"), f.Lower(c[0]), f.Lower(c[1])));
        table["String.CompareTo/1"] = (f, c) => f.CultureSensitive(c);
        table["String.Concat/-1"] = (f, c) => ConcatenateStrings((c.Count == 1 && ParamsElements(c[0]) is { } all ? all : c.Arguments).Select(f.Stringify).ToList());
        table["String.Format/-1"] = (f, c) => f.CompositeFormat(c.Operation, c[0], c.Arguments.Skip(1).ToList());
        table["String.ToCharArray/0"] = (f, c) => Call(new PyName("list"), f.Lower(c.Receiver!));
        table["String.ToString/0"] = (f, c) => f.Lower(c.Receiver!);

        table["Char.IsDigit/1"] = (f, c) => Method(f.Lower(c[0]), "isdigit");
        table["Char.IsLetter/1"] = (f, c) => Method(f.Lower(c[0]), "isalpha");
        table["Char.IsUpper/1"] = (f, c) => Method(f.Lower(c[0]), "isupper");
        table["Char.IsLower/1"] = (f, c) => Method(f.Lower(c[0]), "islower");
        table["Char.IsWhiteSpace/1"] = (f, c) => new PyCompare(f.Lower(c[0]), PyCompareOperator.In, f.Helper("_ws"));
        table["Char.IsLetterOrDigit/1"] = (f, c) => Call(f.Helper("_is_alnum"), f.Lower(c[0]));
        table["Char.ToUpper/1"] = (f, c) => Method(f.Lower(c[0]), "upper");
        table["Char.ToLower/1"] = (f, c) => Method(f.Lower(c[0]), "lower");
        table["Char.ToUpperInvariant/1"] = (f, c) => Method(f.Lower(c[0]), "upper");
        table["Char.ToLowerInvariant/1"] = (f, c) => Method(f.Lower(c[0]), "lower");
        table["Char.ToString/0"] = (f, c) => f.Lower(c.Receiver!);
        table["Char.ToString/1"] = (f, c) => f.Lower(c[0]);
    }

    /// <summary>
    /// IndexOf / LastIndexOf of a char or string, optionally from a start index (which C# bounds-checks) and, for IndexOf,
    /// within a count. A trailing StringComparison must be Ordinal. (The overloads without one compare strings with the
    /// culture's rules; they are translated as ordinal, which is the same for ASCII text.)
    /// </summary>
    private PyExpr? Find(LibraryCall call, bool last)
    {
        var arguments = call.Arguments.ToList();
        if (arguments[^1].Type?.Name == "StringComparison")
        {
            if (!IsOrdinal(arguments[^1])) return CultureSensitive(call);
            arguments.RemoveAt(arguments.Count - 1);
        }
        if (KindOf(arguments[0]) is not (ValueKind.Char or ValueKind.String) || arguments.Skip(1).Any(a => KindOf(a) != ValueKind.Int32)) return null;
        var receiver = Lower(call.Receiver!);
        var value = Lower(arguments[0]);
        switch (arguments.Count)
        {
            case 1:
                return Method(receiver, last ? "rfind" : "find", value);
            case 2 when last:
                return Call(Helper("_rfind_from"), receiver, value, Lower(arguments[1]), KindOf(arguments[0]) == ValueKind.Char ? PyConst.True : PyConst.False);
            case 2:
                return Call(Helper("_find_from"), receiver, value, Lower(arguments[1]));
            case 3 when !last:
                return Call(Helper("_find_in"), receiver, value, Lower(arguments[1]), Lower(arguments[2]));
            default:
                return null;
        }
    }

    private static bool IsOrdinal(IOperation comparison) =>
        comparison.ConstantValue is { HasValue: true, Value: int value } && value == (int)StringComparison.Ordinal;

    /// <summary>s.Replace(old, new): a null new value removes the matches; an empty old value throws in .NET.</summary>
    private PyExpr Replace(LibraryCall call)
    {
        if (call[0].ConstantValue is { HasValue: true, Value: "" })
            return Unsupported(call[0].Syntax, "Replacing an empty string", ".NET throws an ArgumentException for it");
        var replacement = KindOf(call[1]) == ValueKind.String ? Stringify(call[1]) : Lower(call[1]);
        return Method(Lower(call.Receiver!), "replace", Lower(call[0]), replacement);
    }

    /// <summary>
    /// s.Split(...): the common forms (one char or one non-empty constant string, no count) become str.split; the rest
    /// go through the runtime's _split, which follows .NET's rules for several separators, counts and options.
    /// </summary>
    private PyExpr? Split(LibraryCall call)
    {
        var receiver = Lower(call.Receiver!);
        var arguments = call.Arguments;
        var options = 0;
        PyExpr? count = null;
        if (arguments.Count > 0 && arguments[^1].Type?.Name == "StringSplitOptions")
        {
            if (arguments[^1].ConstantValue is not { HasValue: true, Value: int constantOptions })
                return Unsupported(arguments[^1].Syntax, "Split options that are not a constant", "write the StringSplitOptions value in the call");
            if ((constantOptions & ~3) != 0) return null;
            options = constantOptions;
            arguments = arguments.Take(arguments.Count - 1).ToList();
        }
        if (arguments.Count == 2)
        {
            if (KindOf(arguments[1]) != ValueKind.Int32) return null;
            count = Lower(arguments[1]);
            arguments = arguments.Take(1).ToList();
        }
        if (arguments.Count != 1) return null;
        var separator = arguments[0];

        // One char, or one constant non-empty string, with no count: Python's split is exactly .NET's.
        var single = KindOf(separator) == ValueKind.Char || separator.ConstantValue is { HasValue: true, Value: string { Length: > 0 } };
        if (single && count is null)
        {
            PyExpr parts = Method(receiver, "split", Lower(separator));
            if ((options & 2) != 0) parts = new PyListComp(Method(new PyName("_p"), "strip", Helper("_ws")), new PyName("_p"), parts);
            if ((options & 1) != 0) parts = new PyListComp(new PyName("_p"), new PyName("_p"), parts, new PyName("_p"));
            return parts;
        }
        if (options == 0 && count is null && ParamsElements(separator) is { } elements && elements.All(e => KindOf(e) == ValueKind.Char))
        {
            if (elements.Count == 0) return Call(Helper("_split_ws"), receiver);
            if (elements.Count == 1) return Method(receiver, "split", Lower(elements[0]));
            return Call(Helper("_split_any"), receiver, new PyList(elements.Select(Lower).ToList()));
        }
        // The general case: a list of separators (None or empty: white space), a count and the options.
        PyExpr separators;
        if (ParamsElements(separator) is { } items) separators = new PyList(items.Select(Lower).ToList());
        else if (KindOf(separator) is ValueKind.Char) separators = new PyList(new[] { Lower(separator) });
        else if (KindOf(separator) is ValueKind.String)
        {
            // A null or empty separator string: .NET splits at white space (null) or not at all ("").
            var temp = Lower(separator);
            separators = separator.ConstantValue is { HasValue: true, Value: null } ? PyConst.None
                : separator.ConstantValue is { HasValue: true, Value: "" } ? new PyList(new PyExpr[] { Str("") })
                : new PyIfExp(new PyCompare(temp, PyCompareOperator.Is, PyConst.None), PyConst.None, new PyList(new[] { temp }));
            if (separators is PyIfExp && temp is not (PyName or PyConst))
                return Unsupported(separator.Syntax, "This separator expression", "store the separator in a variable first");
            if (separator.ConstantValue is { HasValue: true, Value: "" } && count is null) return new PyList(new[] { receiver });
        }
        else if (separator.Type is IArrayTypeSymbol { ElementType: var element } && ValueKinds.Of(element) is ValueKind.Char or ValueKind.String)
            separators = Lower(separator);
        else if (IsNullLiteral(WithoutImplicitConversions(separator))) separators = PyConst.None;
        else return null;
        return Call(Helper("_split"), receiver, separators, count ?? Int(int.MaxValue), Int(options));
    }

    /// <summary>string.Join(separator, values): each value as its ToString().</summary>
    private PyExpr? Join(LibraryCall call)
    {
        var separator = KindOf(call[0]) == ValueKind.Char ? Lower(call[0]) : Stringify(call[0]);
        if (ParamsElements(call[1]) is { } elements)
            return Method(separator, "join", new PyList(elements.Select(Stringify).ToList()));
        var sequence = WithoutImplicitConversions(call[1]);
        var elementType = ElementType(sequence.Type);
        if (elementType is null) return null;
        var elementKind = ValueKinds.Of(elementType);
        var items = Elements(sequence);
        if (elementKind == ValueKind.String || elementKind == ValueKind.Char)
            return Method(separator, "join", elementKind == ValueKind.String ? new PyListComp(new PyBoolOp(PyBoolOperator.Or, new PyName("_x"), Str("")), new PyName("_x"), items) : items);
        var element = new PyName("_x");
        var text = StringifyValue(element, elementType, sequence);
        return Method(separator, "join", new PyListComp(text, element, items));
    }

    /// <summary>The element type of an array, a List&lt;T&gt; or any other IEnumerable&lt;T&gt; (such as a dictionary's Keys).</summary>
    private static ITypeSymbol? ElementType(ITypeSymbol? type) => type switch
    {
        IArrayTypeSymbol array => array.ElementType,
        INamedTypeSymbol { IsGenericType: true } named when named.TypeArguments.Length == 1 => named.TypeArguments[0],
        INamedTypeSymbol named => named.AllInterfaces.FirstOrDefault(i => i.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T)?.TypeArguments[0],
        _ => null,
    };

    /// <summary>The characters to trim: one char, or a params array of them.</summary>
    private PyExpr CharSet(IOperation argument)
    {
        // An empty or null set trims white space, as Trim() does.
        if (ParamsElements(argument) is { } chars) return chars.Count == 0 ? Helper("_ws") : ConcatenateStrings(chars.Select(Lower).ToList());
        if (KindOf(argument) == ValueKind.Char) return Lower(argument);
        return Call(Helper("_trim_set"), Lower(argument));
    }

    private PyExpr CultureSensitive(LibraryCall call)
    {
        _context.Report(McuDiagnostics.CultureSensitiveComparison, call.Operation.Syntax, ((IInvocationOperation)call.Operation).TargetMethod.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat));
        return PyConst.None;
    }

    /// <summary>Comparisons that take a StringComparison: only the ordinal ones are exact on the device.</summary>
    private PyExpr OrdinalOnly(LibraryCall call, Func<PyExpr> ordinal)
    {
        var comparison = call.Arguments[^1];
        if (comparison.Type?.Name == "StringComparison" && IsOrdinal(comparison))
            return ordinal();
        return CultureSensitive(call);
    }
}
