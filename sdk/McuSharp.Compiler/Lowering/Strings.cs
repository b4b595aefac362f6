using McuSharp.Compiler.Diagnostics;
using McuSharp.Compiler.Python;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace McuSharp.Compiler.Lowering;

/// <summary>string and char members. Strings are Python str; a char is a one-character str.</summary>
internal sealed partial class FunctionLowerer
{
    private static void AddStringMembers(Dictionary<string, MemberLowering> table)
    {
        table["String.Length/0"] = (f, c) => Call(new PyName("len"), f.Lower(c.Receiver!));
        table["String.this[]/1"] = (f, c) => new PySubscript(f.Lower(c.Receiver!), f.CheckedIndex(c[0]));
        table["String.Substring/1"] = (f, c) => Call(f.Helper("_substr"), f.Lower(c.Receiver!), f.Lower(c[0]));
        table["String.Substring/2"] = (f, c) => Call(f.Helper("_substr"), f.Lower(c.Receiver!), f.Lower(c[0]), f.Lower(c[1]));
        table["String.IndexOf/1"] = (f, c) => f.Find(c, "find");
        table["String.IndexOf/2"] = (f, c) => f.Find(c, "find");
        table["String.LastIndexOf/1"] = (f, c) => f.Find(c, "rfind");
        table["String.Contains/1"] = (f, c) => new PyCompare(f.Lower(c[0]), PyCompareOperator.In, f.Lower(c.Receiver!));
        table["String.StartsWith/1"] = (f, c) => Method(f.Lower(c.Receiver!), "startswith", f.Lower(c[0]));
        table["String.EndsWith/1"] = (f, c) => Method(f.Lower(c.Receiver!), "endswith", f.Lower(c[0]));
        table["String.Replace/2"] = (f, c) => c[0].ConstantValue is { HasValue: true, Value: "" }
            ? f.Unsupported(c[0].Syntax, "Replacing an empty string", ".NET throws an ArgumentException for it")
            : Method(f.Lower(c.Receiver!), "replace", f.Lower(c[0]), f.Lower(c[1]));
        table["String.Split/-1"] = (f, c) => f.Split(c);
        table["String.Join/2"] = (f, c) => f.Join(c);
        table["String.Trim/0"] = (f, c) => Method(f.Lower(c.Receiver!), "strip");
        table["String.TrimStart/0"] = (f, c) => Method(f.Lower(c.Receiver!), "lstrip");
        table["String.TrimEnd/0"] = (f, c) => Method(f.Lower(c.Receiver!), "rstrip");
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
        table["Char.IsWhiteSpace/1"] = (f, c) => Method(f.Lower(c[0]), "isspace");
        table["Char.IsLetterOrDigit/1"] = (f, c) => Call(f.Helper("_is_alnum"), f.Lower(c[0]));
        table["Char.ToUpper/1"] = (f, c) => Method(f.Lower(c[0]), "upper");
        table["Char.ToLower/1"] = (f, c) => Method(f.Lower(c[0]), "lower");
        table["Char.ToUpperInvariant/1"] = (f, c) => Method(f.Lower(c[0]), "upper");
        table["Char.ToLowerInvariant/1"] = (f, c) => Method(f.Lower(c[0]), "lower");
        table["Char.ToString/0"] = (f, c) => f.Lower(c.Receiver!);
        table["Char.ToString/1"] = (f, c) => f.Lower(c[0]);
    }

    /// <summary>IndexOf / LastIndexOf of a char or string, optionally from a start index (which C# bounds-checks).</summary>
    private PyExpr? Find(LibraryCall call, string method)
    {
        var receiver = Lower(call.Receiver!);
        if (call.Count == 2)
        {
            if (KindOf(call[1]) != ValueKind.Int32) return null;
            return Call(Helper("_find_from"), receiver, Lower(call[0]), Lower(call[1]));
        }
        if (KindOf(call[0]) is not (ValueKind.Char or ValueKind.String)) return null;
        return Method(receiver, method, Lower(call[0]));
    }

    private PyExpr? Split(LibraryCall call)
    {
        var receiver = Lower(call.Receiver!);
        if (call.Count == 1 && ParamsElements(call[0]) is { } separators)
        {
            if (separators.Count == 0) return Call(Helper("_split_ws"), receiver);
            if (separators.Count == 1) return Method(receiver, "split", Lower(separators[0]));
            return Call(Helper("_split_any"), receiver, new PyList(separators.Select(Lower).ToList()));
        }
        if (call.Count == 1 && KindOf(call[0]) is ValueKind.Char or ValueKind.String)
            return call[0].ConstantValue is { HasValue: true, Value: "" } ? new PyList(new[] { receiver }) : Method(receiver, "split", Lower(call[0]));
        if (call.Count == 2 && KindOf(call[0]) is ValueKind.Char or ValueKind.String && call[1].Type?.Name == "StringSplitOptions"
            && call[1].ConstantValue is { HasValue: true, Value: int options })
        {
            PyExpr parts = Method(receiver, "split", Lower(call[0]));
            if ((options & 2) != 0) parts = new PyListComp(Method(new PyName("_p"), "strip"), new PyName("_p"), parts);
            if ((options & 1) != 0) parts = new PyListComp(new PyName("_p"), new PyName("_p"), parts, new PyName("_p"));
            return parts;
        }
        return null;
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
        var items = Lower(sequence);
        if (elementKind == ValueKind.String || elementKind == ValueKind.Char)
            return Method(separator, "join", elementKind == ValueKind.String ? new PyListComp(new PyBoolOp(PyBoolOperator.Or, new PyName("_x"), Str("")), new PyName("_x"), items) : items);
        var element = new PyName("_x");
        var text = StringifyValue(element, elementKind, sequence);
        return Method(separator, "join", new PyListComp(text, element, items));
    }

    private static ITypeSymbol? ElementType(ITypeSymbol? type) => type switch
    {
        IArrayTypeSymbol array => array.ElementType,
        INamedTypeSymbol { IsGenericType: true } named when named.TypeArguments.Length == 1 => named.TypeArguments[0],
        _ => null,
    };

    /// <summary>The characters to trim: one char, or a params array of them.</summary>
    private PyExpr CharSet(IOperation argument)
    {
        if (ParamsElements(argument) is { } chars) return ConcatenateStrings(chars.Select(Lower).ToList());
        return Lower(argument);
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
        if (comparison.Type?.Name == "StringComparison" && comparison.ConstantValue is { HasValue: true, Value: int value } && value == (int)StringComparison.Ordinal)
            return ordinal();
        return CultureSensitive(call);
    }

    /// <summary>An index for a C# indexer: Python would read a negative index from the end, C# throws.</summary>
    private PyExpr CheckedIndex(IOperation index)
    {
        var lowered = Lower(index);
        return ValueRange(index).IsNonNegative ? lowered : Call(Helper("_ix"), lowered);
    }
}
