using McuSharp.Compiler.Python;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace McuSharp.Compiler.Lowering;

/// <summary>
/// Null: `??`, `??=`, `?.`, and nullable value types. An `int?` is None or the int itself, so conversions to and
/// from T? cost nothing; `HasValue` tests for None; `Value` of None throws as .NET does; lifted operators give null
/// when an operand is null (comparisons other than == and != give false).
/// </summary>
internal sealed partial class FunctionLowerer
{
    /// <summary>The subject of the `?.` being lowered, read by its IConditionalAccessInstanceOperation.</summary>
    private readonly Stack<PyExpr> _conditionalSubjects = new();

    /// <summary>
    /// An expression used twice (tested, then used): as it is when it is a name or a constant, else its first
    /// use stores it in a temporary that the second reads.
    /// </summary>
    private (PyExpr First, PyExpr Again) TwoUses(PyExpr value)
    {
        if (value is PyName or PyConst) return (value, value);
        var temp = NewTemp();
        return (new PyNamedExpr(temp, value), temp);
    }

    /// <summary>`a ?? b`: a unless it is null, b (evaluated only then) otherwise.</summary>
    private PyExpr LowerCoalesce(ICoalesceOperation coalesce)
    {
        var (first, again) = TwoUses(Lower(coalesce.Value));
        return new PyIfExp(new PyCompare(first, PyCompareOperator.IsNot, PyConst.None), again, LowerStored(coalesce.WhenNull, coalesce.Type));
    }

    /// <summary>`x?.Member`: null when x is null, else the member read (or call) on x, which is evaluated once.</summary>
    private PyExpr LowerConditionalAccess(IConditionalAccessOperation access)
    {
        var (first, again) = TwoUses(Lower(access.Operation));
        _conditionalSubjects.Push(again);
        try
        {
            return new PyIfExp(new PyCompare(first, PyCompareOperator.Is, PyConst.None), PyConst.None, Lower(access.WhenNotNull));
        }
        finally { _conditionalSubjects.Pop(); }
    }

    /// <summary>`x ??= value` as a statement: `if x is None: x = value`.</summary>
    private IEnumerable<PyStmt> LowerCoalesceAssignmentStatement(ICoalesceAssignmentOperation assignment)
    {
        var statements = new List<PyStmt>();
        var place = LowerPlace(assignment.Target, statements);
        if (place is null) return statements;
        statements.Add(At(new PyIf(new PyCompare(place.Read, PyCompareOperator.Is, PyConst.None),
            new PyStmt[] { new PyAssign(place.Target, LowerStored(assignment.Value, assignment.Target.Type)) }, Array.Empty<PyStmt>()) { OneLine = true }, assignment));
        return statements;
    }

    /// <summary>`Nullable&lt;T&gt;` members: HasValue, Value (throws for null), GetValueOrDefault.</summary>
    private PyExpr? LowerNullableMember(IOperation operation, ISymbol member, IOperation receiver, IReadOnlyList<IOperation> arguments)
    {
        var value = Lower(receiver);
        var underlying = ((INamedTypeSymbol)receiver.Type!).TypeArguments[0];
        switch (member.Name)
        {
            case "HasValue":
                return new PyCompare(value, PyCompareOperator.IsNot, PyConst.None);
            case "Value":
                return NullableValue(value);
            case "GetValueOrDefault":
            {
                var (first, again) = TwoUses(value);
                var fallback = arguments.Count == 1 ? LowerConverted(arguments[0], underlying) : DefaultValue(underlying, operation.Syntax);
                return new PyIfExp(new PyCompare(first, PyCompareOperator.IsNot, PyConst.None), again, fallback);
            }
            default:
                return null;
        }
    }

    /// <summary>The value of a T?, or InvalidOperationException ("Nullable object must have a value.") for null.</summary>
    private PyExpr NullableValue(PyExpr value) => Call(Helper("_nvalue"), value);

    /// <summary>
    /// A lifted binary operator (`int? + int?`, `a &lt; b` on double?): null when an operand is null; comparisons are
    /// then false, except == and !=, for which null equals only null (as Python's == on None already does).
    /// </summary>
    private PyExpr LowerLiftedBinary(IBinaryOperation binary)
    {
        var operandType = binary.LeftOperand.Type is INamedTypeSymbol { TypeArguments: [var t] } && IsNullableValueType(binary.LeftOperand.Type) ? t : binary.LeftOperand.Type;
        var kind = ValueKinds.Of(operandType);
        if (binary.OperatorKind is BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals)
            return new PyCompare(Lower(binary.LeftOperand), binary.OperatorKind == BinaryOperatorKind.Equals ? PyCompareOperator.Eq : PyCompareOperator.NotEq, Lower(binary.RightOperand));
        if (kind == ValueKind.Bool || operandType?.TypeKind == TypeKind.Enum && binary.OperatorKind is not (BinaryOperatorKind.LessThan or BinaryOperatorKind.LessThanOrEqual or BinaryOperatorKind.GreaterThan or BinaryOperatorKind.GreaterThanOrEqual))
            return Unsupported(binary.Syntax, $"The operator '{binary.OperatorKind}' on {binary.LeftOperand.Type?.ToDisplayString()}", "test HasValue and use the values");
        var resultKind = IsNullableValueType(binary.Type) ? ValueKinds.Of(((INamedTypeSymbol)binary.Type!).TypeArguments[0]) : ValueKinds.Of(binary.Type);
        PyExpr Apply(IReadOnlyList<PyExpr> v)
        {
            var (a, b) = (v[0], v[1]);
            PyCompareOperator? comparison = binary.OperatorKind switch
            {
                BinaryOperatorKind.LessThan => PyCompareOperator.Lt,
                BinaryOperatorKind.LessThanOrEqual => PyCompareOperator.LtE,
                BinaryOperatorKind.GreaterThan => PyCompareOperator.Gt,
                BinaryOperatorKind.GreaterThanOrEqual => PyCompareOperator.GtE,
                _ => null,
            };
            if (comparison is { } c) return new PyCompare(a, c, b);
            if (resultKind.IsFloating())
                return binary.OperatorKind switch
                {
                    BinaryOperatorKind.Add or BinaryOperatorKind.Subtract or BinaryOperatorKind.Multiply or BinaryOperatorKind.Divide or BinaryOperatorKind.Remainder =>
                        FloatingOperation(binary.OperatorKind, a, b, binary.RightOperand, resultKind, binary.Syntax),
                    _ => Unsupported(binary.Syntax, $"The operator '{binary.OperatorKind}' on {binary.Type?.ToDisplayString()}", "test HasValue and use the values"),
                };
            if (!resultKind.IsArithmeticInteger()) return Unsupported(binary.Syntax, $"The operator '{binary.OperatorKind}' on {binary.Type?.ToDisplayString()}", "test HasValue and use the values");
            PyExpr raw = binary.OperatorKind switch
            {
                BinaryOperatorKind.Add => new PyBinOp(a, PyBinaryOperator.Add, b),
                BinaryOperatorKind.Subtract => new PyBinOp(a, PyBinaryOperator.Sub, b),
                BinaryOperatorKind.Multiply => new PyBinOp(a, PyBinaryOperator.Mult, b),
                BinaryOperatorKind.And => new PyBinOp(a, PyBinaryOperator.BitAnd, b),
                BinaryOperatorKind.Or => new PyBinOp(a, PyBinaryOperator.BitOr, b),
                BinaryOperatorKind.ExclusiveOr => new PyBinOp(a, PyBinaryOperator.BitXor, b),
                BinaryOperatorKind.Divide => Call(Helper("_idiv"), a, b),
                BinaryOperatorKind.Remainder => Call(Helper("_imod"), a, b),
                _ => Unsupported(binary.Syntax, $"The operator '{binary.OperatorKind}' on {binary.Type?.ToDisplayString()}", "test HasValue and use the values"),
            };
            return binary.OperatorKind is BinaryOperatorKind.Add or BinaryOperatorKind.Subtract or BinaryOperatorKind.Multiply
                ? Wrap(raw, resultKind, binary.IsChecked)
                : raw;
        }
        return LowerLifted(new[] { binary.LeftOperand, binary.RightOperand }, Apply,
            binary.OperatorKind is BinaryOperatorKind.LessThan or BinaryOperatorKind.LessThanOrEqual or BinaryOperatorKind.GreaterThan or BinaryOperatorKind.GreaterThanOrEqual);
    }

    /// <summary>A lifted unary operator (`-n`, `~n`, `!b` on T?): null stays null, a value is operated on as T.</summary>
    private PyExpr LowerLiftedUnary(IUnaryOperation unary)
    {
        var kind = ValueKinds.Of(((INamedTypeSymbol)unary.Type!).TypeArguments[0]);
        Func<PyExpr, PyExpr>? apply = unary.OperatorKind switch
        {
            UnaryOperatorKind.Plus => v => v,
            UnaryOperatorKind.Not when kind == ValueKind.Bool => v => new PyUnaryOp(PyUnaryOperator.Not, v),
            UnaryOperatorKind.Minus when kind.IsFloating() => v => new PyUnaryOp(PyUnaryOperator.Neg, v),
            UnaryOperatorKind.Minus when kind.IsArithmeticInteger() => v => Wrap(new PyUnaryOp(PyUnaryOperator.Neg, v), kind, unary.IsChecked),
            UnaryOperatorKind.BitwiseNegation when kind.IsArithmeticInteger() && unary.Type is INamedTypeSymbol { TypeArguments: [{ TypeKind: not TypeKind.Enum }] } =>
                v => kind.IsSigned() ? new PyUnaryOp(PyUnaryOperator.Invert, v) : Wrap(new PyUnaryOp(PyUnaryOperator.Invert, v), kind, false),
            _ => null,
        };
        if (apply is null) return Unsupported(unary.Syntax, $"The operator '{unary.OperatorKind}' on {unary.Operand.Type?.ToDisplayString()}", "test HasValue and use the value");
        return LowerLifted(new[] { unary.Operand }, v => apply(v[0]), isComparison: false);
    }

    private PyExpr LowerLifted(IReadOnlyList<IOperation> operands, Func<IReadOnlyList<PyExpr>, PyExpr> apply, bool isComparison)
    {
        var tests = new List<PyExpr>();
        var agains = new List<PyExpr>();
        foreach (var operand in operands)
        {
            // An operand lifted from a plain value (a constant, an int converted to int?) is never null.
            if (operand is IConversionOperation { Conversion.IsNullable: true, IsImplicit: true, Operand: var plain } && !IsNullableValueType(plain.Type))
            {
                agains.Add(Lower(plain));
                continue;
            }
            var (first, again) = TwoUses(Lower(operand));
            tests.Add(new PyCompare(first, PyCompareOperator.IsNot, PyConst.None));
            agains.Add(again);
        }
        if (tests.Count == 0) return apply(agains);
        var allPresent = tests.Count == 1 ? tests[0] : new PyBoolOp(PyBoolOperator.And, tests);
        var result = apply(agains);
        return isComparison ? new PyBoolOp(PyBoolOperator.And, allPresent, result) : new PyIfExp(allPresent, result, PyConst.None);
    }

    /// <summary>
    /// `x += v`, `x++` on a T? place: nothing happens to null (the result of a lifted operator on null is null), else
    /// the update runs as on T.
    /// </summary>
    private IEnumerable<PyStmt> UpdateNullable(Place place, IOperation origin, Func<Place, IEnumerable<PyStmt>> update)
    {
        if (origin is ICompoundAssignmentOperation { Value: var value } && IsNullableValueType((value is IConversionOperation { Conversion.IsNullable: true, IsImplicit: true } lifted ? lifted.Operand : value).Type))
            return new[] { At(new PyExprStmt(Unsupported(origin.Syntax, "A compound assignment with a nullable value", "test HasValue and add the Value")), origin) };
        var underlying = ((INamedTypeSymbol)place.Type).TypeArguments[0];
        var body = update(place with { Type = underlying, IsName = false }).ToList();
        return new[] { At(new PyIf(new PyCompare(place.Read, PyCompareOperator.IsNot, PyConst.None), body, Array.Empty<PyStmt>()), origin) };
    }

    /// <summary>A conversion between nullable value types (int? to double?): null stays null, a value converts as T does.</summary>
    private PyExpr ConvertNullable(IConversionOperation conversion, ITypeSymbol from, ITypeSymbol to)
    {
        var (first, again) = TwoUses(Lower(conversion.Operand));
        return new PyIfExp(new PyCompare(first, PyCompareOperator.Is, PyConst.None), PyConst.None,
            ConvertValue(again, conversion.Operand, ValueKinds.Of(from), ValueKinds.Of(to), conversion.IsChecked));
    }

    private static bool IsNullableValueType(ITypeSymbol? type) => type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T };
}
