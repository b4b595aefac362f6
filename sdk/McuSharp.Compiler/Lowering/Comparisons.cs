using System.Numerics;
using McuSharp.Compiler.Python;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace McuSharp.Compiler.Lowering;

/// <summary>==, !=, &lt;, &lt;=, &gt;, &gt;= on numbers, chars, strings, bools and null.</summary>
internal sealed partial class FunctionLowerer
{
    /// <summary>
    /// `a.Equals(b)` on integers, chars and bools is `a == b` when b has a's type (the overload that takes one); with
    /// object's overload .NET also compares the boxed types (`5.Equals(5L)` is false), so that one is refused.
    /// int.GetHashCode() is the value itself.
    /// </summary>
    private static void AddPrimitiveEqualityMembers(Dictionary<string, MemberLowering> table)
    {
        foreach (var type in new[] { "Int32", "Int64", "Int16", "UInt16", "UInt32", "UInt64", "Byte", "SByte", "Char", "Boolean" })
            table[type + ".Equals/1"] = (f, c) => f.LowerPrimitiveEquals(c);
        table["Int32.GetHashCode/0"] = (f, c) => f.Lower(c.Receiver!);
    }

    private PyExpr LowerPrimitiveEquals(LibraryCall call)
    {
        var method = ((IInvocationOperation)call.Operation).TargetMethod;
        if (!SymbolEqualityComparer.Default.Equals(method.Parameters[0].Type, method.ContainingType))
            return Unsupported(call.Operation.Syntax, $"{method.ContainingType.ToDisplayString()}.Equals(object)", "compare with == (.NET's Equals(object) also compares the boxed types)");
        return new PyCompare(Lower(call.Receiver!), PyCompareOperator.Eq, Lower(call[0]));
    }

    private PyExpr LowerComparison(IBinaryOperation binary)
    {
        var op = binary.OperatorKind switch
        {
            BinaryOperatorKind.Equals => PyCompareOperator.Eq,
            BinaryOperatorKind.NotEquals => PyCompareOperator.NotEq,
            BinaryOperatorKind.LessThan => PyCompareOperator.Lt,
            BinaryOperatorKind.LessThanOrEqual => PyCompareOperator.LtE,
            BinaryOperatorKind.GreaterThan => PyCompareOperator.Gt,
            _ => PyCompareOperator.GtE,
        };
        var left = WithoutImplicitConversions(binary.LeftOperand);
        var right = WithoutImplicitConversions(binary.RightOperand);

        // x == null  =>  x is None
        if (op is PyCompareOperator.Eq or PyCompareOperator.NotEq && (IsNullLiteral(left) || IsNullLiteral(right)))
        {
            var subject = IsNullLiteral(left) ? right : left;
            return new PyCompare(Lower(subject), op == PyCompareOperator.Eq ? PyCompareOperator.Is : PyCompareOperator.IsNot, PyConst.None);
        }

        // Chars are one-character strings on the device: c >= 'a' compares them directly, no ord() needed.
        if (CharOperand(binary.LeftOperand) is { } leftChar && CharOperand(binary.RightOperand) is { } rightChar && (leftChar.IsChar || rightChar.IsChar))
            return new PyCompare(leftChar.Expr, op, rightChar.Expr);

        var leftKind = KindOf(left);
        var rightKind = KindOf(right);
        if (binary.OperatorMethod is null && leftKind is not ValueKind.Other && rightKind is not ValueKind.Other || leftKind == ValueKind.String && rightKind == ValueKind.String)
            return new PyCompare(Lower(binary.LeftOperand), op, Lower(binary.RightOperand));
        // Delegates are equal when they call the same methods on the same objects: Python's == of callables (Events.cs).
        if (op is PyCompareOperator.Eq or PyCompareOperator.NotEq && left.Type?.TypeKind == TypeKind.Delegate && right.Type?.TypeKind == TypeKind.Delegate)
            return new PyCompare(Lower(binary.LeftOperand), op, Lower(binary.RightOperand));
        // Reference equality of boxed values (object, interfaces) compares boxes in .NET; the device has none.
        if (op is PyCompareOperator.Eq or PyCompareOperator.NotEq && binary.OperatorMethod is null && (IsBoxType(left.Type) || IsBoxType(right.Type)))
            return Unsupported(binary.Syntax, $"Comparing {binary.LeftOperand.Type?.ToDisplayString()} with {binary.RightOperand.Type?.ToDisplayString()} by reference", "object references arrive with the object model; compare typed values");
        if (op is PyCompareOperator.Eq or PyCompareOperator.NotEq && binary.OperatorMethod is null && left.Type?.IsReferenceType == true)
            return new PyCompare(Lower(binary.LeftOperand), op == PyCompareOperator.Eq ? PyCompareOperator.Is : PyCompareOperator.IsNot, Lower(binary.RightOperand));
        return Unsupported(binary.Syntax, $"Comparing {binary.LeftOperand.Type?.ToDisplayString()} with {binary.RightOperand.Type?.ToDisplayString()}", "only numbers, chars, strings, bools and null compare so far");
    }

    /// <summary>Types whose references may be boxes of values (object, library interfaces): their identity differs on the device.</summary>
    private bool IsBoxType(ITypeSymbol? type) =>
        type is not null && (type.SpecialType is SpecialType.System_Object or SpecialType.System_ValueType or SpecialType.System_Enum || type.TypeKind == TypeKind.Interface && !IsUserType(type));

    private static bool IsNullLiteral(IOperation op) => op.ConstantValue is { HasValue: true, Value: null };

    /// <summary>A comparison operand seen as a character: a char value, or a constant that is a valid char.</summary>
    private (PyExpr Expr, bool IsChar)? CharOperand(IOperation operand)
    {
        if (operand is IConversionOperation { IsImplicit: true, Operand: var inner } && KindOf(inner) == ValueKind.Char)
            return (Lower(inner), true);
        if (KindOf(operand) == ValueKind.Char) return (Lower(operand), true);
        if (operand.ConstantValue is { HasValue: true, Value: var v } && v is not null && KindOf(operand).IsInteger())
        {
            var value = new BigInteger(Convert.ToInt64(v, System.Globalization.CultureInfo.InvariantCulture));
            if (value >= 0 && value <= 0xFFFF && !char.IsSurrogate((char)(int)value)) return (Str(((char)(int)value).ToString()), false);
        }
        return null;
    }
}
