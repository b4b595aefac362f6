using System.Numerics;
using McuSharp.Compiler.Diagnostics;
using McuSharp.Compiler.Python;
using Microsoft.CodeAnalysis;

namespace McuSharp.Compiler.Lowering;

/// <summary>
/// Enums: on the device an enum value is its number (casts, arithmetic, comparisons and switch work on it directly,
/// and its members are constants folded where they are used). Only its text needs more: a table of names, emitted
/// once per enum that is printed; [Flags] enums print as .NET combines them ("Read, Write").
/// </summary>
internal sealed partial class FunctionLowerer
{
    /// <summary>The name .NET prints for a constant of the enum, or null when it prints the number (or combines flags).</summary>
    private static string? EnumConstantText(INamedTypeSymbol type, object constant)
    {
        var value = ToBig(constant);
        var unsigned = value & ((BigInteger.One << ValueKinds.Of(type.EnumUnderlyingType).Bits()) - 1);
        var matches = EnumMembers(type).Where(m => m.Value == unsigned).ToList();
        if (matches.Count == 1) return matches[0].Name;
        if (matches.Count == 0 && !IsFlags(type)) return value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return null;
    }

    /// <summary>The enum's members with their values (unsigned, as .NET orders them), sorted by value.</summary>
    private static List<(string Name, BigInteger Value)> EnumMembers(INamedTypeSymbol type)
    {
        var bits = ValueKinds.Of(type.EnumUnderlyingType).Bits();
        var mask = (BigInteger.One << bits) - 1;
        return type.GetMembers().OfType<IFieldSymbol>().Where(f => f.HasConstantValue)
            .Select(f => (f.Name, ToBig(f.ConstantValue!) & mask)).OrderBy(m => m.Item2).ToList();
    }

    private static BigInteger ToBig(object constant) => constant is ulong u ? u : new BigInteger(Convert.ToInt64(constant, System.Globalization.CultureInfo.InvariantCulture));

    private static bool IsFlags(INamedTypeSymbol type) =>
        type.GetAttributes().Any(a => a.AttributeClass is { Name: "FlagsAttribute" } attribute && attribute.ContainingNamespace.ToDisplayString() == "System");

    /// <summary>
    /// An enum value's text: its member's name, or its number when no member has it; for [Flags], the names of the
    /// members that make it up, as .NET chooses them. Values two members share are refused: .NET's pick among them
    /// is an accident of its sort.
    /// </summary>
    private PyExpr EnumText(PyExpr value, INamedTypeSymbol type, SyntaxNode syntax)
    {
        var members = EnumMembers(type);
        if (members.GroupBy(m => m.Value).FirstOrDefault(g => g.Count() > 1) is { } shared)
            return Unsupported(syntax, $"Printing a {type.Name} value", $"its members {string.Join(" and ", shared.Select(m => m.Name))} share the value {shared.Key}, and .NET's choice of name among them is not defined; give each member its own value or print the number");
        var table = EnumTable(type, members);
        // The value is used twice (looked up, and printed when no name matches): evaluate it once.
        PyExpr first = value, again = value;
        if (value is not (PyName or PyConst))
        {
            var temp = NewTemp();
            first = new PyNamedExpr(temp, value);
            again = temp;
        }
        // .NET looks names up by the unsigned value; that differs from the signed one only for negative members (and
        // for negative combinations of flags).
        var underlying = ValueKinds.Of(type.EnumUnderlyingType);
        var negativeMembers = type.GetMembers().OfType<IFieldSymbol>().Any(f => f.HasConstantValue && ToBig(f.ConstantValue!) < 0);
        var key = underlying.IsSigned() && (negativeMembers || IsFlags(type)) ? new PyBinOp(first, PyBinaryOperator.BitAnd, Int((BigInteger.One << underlying.Bits()) - 1)) : first;
        if (IsFlags(type)) return Call(Helper("_enum_flags"), table, key, again);
        // names.get(v) or str(v): a member's name is never empty.
        return new PyBoolOp(PyBoolOperator.Or, Method(table, "get", key), Call(new PyName("str"), again));
    }

    /// <summary>
    /// The module-level table of an enum's names: a dict from value to name, or for [Flags] a tuple of (value, name)
    /// pairs in ascending order, as _enum_flags walks them.
    /// </summary>
    private PyName EnumTable(INamedTypeSymbol type, List<(string Name, BigInteger Value)> members)
    {
        var name = _context.Names.EnumTableName(type);
        PyExpr table = IsFlags(type)
            ? new PyTuple(members.Select(m => (PyExpr)new PyTuple(new PyExpr[] { Int(m.Value), Str(m.Name) })).ToList())
            : new PyDict(members.Select(m => ((PyExpr)Int(m.Value), (PyExpr)Str(m.Name))).ToList());
        _context.ModuleDefinitions.TryAdd(name, new PyAssign(new PyName(name), table) { Origin = ProgramContext.OriginOf(type.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax()) });
        return new PyName(name);
    }

    /// <summary>`e.HasFlag(f)`: every bit of f is set in e.</summary>
    private PyExpr LowerHasFlag(LibraryCall call)
    {
        var flag = Lower(WithoutImplicitConversions(call[0]));
        if (flag is PyConst) return new PyCompare(new PyBinOp(Lower(call.Receiver!), PyBinaryOperator.BitAnd, flag), PyCompareOperator.Eq, flag);
        var temp = NewTemp();
        return new PyCompare(new PyBinOp(Lower(call.Receiver!), PyBinaryOperator.BitAnd, new PyNamedExpr(temp, flag)), PyCompareOperator.Eq, temp);
    }
}
