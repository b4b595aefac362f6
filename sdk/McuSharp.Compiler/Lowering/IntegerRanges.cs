using System.Numerics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace McuSharp.Compiler.Lowering;

/// <summary>
/// A small value-range analysis: which integer values an expression can hold. It lets the lowering skip
/// wraparound and sign fix-ups where they can never matter (loop counters, masks, bytes, chars, lengths).
/// </summary>
internal sealed partial class FunctionLowerer
{
    private static readonly Interval IntRange = ValueKind.Int32.Range();

    /// <summary>The values the C# expression can have (after any wraparound C# does).</summary>
    private Interval ValueRange(IOperation operation)
    {
        var kind = KindOf(operation);
        var typeRange = kind.IsInteger() || kind == ValueKind.Char ? kind.Range() : Interval.Huge;
        if (operation.ConstantValue is { HasValue: true, Value: var constant } && constant is not null && (kind.IsInteger() || kind == ValueKind.Char))
            return Interval.Exactly(constant is char c ? c : constant is ulong u ? u : new BigInteger(Convert.ToInt64(constant, System.Globalization.CultureInfo.InvariantCulture)));
        var raw = RawRange(operation, kind);
        return raw.Within(typeRange) ? raw : typeRange;
    }

    private Interval RawRange(IOperation operation, ValueKind kind)
    {
        var typeRange = kind.IsInteger() || kind == ValueKind.Char ? kind.Range() : Interval.Huge;
        switch (operation)
        {
            case ILocalReferenceOperation local when _rangeFacts.TryGetValue(local.Local, out var fact):
                return fact;
            case IParameterReferenceOperation parameter when _rangeFacts.TryGetValue(parameter.Parameter, out var parameterFact):
                return parameterFact;
            case IFieldReferenceOperation or IPropertyReferenceOperation when PlainFieldRange((IMemberReferenceOperation)operation) is { } plainField:
                return plainField;
            case IFieldReferenceOperation or IPropertyReferenceOperation when CallSiteRanges.ReadOnlyMember(operation) is { } member && _context.MemberFacts.TryGetValue(member, out var memberFact):
                return memberFact;
            case IConversionOperation conversion when ValueKinds.Of(conversion.Operand.Type) is var from && (from.IsInteger() || from == ValueKind.Char):
                var inner = ValueRange(conversion.Operand);
                return inner.Within(typeRange) ? inner : typeRange;
            case IArrayElementReferenceOperation or IPropertyReferenceOperation { Property.IsIndexer: true } when ElementRange(operation) is { } element:
                return element;
            case IPropertyReferenceOperation { Property: { Name: "Length" or "Count", IsStatic: false } length } when MaxLength(length.ContainingType) is { } most:
                return new Interval(0, most);
            case IInvocationOperation { TargetMethod: var called } when _context.MemberFacts.TryGetValue(called.OriginalDefinition, out var returned):
                return returned;
            case IInvocationOperation { TargetMethod: { Name: "IndexOf" or "LastIndexOf" } search } when MaxLength(search.ContainingType) is { } longest:
                return new Interval(-1, longest - 1);
            case IBinaryOperation { OperatorMethod: null } b when kind.IsArithmeticInteger():
                var left = ValueRange(b.LeftOperand);
                var right = ValueRange(b.RightOperand);
                switch (b.OperatorKind)
                {
                    case BinaryOperatorKind.Add: return left + right;
                    case BinaryOperatorKind.Subtract: return left - right;
                    case BinaryOperatorKind.Multiply: return left * right;
                    case BinaryOperatorKind.And or BinaryOperatorKind.Or or BinaryOperatorKind.ExclusiveOr: return BitwiseRange(b.OperatorKind, left, right);
                    case BinaryOperatorKind.Remainder when right.Lo > 0 || right.Hi < 0:
                        var bound = BigInteger.Max(BigInteger.Abs(right.Lo), BigInteger.Abs(right.Hi)) - 1;
                        return left.IsNonNegative ? new Interval(0, BigInteger.Min(bound, left.Hi)) : new Interval(-bound, bound);
                    case BinaryOperatorKind.Divide when right.Lo > 0:
                        return new Interval(left.Lo < 0 ? left.Lo / right.Lo : left.Lo / right.Hi, left.Hi > 0 ? left.Hi / right.Lo : left.Hi / right.Hi);
                    case BinaryOperatorKind.RightShift when right.Lo >= 0 && right.Hi < kind.Bits():
                        return new Interval(BigInteger.Min(left.Lo >> (int)right.Hi, left.Lo >> (int)right.Lo), BigInteger.Max(left.Hi >> (int)right.Lo, left.Hi >> (int)right.Hi));
                    case BinaryOperatorKind.LeftShift when right.Lo >= 0 && right.Hi < kind.Bits() && left.IsNonNegative:
                        return new Interval(left.Lo << (int)right.Lo, left.Hi << (int)right.Hi);
                    default: return typeRange;
                }
            case IUnaryOperation { OperatorKind: UnaryOperatorKind.Minus, OperatorMethod: null } u:
                return ValueRange(u.Operand).Negate();
            default:
                return typeRange;
        }
    }

    private const int MaxStringLength = 0x3FFFFFDF;

    /// <summary>Array.MaxLength: also the limit of the collections an array backs (List, Dictionary, ...).</summary>
    private const int MaxArrayLength = 0x7FFFFFC7;

    /// <summary>
    /// The most elements a library collection or string can hold in .NET (a string at most 0x3FFFFFDF characters, an
    /// array or a collection backed by one at most Array.MaxLength): so `s.Length + 1` or `IndexOf(..) + 1` never wraps.
    /// Null for user types, whose Length or Count can be anything.
    /// </summary>
    internal static BigInteger? MaxLength(ITypeSymbol? type) => type switch
    {
        { SpecialType: SpecialType.System_String } => MaxStringLength,
        IArrayTypeSymbol or { SpecialType: SpecialType.System_Array } => MaxArrayLength,
        INamedTypeSymbol { Name: "List" or "Queue" or "Stack" or "HashSet" or "Dictionary" } named
            when named.ContainingNamespace.ToDisplayString() == "System.Collections.Generic" => MaxArrayLength,
        { ContainingNamespace: { } ns } when ns.ToDisplayString() is "System" or "System.Text" || ns.ToDisplayString().StartsWith("System.", StringComparison.Ordinal) => int.MaxValue,
        _ => null,
    };

    /// <summary>Bounds for &amp;, | and ^; tight only when both operands are non-negative.</summary>
    private static Interval BitwiseRange(BinaryOperatorKind op, Interval left, Interval right)
    {
        if (op == BinaryOperatorKind.And)
        {
            if (left.IsNonNegative && right.IsNonNegative) return new Interval(0, BigInteger.Min(left.Hi, right.Hi));
            if (left.IsNonNegative) return new Interval(0, left.Hi);
            if (right.IsNonNegative) return new Interval(0, right.Hi);
        }
        else if (left.IsNonNegative && right.IsNonNegative)
        {
            var top = BigInteger.Max(left.Hi, right.Hi);
            var ones = BigInteger.One;
            while (ones <= top) ones <<= 1;
            return new Interval(0, ones - 1);
        }
        var magnitude = BigInteger.Max(BigInteger.Max(BigInteger.Abs(left.Lo), BigInteger.Abs(left.Hi)), BigInteger.Max(BigInteger.Abs(right.Lo), BigInteger.Abs(right.Hi)));
        var limit = BigInteger.One;
        while (limit <= magnitude) limit <<= 1;
        return new Interval(-limit, limit - 1);
    }
}
