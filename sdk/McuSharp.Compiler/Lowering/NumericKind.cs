using System.Numerics;
using Microsoft.CodeAnalysis;

namespace McuSharp.Compiler.Lowering;

/// <summary>How a C# type is represented on MicroPython.</summary>
public enum ValueKind { Other, Bool, Char, String, SByte, Byte, Int16, UInt16, Int32, UInt32, Int64, UInt64, Single, Double }

public static class ValueKinds
{
    public static ValueKind Of(ITypeSymbol? type)
    {
        if (type is null) return ValueKind.Other;
        if (type is INamedTypeSymbol { TypeKind: TypeKind.Enum } e) return Of(e.EnumUnderlyingType);
        return type.SpecialType switch
        {
            SpecialType.System_Boolean => ValueKind.Bool,
            SpecialType.System_Char => ValueKind.Char,
            SpecialType.System_String => ValueKind.String,
            SpecialType.System_SByte => ValueKind.SByte,
            SpecialType.System_Byte => ValueKind.Byte,
            SpecialType.System_Int16 => ValueKind.Int16,
            SpecialType.System_UInt16 => ValueKind.UInt16,
            SpecialType.System_Int32 => ValueKind.Int32,
            SpecialType.System_UInt32 => ValueKind.UInt32,
            SpecialType.System_Int64 => ValueKind.Int64,
            SpecialType.System_UInt64 => ValueKind.UInt64,
            SpecialType.System_Single => ValueKind.Single,
            SpecialType.System_Double => ValueKind.Double,
            _ => ValueKind.Other,
        };
    }

    public static bool IsInteger(this ValueKind k) => k is >= ValueKind.SByte and <= ValueKind.UInt64;

    public static bool IsFloating(this ValueKind k) => k is ValueKind.Single or ValueKind.Double;

    public static bool IsSigned(this ValueKind k) => k is ValueKind.SByte or ValueKind.Int16 or ValueKind.Int32 or ValueKind.Int64;

    /// <summary>The kinds C# does arithmetic in (smaller integers are promoted to int first).</summary>
    public static bool IsArithmeticInteger(this ValueKind k) => k is ValueKind.Int32 or ValueKind.UInt32 or ValueKind.Int64 or ValueKind.UInt64;

    public static int Bits(this ValueKind k) => k switch
    {
        ValueKind.SByte or ValueKind.Byte => 8,
        ValueKind.Int16 or ValueKind.UInt16 or ValueKind.Char => 16,
        ValueKind.Int32 or ValueKind.UInt32 => 32,
        _ => 64,
    };

    public static Interval Range(this ValueKind k) => k switch
    {
        ValueKind.Char => new Interval(0, 0xFFFF),
        _ when k.IsInteger() && k.IsSigned() => new Interval(-(BigInteger.One << (k.Bits() - 1)), (BigInteger.One << (k.Bits() - 1)) - 1),
        _ when k.IsInteger() => new Interval(0, (BigInteger.One << k.Bits()) - 1),
        _ => Interval.Huge,
    };
}

/// <summary>A closed range of integer values a Python expression can hold.</summary>
public readonly record struct Interval(BigInteger Lo, BigInteger Hi)
{
    public static readonly Interval Huge = new(-(BigInteger.One << 256), BigInteger.One << 256);

    public static Interval Exactly(BigInteger v) => new(v, v);

    public Interval Union(Interval other) => new(BigInteger.Min(Lo, other.Lo), BigInteger.Max(Hi, other.Hi));

    public bool Within(Interval outer) => Lo >= outer.Lo && Hi <= outer.Hi;

    public bool IsNonNegative => Lo >= 0;

    public bool Contains(BigInteger v) => Lo <= v && v <= Hi;

    public static Interval operator +(Interval a, Interval b) => new(a.Lo + b.Lo, a.Hi + b.Hi);

    public static Interval operator -(Interval a, Interval b) => new(a.Lo - b.Hi, a.Hi - b.Lo);

    public static Interval operator *(Interval a, Interval b)
    {
        var products = new[] { a.Lo * b.Lo, a.Lo * b.Hi, a.Hi * b.Lo, a.Hi * b.Hi };
        return new(products.Min(), products.Max());
    }

    public Interval Negate() => new(-Hi, -Lo);

    public Interval Clamp(Interval bound) => new(BigInteger.Max(Lo, bound.Lo), BigInteger.Min(Hi, bound.Hi));
}
