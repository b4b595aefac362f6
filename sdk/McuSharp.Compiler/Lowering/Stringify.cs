using System.Globalization;
using McuSharp.Compiler.Python;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace McuSharp.Compiler.Lowering;

/// <summary>
/// A value as .NET's ToString() writes it (invariant culture), used by concatenation, interpolation,
/// Console output and string.Join: 1.0 is "1", true is "True", a null string is "".
/// </summary>
internal sealed partial class FunctionLowerer
{
    private PyExpr Stringify(IOperation operation)
    {
        operation = WithoutImplicitConversions(operation);
        if (operation.Type is INamedTypeSymbol { TypeKind: TypeKind.Enum } enumType && operation.ConstantValue is { HasValue: true, Value: { } enumConstant })
            return EnumConstantText(enumType, enumConstant) is { } name ? Str(name) : StringifyValue(Lower(operation), enumType, operation);
        if (operation.ConstantValue.HasValue)
            return operation.ConstantValue.Value is string text ? StringConstant(text, operation.Syntax) : Str(FormatConstant(operation.ConstantValue.Value, operation.Type));
        return StringifyValue(Lower(operation), operation.Type, operation);
    }

    /// <summary>The text of an already-lowered value of <paramref name="type"/>; <paramref name="origin"/> is where it comes from.</summary>
    private PyExpr StringifyValue(PyExpr value, ITypeSymbol? type, IOperation origin)
    {
        if (type is INamedTypeSymbol { TypeKind: TypeKind.Enum } boundEnum && Facades.IsBoundEnum(boundEnum)) return BoundEnumText(value, boundEnum);
        if (type is INamedTypeSymbol { TypeKind: TypeKind.Enum } enumType) return EnumText(value, enumType, origin.Syntax);
        if (type is ITypeParameterSymbol parameter) return StringifyTypeParameter(value, parameter, origin);
        if (type is INamedTypeSymbol { IsTupleType: true } tupleType) return StringifyTuple(value, tupleType, origin);
        if (IsNullableValueType(type))
        {
            // A null T? prints as nothing.
            var (first, again) = TwoUses(value);
            return new PyIfExp(new PyCompare(first, PyCompareOperator.Is, PyConst.None), Str(""), StringifyValue(again, ((INamedTypeSymbol)type!).TypeArguments[0], origin));
        }
        switch (ValueKinds.Of(type))
        {
            case ValueKind.String:
                return SymbolEqualityComparer.Default.Equals(type, origin.Type) && IsNeverNull(origin) ? value : new PyBoolOp(PyBoolOperator.Or, value, Str(""));
            case ValueKind.Char:
                return value;
            case ValueKind.Bool:
            case var k when k.IsInteger():
                return Call(new PyName("str"), value);
            case ValueKind.Double:
                return Call(Helper("_str_double"), value);
            case ValueKind.Single:
                return Call(Helper("_str_single"), value);
            case ValueKind.Other when type is INamedTypeSymbol { Name: "StringBuilder" } builder && builder.ContainingNamespace.ToDisplayString() == "System.Text":
                return Method(Str(""), "join", value);
            case ValueKind.Other when origin is IInterpolatedStringHandlerCreationOperation:
                return value;
            case ValueKind.Other when ExceptionTypes.IsException(type) && !ExceptionTypes.ProgramOverridesToString(type!):
                return ExceptionText(origin);
            case ValueKind.Other when IsUserType(type):
                return StringifyObject(value, type!, SymbolEqualityComparer.Default.Equals(type, origin.Type) ? origin : null);
            case ValueKind.Other when type?.SpecialType is SpecialType.System_Object or SpecialType.System_ValueType || type?.TypeKind == TypeKind.Interface:
                // What an object holds is known at run time only: a string, bool, int or one of the program's objects.
                _context.UsesObjectToString = true;
                return Call(Helper("_tostr_any"), value);
            case ValueKind.Other when type is INamedTypeSymbol { IsRecord: true } record && record.DeclaringSyntaxReferences.Length > 0:
                return PyConst.None; // the record itself is refused
            default:
                return Unsupported(origin.Syntax, $"Converting {type?.ToDisplayString() ?? "this value"} to a string", "only numbers, bools, chars, strings, enums and the program's objects convert so far");
        }
    }

    private static string FormatConstant(object? value, ITypeSymbol? type) => value switch
    {
        null => "",
        bool b => b ? "True" : "False",
        double d => d.ToString(CultureInfo.InvariantCulture),
        float f => f.ToString(CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    /// <summary>
    /// Roslyn's nullable flow analysis (enabled for every compilation) tells which strings cannot be null here, when the
    /// program gives it no reason to doubt (see <see cref="ProgramContext.TrustsNullableAnnotations"/>).
    /// </summary>
    private bool IsNeverNull(IOperation operation)
    {
        if (operation.ConstantValue is { HasValue: true, Value: not null }) return true;
        if (operation is IBinaryOperation or IInterpolatedStringOperation) return true;
        // string's own methods that make a string (Substring, Trim, Replace, ...) never return null.
        if (operation is IInvocationOperation { Instance: not null, TargetMethod: { ContainingType.SpecialType: SpecialType.System_String, ReturnType.SpecialType: SpecialType.System_String } }) return true;
        if (!_context.TrustsNullableAnnotations) return false;
        if (operation is IFieldReferenceOperation or IPropertyReferenceOperation && MayBeReadUnassigned(((IMemberReferenceOperation)operation).Member)) return false;
        var info = _model.GetTypeInfo(operation.Syntax);
        return info.Nullability.FlowState == NullableFlowState.NotNull;
    }

    /// <summary>`a + b + c` on strings: each operand as its ToString(), joined with Python's +.</summary>
    private PyExpr LowerConcatenation(IBinaryOperation binary)
    {
        var parts = new List<IOperation>();
        void Collect(IOperation op)
        {
            op = WithoutImplicitConversions(op);
            if (op is IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } b && KindOf(b) == ValueKind.String && !b.ConstantValue.HasValue)
            {
                Collect(b.LeftOperand);
                Collect(b.RightOperand);
            }
            else parts.Add(op);
        }
        Collect(binary);
        return ConcatenateStrings(parts.Select(Stringify).ToList());
    }

    private static PyExpr ConcatenateStrings(IReadOnlyList<PyExpr> parts)
    {
        var merged = new List<PyExpr>();
        foreach (var part in parts)
        {
            if (part is PyConst { Value: "" }) continue;
            if (part is PyConst { Value: string s } && merged.Count > 0 && merged[^1] is PyConst { Value: string previous })
                merged[^1] = Str(previous + s);
            else merged.Add(part);
        }
        if (merged.Count == 0) return Str("");
        var result = merged[0];
        // A lone non-literal part is already a str (Stringify guarantees it).
        for (var i = 1; i < merged.Count; i++) result = new PyBinOp(result, PyBinaryOperator.Add, merged[i]);
        if (merged.Count == 1) return result;
        var formatted = Formatted(merged);
        return PyPrinter.PrintExpression(formatted).Length <= PyPrinter.PrintExpression(result).Length ? formatted : result;
    }

    /// <summary>
    /// The same text by `%` formatting (`'x: %s, y: %s' % (x, y)`): one allocation for the result where `+` makes one
    /// per step (two to four times faster on MicroPython), and shorter once literals sit between the values.
    /// `%s` of a str is the str and of an int or bool is what str() gives, so `str(n)` parts pass n itself.
    /// </summary>
    private static PyExpr Formatted(IReadOnlyList<PyExpr> parts)
    {
        var format = new System.Text.StringBuilder();
        var values = new List<PyExpr>();
        foreach (var part in parts)
        {
            if (part is PyConst { Value: string text }) { format.Append(text.Replace("%", "%%")); continue; }
            format.Append("%s");
            values.Add(part is PyCall { Function: PyName { Id: "str" }, Args: [var value], Keywords: null } ? value : part);
        }
        // A tuple on the right is the argument list; a lone value is never one (it is a str, int or bool).
        return new PyBinOp(Str(format.ToString()), PyBinaryOperator.Mod, values.Count == 1 ? values[0] : new PyTuple(values));
    }
}
