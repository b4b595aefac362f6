using System.Numerics;
using McuSharp.Compiler.Python;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace McuSharp.Compiler.Lowering;

/// <summary>
/// Implicit and explicit conversions between numeric types, chars and floating point, with C#'s results:
/// integer narrowing wraps (two's complement), floating-to-integer truncates toward zero and saturates
/// (as .NET 9+ does), int to char takes the low 16 bits, double to float rounds to single precision.
/// </summary>
internal sealed partial class FunctionLowerer
{
    private PyExpr LowerConversion(IConversionOperation conversion)
    {
        if (conversion.OperatorMethod is { } userConversion && userConversion.DeclaringSyntaxReferences.Length > 0)
            return LowerUserOperator(userConversion, conversion.Syntax, conversion.Operand);
        if (conversion.OperatorMethod is not null) return UnsupportedMember(conversion, conversion.OperatorMethod, "this library conversion has no MicroPython translation");
        if (conversion.Operand is IThrowOperation throwOperation) return LowerThrowExpression(throwOperation); // it has every type
        var from = KindOf(conversion.Operand);
        var to = KindOf(conversion);
        if (conversion.Conversion.IsNullable)
        {
            // T to T? is the value itself; T? to T is its Value (which throws for null).
            var targetIsNullable = IsNullableValueType(conversion.Type);
            var sourceIsNullable = IsNullableValueType(conversion.Operand.Type);
            if (targetIsNullable && !sourceIsNullable)
                return LowerConverted(conversion.Operand, ((INamedTypeSymbol)conversion.Type!).TypeArguments[0]);
            if (!targetIsNullable && sourceIsNullable && KindOf(conversion) == ValueKinds.Of(((INamedTypeSymbol)conversion.Operand.Type!).TypeArguments[0]))
                return NullableValue(Lower(conversion.Operand));
            if (targetIsNullable && sourceIsNullable)
            {
                var (fromValue, toValue) = (((INamedTypeSymbol)conversion.Operand.Type!).TypeArguments[0], ((INamedTypeSymbol)conversion.Type!).TypeArguments[0]);
                if (SymbolEqualityComparer.Default.Equals(fromValue, toValue)) return Lower(conversion.Operand);
                if (ValueKinds.Of(fromValue) is not ValueKind.Other && ValueKinds.Of(toValue) is not ValueKind.Other) return ConvertNullable(conversion, fromValue, toValue);
            }
            return Unsupported(conversion.Syntax, $"Converting {conversion.Operand.Type?.ToDisplayString()} to {conversion.Type?.ToDisplayString()}", "convert the Value, after testing HasValue");
        }
        if (from == to && !conversion.IsTryCast && (conversion.Conversion.IsImplicit || !conversion.Conversion.IsReference) || conversion.Conversion.IsIdentity) return Lower(conversion.Operand);
        // A cast down (from a base class, an interface or object) checks the type at run time, as .NET does.
        if (conversion.Conversion.IsReference && (!conversion.Conversion.IsImplicit || conversion.IsTryCast) || conversion.IsTryCast)
            return LowerReferenceCast(conversion);
        if (IsBoxing(conversion) || conversion.Conversion.IsReference || to == ValueKind.Other)
        {
            if (from is ValueKind.Single or ValueKind.Double && to == ValueKind.Other)
                return Unsupported(conversion.Syntax, "A floating-point value as object", "its formatting would be lost; keep it typed as double or float");
            if (conversion.Operand.Type?.TypeKind == TypeKind.Enum && to == ValueKind.Other)
                return Unsupported(conversion.Syntax, "An enum value as object", "its name would be lost (it is a number on the device); keep it typed as the enum");
            // Boxing copies a struct.
            return IsBoxing(conversion) ? LowerStored(conversion.Operand, conversion.Operand.Type) : Lower(conversion.Operand);
        }
        // An integer narrowing of a +, -, *, ... expression wraps once, at the narrow width.
        if (from.IsArithmeticInteger() && to.IsInteger() && to.Bits() <= from.Bits() && !conversion.IsChecked)
        {
            var ring = Ring(conversion.Operand, from);
            return ring.Raw.Within(to.Range()) ? ring.Expr : Wrap(ring.Expr, to, isChecked: false, ring.Raw);
        }
        return ConvertValue(Lower(conversion.Operand), conversion.Operand, from, to, conversion.IsChecked);
    }

    /// <summary>Converts an already-lowered value of kind <paramref name="from"/> to kind <paramref name="to"/>.</summary>
    private PyExpr ConvertValue(PyExpr value, IOperation source, ValueKind from, ValueKind to, bool isChecked)
    {
        if (from == to) return value;
        if (from == ValueKind.Char)
        {
            if (to == ValueKind.Char) return value;
            var code = Call(new PyName("ord"), value);
            return to switch
            {
                _ when to.IsInteger() => to.Range().Contains(0xFFFF) ? code : Wrap(code, to, isChecked),
                ValueKind.Double => Call(new PyName("float"), code),
                ValueKind.Single => Call(new PyName("float"), code),
                _ => Unsupported(source.Syntax, $"Converting char to {to}", "it has no MicroPython translation"),
            };
        }
        if (from.IsInteger())
        {
            var range = ValueRange(source);
            switch (to)
            {
                case ValueKind.Char:
                    return Call(new PyName("chr"), range.Within(new Interval(0, 0xFFFF)) ? value : Wrap(value, ValueKind.UInt16, isChecked));
                case ValueKind.Double:
                    return Call(new PyName("float"), value);
                case ValueKind.Single:
                    var asFloat = Call(new PyName("float"), value);
                    if (range.Within(new Interval(-(1 << 24), 1 << 24))) return asFloat;
                    // Beyond 2^53, float() rounds once and _f32 again: wide integers need one direct rounding.
                    return range.Within(new Interval(-(BigInteger.One << 53), BigInteger.One << 53)) ? Call(Helper("_f32"), asFloat) : Call(Helper("_i2f32"), value);
                case var k when k.IsInteger():
                    return range.Within(k.Range()) ? value : Wrap(value, k, isChecked);
            }
        }
        if (from.IsFloating())
        {
            switch (to)
            {
                case ValueKind.Double:
                    return value;
                case ValueKind.Single:
                    return Call(Helper("_f32"), value);
                case var k when k == ValueKind.Char || k.IsInteger():
                    if (isChecked) return Unsupported(source.Syntax, "A checked conversion from floating point to an integer", "convert unchecked after testing the range");
                    // .NET converts to int (saturating) first for types narrower than int, then keeps the low bits.
                    var target = to.Bits() >= 32 ? to : ValueKind.Int32;
                    var range = target.Range();
                    PyExpr truncated = Call(Helper("_d2i"), value, Int(range.Lo), Int(range.Hi));
                    if (target != to) truncated = to == ValueKind.Char ? Call(new PyName("chr"), Wrap(truncated, ValueKind.UInt16, false)) : Wrap(truncated, to, false);
                    return truncated;
            }
        }
        return Unsupported(source.Syntax, $"Converting {from} to {to}", "it has no MicroPython translation");
    }
}
