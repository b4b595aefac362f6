using McuSharp.Compiler.Python;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace McuSharp.Compiler.Lowering;

/// <summary>
/// C#'s indexes from the end and ranges in the indexers of strings, arrays and lists: `x[^n]` is the element at
/// length − n (a constant n ≥ 1 is Python's `x[-n]`, which fails exactly where C# does on strings and arrays), and
/// `x[a..b]` the runtime's _range, which checks the bounds as .NET does (Substring for a string, GetSubArray for an
/// array, Slice for a List) before it slices. An Index or Range kept in a variable is refused.
/// </summary>
internal sealed partial class FunctionLowerer
{
    private enum Sliced { String, Array, List }

    private static bool IsFromEnd(IOperation operation) => WithoutImplicitConversions(operation) is IUnaryOperation { OperatorKind: UnaryOperatorKind.Hat };

    /// <summary>`x[^n]` read: <paramref name="container"/> a string, an array or a List.</summary>
    private PyExpr LowerFromEnd(IOperation container, IOperation index, Sliced kind)
    {
        if (ConstantDistance(index, kind) is { } n) return new PySubscript(Lower(container), Int(-n));
        var (target, again) = UsedTwice(Lower(container));
        return new PySubscript(target, FromEndIndex(again, index, container, kind, Lower));
    }

    /// <summary>`a[^n] = v`, `list[^n] = v`: the index, its distance evaluated before the value (as C# does).</summary>
    private PyExpr FromEndPlace(PyExpr container, IOperation index, IOperation containerOperation, Sliced kind, List<PyStmt> prelude, bool evaluateOnce) =>
        FromEndIndex(container, index, containerOperation, kind, distance => Stable(Lower(distance), distance, prelude, evaluateOnce));

    /// <summary>
    /// The Python index of `^distance` in <paramref name="container"/> (a name, read again for its length): `-n` for
    /// a constant n ≥ 1 on a string or array, else `len − n`, checked as the container's indexer checks it.
    /// </summary>
    private PyExpr FromEndIndex(PyExpr container, IOperation index, IOperation containerOperation, Sliced kind, Func<IOperation, PyExpr> lowerDistance)
    {
        if (ConstantDistance(index, kind) is { } n) return Int(-n);
        var position = new PyBinOp(Call(new PyName("len"), container), PyBinaryOperator.Sub, lowerDistance(((IUnaryOperation)WithoutImplicitConversions(index)).Operand));
        if (kind != Sliced.List) return CheckedIndex(index, containerOperation, position);
        var temp = NewTemp();
        var inRange = new PyCompare(Int(0), new[] { PyCompareOperator.LtE, PyCompareOperator.Lt }, new PyExpr[] { new PyNamedExpr(temp, position), Call(new PyName("len"), container) });
        return new PyIfExp(inRange, temp, Call(Helper("_lrange")));
    }

    /// <summary>n of `^n` when it is a constant of at least 1 and Python's `x[-n]` fails exactly where C# does (strings and arrays).</summary>
    private static int? ConstantDistance(IOperation index, Sliced kind) =>
        kind != Sliced.List && ((IUnaryOperation)WithoutImplicitConversions(index)).Operand.ConstantValue is { HasValue: true, Value: int n } && n >= 1 ? n : null;

    /// <summary>`x[a..b]`: a start or end left out is 0 or ^0; each is sent with whether it counts from the end.</summary>
    private PyExpr LowerRange(IOperation container, IRangeOperation range, Sliced kind)
    {
        (PyExpr Value, PyExpr FromEnd) Endpoint(IOperation? operand, bool missingFromEnd) => operand is null
            ? (Int(0), missingFromEnd ? PyConst.True : PyConst.False)
            : IsFromEnd(operand)
                ? (Lower(((IUnaryOperation)WithoutImplicitConversions(operand)).Operand), PyConst.True)
                // an int endpoint: C#'s implicit conversion to Index
                : (Lower(operand is IConversionOperation { Type.Name: "Index", Operand: var number } ? number : operand), PyConst.False);
        var text = Lower(container);
        var (start, startFromEnd) = Endpoint(range.LeftOperand, missingFromEnd: false);
        var (end, endFromEnd) = Endpoint(range.RightOperand, missingFromEnd: true);
        return Call(Helper("_range"), text, start, startFromEnd, end, endFromEnd, Int((int)kind));
    }

    /// <summary>What an indexer with an Index or Range reads from: a string, an array or a List; null for other types.</summary>
    private Sliced? SlicedKind(ITypeSymbol? type) =>
        type?.SpecialType == SpecialType.System_String ? Sliced.String : type is IArrayTypeSymbol ? Sliced.Array : IsListType(type) ? Sliced.List : null;

    /// <summary>`s[^1]`, `s[1..^1]`, `list[^2]`, `list[1..3]`: the indexers C# makes from Length/Count and this[int], Substring or Slice.</summary>
    private PyExpr LowerImplicitIndexer(IImplicitIndexerReferenceOperation indexer)
    {
        if (SlicedKind(indexer.Instance.Type) is not { } kind || !(IsFromEnd(indexer.Argument) || indexer.Argument is IRangeOperation))
            return Unsupported(indexer.Syntax, "This index or range", "index strings, arrays and lists with ^n or a..b written in the brackets");
        return indexer.Argument is IRangeOperation range ? LowerRange(indexer.Instance, range, kind) : LowerFromEnd(indexer.Instance, indexer.Argument, kind);
    }

    private Place? RefuseAssignedRange(IOperation target)
    {
        Unsupported(target.Syntax, "Assigning to a range or this index", "assign the elements one by one (x[i] = v), or index from the end with ^n on an array or list");
        return null;
    }

    /// <summary>An Index or Range as a value of its own (`Index i = ^1;`): refused, the device has no such types.</summary>
    private PyExpr RefuseIndexValue(IOperation operation) =>
        Unsupported(operation.Syntax, $"An {(operation is IRangeOperation ? "Range" : "Index")} value", "write ^n or a..b inside the brackets of a string, array or list index");
}
