using McuSharp.Compiler.Python;
using Microsoft.CodeAnalysis;

namespace McuSharp.Compiler.Lowering;

/// <summary>
/// System.Math: integer members map to Python builtins; floating-point members go through helpers that keep IEEE results
/// (NaN, infinities, -0.0). Also double/float classification (IsNaN, IsInfinity, ...).
/// </summary>
internal sealed partial class FunctionLowerer
{
    private static void AddMathMembers(Dictionary<string, MemberLowering> table)
    {
        table["Math.Abs/1"] = (f, c) => f.MathAbs(c);
        table["Math.Min/2"] = (f, c) => f.MinMax(c, "min", "_math_min");
        table["Math.Max/2"] = (f, c) => f.MinMax(c, "max", "_math_max");
        table["Math.Sqrt/1"] = (f, c) => Call(f.Helper("_math_sqrt"), f.Lower(c[0]));
        foreach (var (name, python) in new[] { ("Sin", "sin"), ("Cos", "cos"), ("Tan", "tan"), ("Asin", "asin"), ("Acos", "acos"), ("Exp", "exp"), ("Log", "log") })
            table[$"Math.{name}/1"] = (f, c) => Call(f.Helper("_math_call"), new PyAttribute(f._context.ImportModule("math"), python), f.Lower(c[0]));
        table["Math.Atan/1"] = (f, c) => Call(new PyAttribute(f._context.ImportModule("math"), "atan"), f.Lower(c[0]));
        table["Math.Atan2/2"] = (f, c) => Call(new PyAttribute(f._context.ImportModule("math"), "atan2"), f.Lower(c[0]), f.Lower(c[1]));
        table["Math.Log/2"] = (f, c) => Call(f.Helper("_math_logb"), f.Lower(c[0]), f.Lower(c[1]));
        table["Math.Pow/2"] = (f, c) => Call(f.Helper("_math_pow"), f.Lower(c[0]), f.Lower(c[1]));
        table["Math.Floor/1"] = (f, c) => f.FloatOnly(c, "_math_floor");
        table["Math.Ceiling/1"] = (f, c) => f.FloatOnly(c, "_math_ceil");
        table["Math.Truncate/1"] = (f, c) => f.FloatOnly(c, "_math_trunc");
        table["Math.Round/1"] = (f, c) => f.FloatOnly(c, "_math_round");
        table["Math.Round/2"] = (f, c) => KindOf(c[0]) == ValueKind.Double && KindOf(c[1]).IsInteger() ? Call(f.Helper("_math_roundd"), f.Lower(c[0]), f.Lower(c[1])) : null;
        table["Math.Clamp/3"] = (f, c) => KindOf(c.Operation) is var k && (k.IsInteger() || k.IsFloating())
            ? Call(f.Helper("_math_clamp"), f.Lower(c[0]), f.Lower(c[1]), f.Lower(c[2])) : null;
        table["Math.Sign/1"] = (f, c) => KindOf(c[0]).IsFloating() ? Call(f.Helper("_math_sign"), f.Lower(c[0])) : Call(f.Helper("_math_isign"), f.Lower(c[0]));

        // CompareTo: -1, 0 or 1; for floating point, NaN sorts first and equals itself.
        foreach (var type in new[] { "Int32", "Int64", "UInt32", "UInt64", "Int16", "UInt16", "Byte", "SByte", "Char" })
            table[type + ".CompareTo/1"] = (f, c) => KindOf(c[0]) == KindOf(c.Receiver!) || KindOf(c[0]).IsInteger() ? Call(f.Helper("_compare_ints"), f.Lower(c.Receiver!), f.Lower(c[0])) : null;
        foreach (var type in new[] { "Double", "Single" })
            table[type + ".CompareTo/1"] = (f, c) => KindOf(c[0]).IsFloating() || KindOf(c[0]).IsInteger() ? Call(f.Helper("_compare_floats"), f.Lower(c.Receiver!), f.Lower(c[0])) : null;

        foreach (var type in new[] { "Double", "Single" })
        {
            table[type + ".IsNaN/1"] = (f, c) => f.Lower(c[0]) is PyName name ? new PyCompare(name, PyCompareOperator.NotEq, name) : Call(f.Helper("_isnan"), f.Lower(c[0]));
            table[type + ".IsInfinity/1"] = (f, c) => Call(f.Helper("_isinf"), f.Lower(c[0]));
            table[type + ".IsFinite/1"] = (f, c) => Call(f.Helper("_isfinite"), f.Lower(c[0]));
            table[type + ".IsPositiveInfinity/1"] = (f, c) => new PyCompare(f.Lower(c[0]), PyCompareOperator.Eq, f.Helper("_inf"));
            table[type + ".IsNegativeInfinity/1"] = (f, c) => new PyCompare(f.Lower(c[0]), PyCompareOperator.Eq, new PyUnaryOp(PyUnaryOperator.Neg, f.Helper("_inf")));
        }
    }

    private PyExpr? FloatOnly(LibraryCall call, string helper) =>
        KindOf(call[0]) == ValueKind.Double ? Call(Helper(helper), Lower(call[0])) : null;

    private PyExpr? MathAbs(LibraryCall call)
    {
        var kind = KindOf(call[0]);
        if (kind.IsFloating()) return Call(new PyName("abs"), Lower(call[0]));
        if (!kind.IsInteger()) return null;
        // Math.Abs(int.MinValue) has no int result: .NET throws OverflowException.
        var min = kind.Range().Lo;
        return kind.IsSigned() && ValueRange(call[0]).Contains(min)
            ? Call(Helper("_math_iabs"), Lower(call[0]), Int(min))
            : Call(new PyName("abs"), Lower(call[0]));
    }

    private PyExpr? MinMax(LibraryCall call, string builtin, string floatingHelper)
    {
        var kind = KindOf(call.Operation);
        if (kind.IsFloating()) return Call(Helper(floatingHelper), Lower(call[0]), Lower(call[1]));
        return kind.IsInteger() ? Call(new PyName(builtin), Lower(call[0]), Lower(call[1])) : null;
    }
}
