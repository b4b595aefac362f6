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
        if (operation.Type?.TypeKind == TypeKind.Enum) return EnumText(operation);
        if (operation.ConstantValue.HasValue)
            return operation.ConstantValue.Value is string text ? StringConstant(text, operation.Syntax) : Str(FormatConstant(operation.ConstantValue.Value, operation.Type));
        var kind = KindOf(operation);
        var value = Lower(operation);
        return StringifyValue(value, kind, operation);
    }

    private PyExpr StringifyValue(PyExpr value, ValueKind kind, IOperation operation)
    {
        if (operation.Type?.TypeKind == TypeKind.Enum) return EnumText(operation);
        switch (kind)
        {
            case ValueKind.String:
                return IsNeverNull(operation) ? value : new PyBoolOp(PyBoolOperator.Or, value, Str(""));
            case ValueKind.Char:
                return value;
            case ValueKind.Bool:
            case var k when k.IsInteger():
                return Call(new PyName("str"), value);
            case ValueKind.Double:
                return Call(Helper("_str_double"), value);
            case ValueKind.Single:
                return Call(Helper("_str_single"), value);
            case ValueKind.Other when operation.Type is INamedTypeSymbol { Name: "StringBuilder" } builder && builder.ContainingNamespace.ToDisplayString() == "System.Text":
                return Method(Str(""), "join", value);
            case ValueKind.Other when operation is IInterpolatedStringHandlerCreationOperation:
                return value;
            default:
                if (operation.Type?.TypeKind == TypeKind.Enum)
                    return Unsupported(operation.Syntax, "Printing an enum", "enums arrive with the object model");
                return Unsupported(operation.Syntax, $"Converting {operation.Type?.ToDisplayString() ?? "this value"} to a string", "only numbers, bools, chars and strings convert so far");
        }
    }

    /// <summary>An enum value is a number on the device, but .NET prints its name: refused until enums arrive.</summary>
    private PyExpr EnumText(IOperation operation) =>
        Unsupported(operation.Syntax, "Converting an enum value to a string", "enums arrive with the object model; print a number or a string instead");

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
        if (!_context.TrustsNullableAnnotations) return false;
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
        return result;
    }
}
