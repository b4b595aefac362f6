using System.Numerics;
using McuSharp.Compiler.Python;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace McuSharp.Compiler.Lowering;

/// <summary>
/// Binary and unary operators on numbers and bools. Integers are exact Python ints kept in their C# range:
/// +, -, *, &lt;&lt;, ~, &amp;, |, ^ and negation are computed unwrapped (they agree modulo 2^N) and wrapped once
/// where the value is used, and only when the range analysis cannot prove the result fits. / and % truncate
/// toward zero like C#. double is Python's float; float results are rounded to single precision.
/// </summary>
internal sealed partial class FunctionLowerer
{
    /// <summary>An integer expression computed without wrapping, and the values it can take.</summary>
    private readonly record struct RingValue(PyExpr Expr, Interval Raw);

    private PyExpr LowerBinary(IBinaryOperation binary)
    {
        if (binary.OperatorMethod is { } userOperator && userOperator.DeclaringSyntaxReferences.Length > 0)
            return LowerUserOperator(userOperator, binary.Syntax, binary.LeftOperand, binary.RightOperand);
        if (binary.OperatorMethod is not null && binary.OperatorMethod.ContainingType.SpecialType != SpecialType.System_String)
            return UnsupportedMember(binary, binary.OperatorMethod, "this library operator has no MicroPython translation");
        if (binary.IsLifted) return LowerLiftedBinary(binary);

        switch (binary.OperatorKind)
        {
            case BinaryOperatorKind.ConditionalAnd:
                // As a value, `a and b` is one of its operands: they must be real bools (see LowerCondition).
                return new PyBoolOp(PyBoolOperator.And, Lower(binary.LeftOperand), Assuming(binary.LeftOperand, true, () => Lower(binary.RightOperand)));
            case BinaryOperatorKind.ConditionalOr:
                return new PyBoolOp(PyBoolOperator.Or, Lower(binary.LeftOperand), Assuming(binary.LeftOperand, false, () => Lower(binary.RightOperand)));
            case BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals or BinaryOperatorKind.LessThan or BinaryOperatorKind.LessThanOrEqual
                or BinaryOperatorKind.GreaterThan or BinaryOperatorKind.GreaterThanOrEqual:
                return LowerComparison(binary);
        }

        var kind = KindOf(binary);
        if (kind == ValueKind.String) return LowerConcatenation(binary);
        if (kind == ValueKind.Bool) return LowerBoolOperator(binary);
        if (kind.IsFloating()) return LowerFloatingBinary(binary, kind);
        if (kind.IsArithmeticInteger()) return LowerIntegerValue(binary, kind);
        if (kind.IsInteger() && binary.Type?.TypeKind == TypeKind.Enum && IsRingOperator(binary.OperatorKind)) return LowerSmallEnumValue(binary, kind);
        return Unsupported(binary.Syntax, $"The operator '{binary.OperatorKind}' on {binary.Type?.ToDisplayString()}", "it has no MicroPython translation yet");
    }

    /// <summary>A user-defined operator (or conversion): a call of its static function, the operands passed as arguments.</summary>
    private PyExpr LowerUserOperator(IMethodSymbol method, SyntaxNode syntax, params IOperation[] operands)
    {
        if (InlinedValue(method, null, operands) is { } inlined) return inlined;
        if (_context.Names.GlobalName(method) is not { } name) return Unsupported(syntax, $"The operator {method.Name}", "it could not be translated");
        var arguments = operands.Select((o, i) => LowerStored(o, method.Parameters[Math.Min(i, method.Parameters.Length - 1)].Type)).ToArray();
        return Call(new PyName(name), arguments);
    }

    private PyExpr LowerBoolOperator(IBinaryOperation binary, bool asCondition = false)
    {
        var op = binary.OperatorKind switch
        {
            BinaryOperatorKind.And => PyBinaryOperator.BitAnd,
            BinaryOperatorKind.Or => PyBinaryOperator.BitOr,
            BinaryOperatorKind.ExclusiveOr => PyBinaryOperator.BitXor,
            _ => (PyBinaryOperator?)null,
        };
        if (op is null) return Unsupported(binary.Syntax, $"The operator '{binary.OperatorKind}' on bool", "it has no MicroPython translation");
        return BoolOperation(op.Value, Lower(binary.LeftOperand), Lower(binary.RightOperand), asCondition);
    }

    /// <summary>
    /// &amp; | ^ on bools evaluate both sides. MicroPython's `True &amp; False` is the int 0 (it would print "0"), so the
    /// value is made a bool again: `a != b` for ^, bool(a &amp; b) for &amp; and | (not needed where only truth is tested).
    /// </summary>
    private static PyExpr BoolOperation(PyBinaryOperator op, PyExpr left, PyExpr right, bool asCondition)
    {
        if (op == PyBinaryOperator.BitXor) return new PyCompare(left, PyCompareOperator.NotEq, right);
        var value = new PyBinOp(left, op, right);
        return asCondition ? value : Call(new PyName("bool"), value);
    }

    private PyExpr LowerUnary(IUnaryOperation unary)
    {
        if (unary.OperatorMethod is { } userOperator && userOperator.DeclaringSyntaxReferences.Length > 0)
            return LowerUserOperator(userOperator, unary.Syntax, unary.Operand);
        if (unary.OperatorMethod is not null) return UnsupportedMember(unary, unary.OperatorMethod, "this library operator has no MicroPython translation");
        if (unary.IsLifted) return LowerLiftedUnary(unary);
        var kind = KindOf(unary);
        switch (unary.OperatorKind)
        {
            case UnaryOperatorKind.Not:
                return Not(LowerCondition(unary.Operand));
            case UnaryOperatorKind.Plus:
                return Lower(unary.Operand);
            case UnaryOperatorKind.Minus when kind.IsFloating():
                return new PyUnaryOp(PyUnaryOperator.Neg, Lower(unary.Operand));
            case UnaryOperatorKind.Minus or UnaryOperatorKind.BitwiseNegation when kind.IsArithmeticInteger():
                return LowerIntegerValue(unary, kind);
            case UnaryOperatorKind.BitwiseNegation when kind.IsInteger() && unary.Type?.TypeKind == TypeKind.Enum:
                return WrapArithmetic(new PyUnaryOp(PyUnaryOperator.Invert, Lower(unary.Operand)), kind);
            default:
                return Unsupported(unary.Syntax, $"The operator '{unary.OperatorKind}' on {unary.Type?.ToDisplayString()}", "it has no MicroPython translation");
        }
    }

    // ---- integers ----

    private PyExpr LowerIntegerValue(IOperation operation, ValueKind kind)
    {
        // The operation itself is computed unwrapped even when it is checked (its operands are checked on their own);
        // the wrap (or the overflow check) follows.
        var ring = Ring(operation, kind, outermost: true);
        return ring.Raw.Within(kind.Range()) ? ring.Expr : Wrap(ring.Expr, kind, IsChecked(operation), ring.Raw);
    }

    /// <summary>An operator on an enum over byte, sbyte, short or ushort: computed as int, as C# does, then wrapped to the enum's width.</summary>
    private PyExpr LowerSmallEnumValue(IBinaryOperation binary, ValueKind kind)
    {
        var ring = RingBinary(binary.OperatorKind, Ring(binary.LeftOperand, ValueKind.Int32), binary.RightOperand, ValueKind.Int32);
        return ring.Raw.Within(kind.Range()) ? ring.Expr : WrapArithmetic(ring.Expr, kind);
    }

    private static bool IsChecked(IOperation operation) => operation switch
    {
        IBinaryOperation b => b.IsChecked,
        IUnaryOperation u => u.IsChecked,
        ICompoundAssignmentOperation c => c.IsChecked,
        IIncrementOrDecrementOperation i => i.IsChecked,
        IConversionOperation c => c.IsChecked,
        _ => false,
    };

    private static bool IsRingOperator(BinaryOperatorKind op) => op is BinaryOperatorKind.Add or BinaryOperatorKind.Subtract or BinaryOperatorKind.Multiply
        or BinaryOperatorKind.LeftShift or BinaryOperatorKind.And or BinaryOperatorKind.Or or BinaryOperatorKind.ExclusiveOr;

    /// <summary>
    /// Lowers an integer expression of kind <paramref name="kind"/> without the final wrap: operands of the same kind
    /// that are themselves ring operations stay unwrapped (correct modulo 2^N), everything else is exact.
    /// </summary>
    private RingValue Ring(IOperation operation, ValueKind kind, bool outermost = false)
    {
        if (DeferredRingRead(operation, kind) is { } deferred) return deferred;
        if (operation.ConstantValue.HasValue || KindOf(operation) != kind || IsChecked(operation) && !outermost)
            return new RingValue(Lower(operation), ValueRange(operation));
        switch (operation)
        {
            case IBinaryOperation { OperatorMethod: null, IsLifted: false } b when IsRingOperator(b.OperatorKind):
                return RingBinary(b.OperatorKind, Ring(b.LeftOperand, kind), b.RightOperand, kind);
            case IBinaryOperation { OperatorMethod: null, IsLifted: false } b:
                return new RingValue(IntegerDivisionOrShift(b.OperatorKind, Lower(b.LeftOperand), ValueRange(b.LeftOperand), b.RightOperand, kind, b.Syntax), ValueRange(b));
            case IConditionalOperation { WhenFalse: { } whenFalse } conditional:
            {
                // Each branch is a value of the same ring: `(byte)(odd ? sum + 1 : sum)` wraps once, after the choice.
                var condition = LowerCondition(conditional.Condition);
                var whenTrue = Assuming(conditional.Condition, true, () => Ring(conditional.WhenTrue, kind));
                var otherwise = Assuming(conditional.Condition, false, () => Ring(whenFalse, kind));
                return new RingValue(new PyIfExp(condition, whenTrue.Expr, otherwise.Expr),
                    new Interval(BigInteger.Min(whenTrue.Raw.Lo, otherwise.Raw.Lo), BigInteger.Max(whenTrue.Raw.Hi, otherwise.Raw.Hi)));
            }
            case IUnaryOperation { OperatorKind: UnaryOperatorKind.Minus, OperatorMethod: null } u:
            {
                var operand = Ring(u.Operand, kind);
                return new RingValue(new PyUnaryOp(PyUnaryOperator.Neg, operand.Expr), operand.Raw.Negate());
            }
            case IUnaryOperation { OperatorKind: UnaryOperatorKind.BitwiseNegation, OperatorMethod: null } u:
            {
                var operand = Ring(u.Operand, kind);
                return new RingValue(new PyUnaryOp(PyUnaryOperator.Invert, operand.Expr), new Interval(-operand.Raw.Hi - 1, -operand.Raw.Lo - 1));
            }
            default:
                return new RingValue(Lower(operation), ValueRange(operation));
        }
    }

    /// <summary>`left op right` for a ring operator, unwrapped; <paramref name="left"/> is already lowered.</summary>
    private RingValue RingBinary(BinaryOperatorKind op, RingValue left, IOperation rightOperand, ValueKind kind)
    {
        if (op == BinaryOperatorKind.LeftShift)
        {
            var (count, countRange) = ShiftCount(rightOperand, kind);
            var shifted = countRange.Hi > 64 ? Interval.Huge : new Interval(
                BigInteger.Min(left.Raw.Lo, left.Raw.Lo << (int)countRange.Hi), BigInteger.Max(left.Raw.Hi, left.Raw.Hi << (int)countRange.Hi));
            return new RingValue(new PyBinOp(left.Expr, PyBinaryOperator.LShift, count), shifted);
        }
        var right = Ring(rightOperand, kind);
        var (pyOp, raw) = op switch
        {
            BinaryOperatorKind.Add => (PyBinaryOperator.Add, left.Raw + right.Raw),
            BinaryOperatorKind.Subtract => (PyBinaryOperator.Sub, left.Raw - right.Raw),
            BinaryOperatorKind.Multiply => (PyBinaryOperator.Mult, left.Raw * right.Raw),
            BinaryOperatorKind.And => (PyBinaryOperator.BitAnd, BitwiseRange(BinaryOperatorKind.And, left.Raw, right.Raw)),
            BinaryOperatorKind.Or => (PyBinaryOperator.BitOr, BitwiseRange(BinaryOperatorKind.Or, left.Raw, right.Raw)),
            _ => (PyBinaryOperator.BitXor, BitwiseRange(BinaryOperatorKind.ExclusiveOr, left.Raw, right.Raw)),
        };
        return new RingValue(new PyBinOp(left.Expr, pyOp, right.Expr), raw);
    }

    /// <summary>C# masks shift counts to the operand width (x &lt;&lt; 33 is x &lt;&lt; 1 for an int).</summary>
    private (PyExpr Count, Interval Range) ShiftCount(IOperation count, ValueKind kind)
    {
        var mask = kind.Bits() == 64 ? 63 : 31;
        if (count.ConstantValue is { HasValue: true, Value: var v })
        {
            var masked = Convert.ToInt64(v, System.Globalization.CultureInfo.InvariantCulture) & mask;
            return (Int(masked), Interval.Exactly(masked));
        }
        var range = ValueRange(count);
        var lowered = Lower(count);
        if (range.Within(new Interval(0, mask))) return (lowered, range);
        return (new PyBinOp(lowered, PyBinaryOperator.BitAnd, Int(mask)), new Interval(0, mask));
    }

    /// <summary>
    /// Brings an unwrapped integer back into the C# type's range (two's complement), or throws in checked code.
    /// 8- and 16-bit values wrap arithmetically (small ints, no allocation); 32- and 64-bit values are tested
    /// first and only rebuilt when they really overflowed, because the rebuild allocates big ints on MicroPython.
    /// <paramref name="raw"/>, when known, lets a one-sided overflow cost a single comparison.
    /// </summary>
    /// <summary>
    /// <paramref name="expr"/>, throwing OverflowException outside <paramref name="range"/>. _checked's defaults are
    /// Int32's bounds, the common case, so that the call leaves them out.
    /// </summary>
    private PyExpr Checked(PyExpr expr, Interval range) =>
        range == ValueKind.Int32.Range() ? Call(Helper("_checked"), expr) : Call(Helper("_checked"), expr, Int(range.Lo), Int(range.Hi));

    private PyExpr Wrap(PyExpr expr, ValueKind kind, bool isChecked, Interval? raw = null)
    {
        var range = kind.Range();
        if (isChecked) return Checked(expr, range);
        if (kind.Bits() <= 16) return WrapArithmetic(expr, kind);
        var (first, value) = UsedTwice(expr);
        var (overflowed, fix) = OverflowTest(first, value, kind, raw);
        return new PyIfExp(overflowed, fix, value);
    }

    /// <summary>
    /// The test on <paramref name="first"/> (the value's first use) for "overflowed", and the fix-up of
    /// <paramref name="value"/>. A one-sided overflow of less than one period needs one comparison and one subtraction;
    /// one that can pass the limit by one only (`i++`, `i--`) lands on the other limit, a constant.
    /// </summary>
    private static (PyExpr Overflowed, PyExpr Fix) OverflowTest(PyExpr first, PyExpr value, ValueKind kind, Interval? raw)
    {
        var range = kind.Range();
        var modulus = BigInteger.One << kind.Bits();
        if (raw is { } r && r.Lo >= range.Lo && r.Hi <= range.Hi + modulus)
            return (AboveRange(first, kind), r.Hi == range.Hi + 1 ? Int(range.Lo) : new PyBinOp(value, PyBinaryOperator.Sub, Int(modulus)));
        if (raw is { } l && l.Hi <= range.Hi && l.Lo >= range.Lo - modulus)
            return (BelowRange(first, kind), l.Lo == range.Lo - 1 ? Int(range.Hi) : new PyBinOp(value, PyBinaryOperator.Add, Int(modulus)));
        return (OutsideRange(first, value, kind), WrapHelpers.Fix(value, kind));
    }

    // On MicroPython's 32-bit ports small ints have 31 bits, so 0x7FFFFFFF and -0x80000000 are big-int constants and
    // comparing with them is a big-int comparison; a shift by 31 or 32 of a value near the 32-bit range is a small int.
    // An int v fits Int32 exactly when v >> 31 is 0 or -1, i.e. when v >> 31 or ~v >> 31 is 0; a uint when v >> 32 is 0.

    /// <summary>`v > MAX` for a value not below the range.</summary>
    private static PyExpr AboveRange(PyExpr first, ValueKind kind) => kind.Bits() != 32
        ? new PyCompare(first, PyCompareOperator.Gt, Int(kind.Range().Hi))
        : kind.IsSigned() ? new PyCompare(Shifted(first, 31), PyCompareOperator.Gt, Int(0)) : Shifted(first, 32);

    /// <summary>`v &lt; MIN` for a value not above the range.</summary>
    private static PyExpr BelowRange(PyExpr first, ValueKind kind) => kind.Bits() == 32 && kind.IsSigned()
        ? new PyCompare(Shifted(first, 31), PyCompareOperator.Lt, Int(-1))
        : new PyCompare(first, PyCompareOperator.Lt, Int(kind.Range().Lo));

    /// <summary>`not MIN &lt;= v &lt;= MAX`, as a truth value (for Int32 and UInt32 an int that is nonzero when outside).</summary>
    private static PyExpr OutsideRange(PyExpr first, PyExpr again, ValueKind kind)
    {
        if (kind.Bits() == 32)
            return kind.IsSigned()
                ? new PyBoolOp(PyBoolOperator.And, new[] { Shifted(first, 31), Shifted(new PyUnaryOp(PyUnaryOperator.Invert, again), 31) })
                : Shifted(first, 32);
        var range = kind.Range();
        return new PyUnaryOp(PyUnaryOperator.Not, new PyCompare(Int(range.Lo), new[] { PyCompareOperator.LtE, PyCompareOperator.LtE }, new[] { first, Int(range.Hi) }));
    }

    private static PyExpr Shifted(PyExpr value, int bits) => new PyBinOp(value, PyBinaryOperator.RShift, Int(bits));

    /// <summary>
    /// An expression needed more than once: its first use (`(_t0 := expr)`, or the expression itself when it is a name
    /// or constant) and the name later uses read.
    /// </summary>
    private (PyExpr First, PyExpr Again) UsedTwice(PyExpr expr)
    {
        if (expr is PyName or PyConst) return (expr, expr);
        var temp = NewTemp();
        return (new PyNamedExpr(temp, expr), temp);
    }

    internal static PyExpr WrapArithmetic(PyExpr expr, ValueKind kind)
    {
        var modulus = BigInteger.One << kind.Bits();
        var mask = Int(modulus - 1);
        if (!kind.IsSigned()) return new PyBinOp(expr, PyBinaryOperator.BitAnd, mask);
        var half = Int(modulus / 2);
        // 32 and 64 bits wrap only after an overflow, where `x - (x + half >> N << N)` is the shorter spelling.
        if (kind.Bits() >= 32)
            return new PyBinOp(expr, PyBinaryOperator.Sub, new PyBinOp(new PyBinOp(new PyBinOp(expr, PyBinaryOperator.Add, half), PyBinaryOperator.RShift, Int(kind.Bits())), PyBinaryOperator.LShift, Int(kind.Bits())));
        return new PyBinOp(new PyBinOp(new PyBinOp(expr, PyBinaryOperator.Add, half), PyBinaryOperator.BitAnd, mask), PyBinaryOperator.Sub, half);
    }

    /// <summary>
    /// `x / 5` and `x % 5` of an x that may be negative, inline: truncation is flooring of the magnitude, so the
    /// negative side negates around the floor (`-(-x // 5)`) with no helper call, which costs more than the test.
    /// </summary>
    private PyExpr TruncatingByPositiveConstant(bool isDivide, PyExpr left, PyExpr divisor)
    {
        var (first, value) = UsedTwice(left);
        var op = isDivide ? PyBinaryOperator.FloorDiv : PyBinaryOperator.Mod;
        var negativeSide = new PyUnaryOp(PyUnaryOperator.Neg, new PyBinOp(new PyUnaryOp(PyUnaryOperator.Neg, value), op, divisor));
        return new PyIfExp(new PyCompare(first, PyCompareOperator.GtE, Int(0)), new PyBinOp(value, op, divisor), negativeSide);
    }

    /// <summary>
    /// `x / 256` of a signed x: a shift floors, so a negative x first gets 255 added (`x + (x &gt;&gt; 31 &amp; 255) &gt;&gt; 8`),
    /// which makes the floor the truncation; x &gt;&gt; 31 is -1 for a negative x of the type and 0 otherwise. Shorter
    /// than the test and two floor divisions, with no comparison.
    /// </summary>
    private PyExpr TruncatingByPowerOfTwo(PyExpr left, BigInteger divisor, ValueKind kind)
    {
        var (first, value) = UsedTwice(left);
        var sign = new PyBinOp(value, PyBinaryOperator.RShift, Int(kind.Bits() - 1));
        var rounding = new PyBinOp(sign, PyBinaryOperator.BitAnd, Int(divisor - 1));
        return new PyBinOp(new PyBinOp(first, PyBinaryOperator.Add, rounding), PyBinaryOperator.RShift, Int((int)(divisor.GetBitLength() - 1)));
    }

    /// <summary>/, %, &gt;&gt; and &gt;&gt;&gt; on integers; <paramref name="left"/> is already lowered and exact.</summary>
    private PyExpr IntegerDivisionOrShift(BinaryOperatorKind op, PyExpr left, Interval leftRange, IOperation rightOperand, ValueKind kind, SyntaxNode syntax)
    {
        switch (op)
        {
            case BinaryOperatorKind.Divide or BinaryOperatorKind.Remainder:
            {
                var isDivide = op == BinaryOperatorKind.Divide;
                var right = Lower(rightOperand);
                var rightRange = ValueRange(rightOperand);
                // Python's // and % floor; they agree with C# when both operands are non-negative.
                if (leftRange.IsNonNegative && rightRange.IsNonNegative)
                    return new PyBinOp(left, isDivide ? PyBinaryOperator.FloorDiv : PyBinaryOperator.Mod, right);
                if (isDivide && kind.IsSigned() && rightRange.Lo == rightRange.Hi && rightRange.Lo > 1 && rightRange.Lo.IsPowerOfTwo)
                    return TruncatingByPowerOfTwo(left, rightRange.Lo, kind);
                if (rightRange.IsNonNegative && rightRange.Lo == rightRange.Hi && rightRange.Lo > 0)
                    return TruncatingByPositiveConstant(isDivide, left, right);
                var typeMin = kind.Range().Lo;
                var helper = Helper(isDivide ? "_idiv" : "_imod");
                // The helpers test for Int32's MinValue / -1 unless told another MinValue (or None): an int division
                // needs no third argument, as its operands cannot be below that MinValue.
                if (kind == ValueKind.Int32) return Call(helper, left, right);
                return Call(helper, left, right, kind.IsSigned() && leftRange.Contains(typeMin) && rightRange.Contains(-1) ? Int(typeMin) : PyConst.None);
            }
            case BinaryOperatorKind.RightShift:
            {
                var (count, _) = ShiftCount(rightOperand, kind);
                return new PyBinOp(left, PyBinaryOperator.RShift, count);
            }
            case BinaryOperatorKind.UnsignedRightShift:
            {
                var (count, _) = ShiftCount(rightOperand, kind);
                var unsigned = kind.IsSigned() ? new PyBinOp(left, PyBinaryOperator.BitAnd, Int((BigInteger.One << kind.Bits()) - 1)) : left;
                var shifted = new PyBinOp(unsigned, PyBinaryOperator.RShift, count);
                // The shifted value can reach the sign bit again only when the count is 0.
                return kind.IsSigned() ? Wrap(shifted, kind, isChecked: false) : shifted;
            }
            default:
                return Unsupported(syntax, $"The operator '{op}'", "it has no MicroPython translation");
        }
    }

    // ---- floating point ----

    private PyExpr LowerFloatingBinary(IBinaryOperation binary, ValueKind kind)
    {
        var (left, right) = FloatingOperands(binary);
        return FloatingOperation(binary.OperatorKind, left, right, binary.RightOperand, kind, binary.Syntax);
    }

    private PyExpr FloatingOperation(BinaryOperatorKind op, PyExpr left, PyExpr right, IOperation rightOperand, ValueKind kind, SyntaxNode syntax)
    {
        PyExpr result = op switch
        {
            BinaryOperatorKind.Add => new PyBinOp(left, PyBinaryOperator.Add, right),
            BinaryOperatorKind.Subtract => new PyBinOp(left, PyBinaryOperator.Sub, right),
            BinaryOperatorKind.Multiply => new PyBinOp(left, PyBinaryOperator.Mult, right),
            BinaryOperatorKind.Divide when rightOperand.ConstantValue is { HasValue: true, Value: var d } && Convert.ToDouble(d, System.Globalization.CultureInfo.InvariantCulture) != 0
                => new PyBinOp(left, PyBinaryOperator.Div, right),
            BinaryOperatorKind.Divide => Call(Helper("_fdiv"), left, right),
            BinaryOperatorKind.Remainder => Call(Helper("_fmod"), left, right),
            _ => Unsupported(syntax, $"The operator '{op}' on {kind}", "it has no meaning for floating-point values"),
        };
        return kind == ValueKind.Single ? Call(Helper("_f32"), result) : result;
    }

    /// <summary>
    /// The operands of a floating-point operator. An int operand converted to double needs no float() call when the
    /// other operand is a real float: Python converts it exactly, as C# does for values up to 2^53.
    /// </summary>
    private (PyExpr Left, PyExpr Right) FloatingOperands(IBinaryOperation binary)
    {
        static bool IsSmallIntConversion(IOperation op) => op is IConversionOperation { Operand: var inner } && !op.ConstantValue.HasValue
            && ValueKinds.Of(inner.Type) is var k && k.IsInteger() && k.Bits() <= 32 && ValueKinds.Of(op.Type) == ValueKind.Double;
        var leftIsInt = IsSmallIntConversion(binary.LeftOperand);
        var rightIsInt = IsSmallIntConversion(binary.RightOperand);
        var left = leftIsInt && !rightIsInt ? Lower(((IConversionOperation)binary.LeftOperand).Operand) : Lower(binary.LeftOperand);
        var right = rightIsInt && !leftIsInt ? Lower(((IConversionOperation)binary.RightOperand).Operand) : Lower(binary.RightOperand);
        return (left, right);
    }
}
