using McuSharp.Compiler.Python;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace McuSharp.Compiler.Lowering;

/// <summary>
/// A Where/Select chain that is enumerated at once (by foreach, Sum, Count, Max, Any, ToList, ...) becomes one
/// generator expression with the lambdas' bodies inline: `(r.Raw + k for r in readings if r.Valid)`. That is what
/// the lazy operators do, element by element in the same order, without a call per element and stage: the
/// predicate runs, then the selector for the elements it keeps. Only immediately consumed chains are fused (a
/// generator expression can be enumerated once), of lambdas with one parameter whose body is one expression that
/// assigns nothing; a captured variable is read as the elements are pulled, which is what the C# lambda reads too.
/// </summary>
internal sealed partial class FunctionLowerer
{
    private sealed record FusedLevel(string Variable, PyExpr Iterable)
    {
        public PyExpr? Element { get; set; }
        public List<PyExpr> Conditions { get; } = new();

        public PyListComp Close()
        {
            var (target, iterable) = OverSortedRows(new PyName(Variable), Iterable);
            return new(Element ?? new PyName(Variable), target, iterable,
                Conditions.Count switch { 0 => null, 1 => Conditions[0], _ => new PyBoolOp(PyBoolOperator.And, Conditions) }) { Generator = true };
        }
    }

    /// <summary>A fusable lambda argument: its lambda and the expression its body returns.</summary>
    private static (IAnonymousFunctionOperation Lambda, IOperation Body)? InlineLambda(IOperation argument) =>
        WithoutImplicitConversions(argument) is IDelegateCreationOperation { Target: IAnonymousFunctionOperation { Symbol.Parameters.Length: 1, Symbol.IsAsync: false } lambda }
        && lambda.Body.Operations is [IReturnOperation { ReturnedValue: { } body }]
        && !body.DescendantsAndSelf().Any(o => o is IAssignmentOperation or IIncrementOrDecrementOperation or IDeclarationExpressionOperation
            or IAnonymousFunctionOperation or IDelegateCreationOperation or IThrowOperation)
            ? (lambda, body)
            : null;

    /// <summary>
    /// The generator expression for <paramref name="source"/> when it is a fusable Where/Select chain (or when a
    /// fusable <paramref name="trailing"/> lambda makes one: a Where when <paramref name="trailingSelects"/> is false),
    /// with the range of its elements' values when the last stage selects them; null when it is not.
    /// </summary>
    private (PyListComp Query, Interval? Elements)? FusedQuery(IOperation source, IOperation? trailing = null, bool trailingSelects = false)
    {
        var stages = new List<(bool Selects, IAnonymousFunctionOperation Lambda, IOperation Body)>();
        if (trailing is not null)
        {
            StartsAtOnce(source); // an aggregate with a lambda (Count, Any, All, Sum, Min, Max, Average) enumerates at once
            if (InlineLambda(trailing) is not var (lambda, body)) return null;
            stages.Add((trailingSelects, lambda, body));
        }
        var operation = WithoutImplicitConversions(source);
        while (operation is IInvocationOperation { TargetMethod: { ContainingType.Name: "Enumerable", Name: "Where" or "Select" } method } call
               && call.Arguments.Length == 2 && ArgumentsInParameterOrder(call.Arguments) is [var inner, var argument] && InlineLambda(argument) is var (lambda, body))
        {
            stages.Insert(0, (method.Name == "Select", lambda, body));
            operation = WithoutImplicitConversions(inner);
        }
        if (stages.Count == 0) return null;
        if (IsStartedAtOnce(source)) StartsAtOnce(operation);

        FusedLevel? level = null;
        Interval? elements = null;
        var outer = _enumeratedOnce;
        _enumeratedOnce = true; // the chain's base is enumerated once, by the generator expression
        PyExpr iterable;
        try { iterable = Elements(operation); }
        finally { _enumeratedOnce = outer; }
        foreach (var (selects, lambda, body) in stages)
        {
            var parameter = lambda.Symbol.Parameters[0];
            if (level is { Element: null }) _locals[parameter] = level.Variable; // the same element under another name
            else level = new FusedLevel(DeclareLocal(parameter), level?.Close() ?? iterable);
            if (selects)
            {
                level.Element = NotEnumeratedOnce(() => LowerStored(body, lambda.Symbol.ReturnType));
                elements = KindOf(body).IsInteger() ? ValueRange(body) : null;
            }
            else level.Conditions.Add(NotEnumeratedOnce(() => LowerCondition(body)));
        }
        return (level!.Close(), stages[^1].Selects ? elements : null);
    }

    /// <summary>
    /// True while the chain being lowered is enumerated exactly once: the source of an operator that enumerates at once
    /// (or of a foreach), and the sources of the lazy operators under it, each of which enumerates its own source once
    /// per enumeration. Their Where/Select parts can then be generator expressions too. A lambda's body is not such a
    /// context (a query it returns may be enumerated many times).
    /// </summary>
    private bool _enumeratedOnce;

    private PyExpr EnumeratedOnce(IOperation source)
    {
        var outer = _enumeratedOnce;
        _enumeratedOnce = true;
        try { return (PyExpr?)FusedQuery(source)?.Query ?? Elements(source); }
        finally { _enumeratedOnce = outer; }
    }

    private T NotEnumeratedOnce<T>(Func<T> lower)
    {
        var outer = _enumeratedOnce;
        _enumeratedOnce = false;
        try { return lower(); }
        finally { _enumeratedOnce = outer; }
    }

    /// <summary>The source of an operator that enumerates it at once: fused where it can be.</summary>
    private PyExpr EagerSource(LibraryCall call)
    {
        // Count() and Any() of an ordered list read its length without sorting it; the others start the enumeration.
        if (call.Operation is not IInvocationOperation { TargetMethod: { Name: "Count" or "Any", Parameters.Length: 1 } }) StartsAtOnce(call[0]);
        return EnumeratedOnce(call[0]);
    }

    /// <summary>What a foreach walks: a fused query, or the collection's elements.</summary>
    private PyExpr LoopElements(IOperation collection) => EnumeratedOnce(StartsAtOnce(collection));
}
