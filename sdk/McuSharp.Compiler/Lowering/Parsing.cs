using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using McuSharp.Compiler.Python;

namespace McuSharp.Compiler.Lowering;

/// <summary>int.Parse and friends, Convert between bases, and ToString() on numbers, bools and chars.</summary>
internal sealed partial class FunctionLowerer
{
    private static void AddParsingMembers(Dictionary<string, MemberLowering> table)
    {
        foreach (var typeName in new[] { "SByte", "Byte", "Int16", "UInt16", "Int32", "UInt32", "Int64", "UInt64" })
        {
            table[typeName + ".Parse/1"] = (f, c) => f.ParseInteger(c);
            table[typeName + ".ToString/0"] = (f, c) => f.Stringify(c.Receiver!);
            table[typeName + ".ToString/1"] = (f, c) => f.ToStringWithFormat(c);
        }
        // Convert.ToString(value, toBase) and Convert.ToInt32(text, fromBase): bases 2, 8, 10 and 16, as .NET.
        table["Convert.ToString/2"] = (f, c) => ((IInvocationOperation)c.Operation).TargetMethod.Parameters is [{ Type: var valueType }, { Type.SpecialType: SpecialType.System_Int32 }] && ValueKinds.Of(valueType).IsInteger()
            ? Call(f.Helper("_convert_tostr"), f.Lower(c[0]), f.Lower(c[1]), Int(ValueKinds.Of(valueType).Bits()))
            : null;
        table["Convert.ToInt32/2"] = (f, c) => ((IInvocationOperation)c.Operation).TargetMethod.Parameters is [{ Type.SpecialType: SpecialType.System_String }, { Type.SpecialType: SpecialType.System_Int32 }]
            ? Call(f.Helper("_convert_toint"), f.Lower(c[0]), f.Lower(c[1]))
            : null;
        table["Double.ToString/0"] = (f, c) => f.Stringify(c.Receiver!);
        table["Single.ToString/0"] = (f, c) => f.Stringify(c.Receiver!);
        table["Double.ToString/1"] = (f, c) => f.ToStringWithFormat(c);
        table["Single.ToString/1"] = (f, c) => f.ToStringWithFormat(c);
        table["Boolean.ToString/0"] = (f, c) => f.Stringify(c.Receiver!);
    }

    /// <summary>OverflowException's message for int.Parse, as _parse_int in Runtime/parsing.py gives it.</summary>
    private const string Int32ParseOverflow = "Value was either too large or too small for an Int32.";

    /// <summary>
    /// `int v = int.Parse(s);` as the statements of _parse_int where it is the program's only call and needs neither
    /// the test for null nor the FormatException's message: int() and the two checks .NET makes that it does not. The
    /// call of a helper costs a frame that every exception passes through, the helper's code is as long as the
    /// statements. The declared local cannot be read where the exception goes, so it may hold the value before the
    /// range check.
    /// </summary>
    private List<PyStmt>? InlinedParse(ILocalSymbol local, PyName target, IOperation value)
    {
        if (value is not IInvocationOperation { TargetMethod: { Name: "Parse", Parameters.Length: 1, ContainingType.SpecialType: SpecialType.System_Int32 } } call
            || local.Type.SpecialType != SpecialType.System_Int32 || _context.Int32ParseCalls != 1 || !IsNeverNull(call.Arguments[0].Value)
            || _context.ExceptionReach.MessageSeenFrom(call, _context.Compilation.GetTypeByMetadataName("System.FormatException")!))
            return null;
        var (text, textAgain) = UsedTwice(Lower(call.Arguments[0].Value));
        return new List<PyStmt>
        {
            At(new PyAssign(target, Call(new PyName("int"), text)), call),
            At(new PyIf(new PyCompare(Str("_"), PyCompareOperator.In, textAgain), new PyStmt[] { new PyRaise(new PyName("ValueError")) }, Array.Empty<PyStmt>()), call),
            At(new PyIf(OutsideRange(target, target, ValueKind.Int32), new PyStmt[] { new PyRaise(Call(new PyName("OverflowError"), Str(Int32ParseOverflow))) }, Array.Empty<PyStmt>()), call),
        };
    }

    /// <summary>
    /// `int.Parse(s)`: the runtime's _parse_int, whose defaults are int's; other types pass their bounds and the name
    /// OverflowException's message gives them. The test for null is in the helper only when the text may be null, the
    /// FormatException's message only when the program can see it.
    /// </summary>
    private PyExpr ParseInteger(LibraryCall call)
    {
        var kind = KindOf(call.Operation);
        var text = Lower(call[0]);
        if (!IsNeverNull(call[0])) _context.Feature("_parse_int.null");
        if (_context.ExceptionReach.MessageSeenFrom(call.Operation, _context.Compilation.GetTypeByMetadataName("System.FormatException")!)) _context.Feature("_parse_int.message");
        if (kind == ValueKind.Int32) return Call(Helper("_parse_int"), text);
        _context.Feature("_parse_int.bounds");
        var range = kind.Range();
        var name = kind switch
        {
            ValueKind.SByte => "a signed byte",
            ValueKind.Byte => "an unsigned byte",
            ValueKind.Int16 => "an Int16",
            ValueKind.UInt16 => "a UInt16",
            ValueKind.UInt32 => "a UInt32",
            ValueKind.Int64 => "an Int64",
            _ => "a UInt64",
        };
        return Call(Helper("_parse_int"), text, Int(range.Lo), Int(range.Hi), Str(name));
    }

    /// <summary>x.ToString("F2"): a constant format is checked at compile time; a computed one is interpreted on the device.</summary>
    private PyExpr? ToStringWithFormat(LibraryCall call)
    {
        if (KindOf(call[0]) != ValueKind.String) return null; // ToString(IFormatProvider) and friends
        if (call[0].ConstantValue is { HasValue: true, Value: var spec })
            return FormatHole(call.Receiver!, (string?)spec, null, call.Operation.Syntax);
        var receiver = WithoutImplicitConversions(call.Receiver!);
        return Call(Helper("_fmt_num"), Lower(receiver), Lower(call[0]), Str(NumericKindCode(KindOf(receiver))));
    }
}
