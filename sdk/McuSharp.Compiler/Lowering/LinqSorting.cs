using McuSharp.Compiler.Python;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Operations;

namespace McuSharp.Compiler.Lowering;

/// <summary>
/// An OrderBy/ThenBy chain whose enumeration starts at once (a foreach's collection, an aggregate's source, through
/// Where/Select and Take(n > 0)) is sorted on the spot: `[t[-1] for t in sorted((-k1, k2, i, x) for i, x in
/// enumerate(source))]`. One sort of tuples puts the levels in order; a descending level's integer key is negated
/// (exact with Python's integers); the element's index before it keeps the sort stable (MicroPython's is not) and
/// keeps the elements themselves from being compared. Take(n) is a slice of the sorted rows.
/// This computes each key once per element like LINQ, but element by element instead of level by level, and
/// starts before the source is read to its end. Nothing can tell the two apart when the keys and the source's
/// lambdas only read (auto-properties, fields, locals, integer arithmetic that cannot throw) and the source is a
/// list or array, which the compiler requires; at worst a key meets a null and throws NullReferenceException,
/// which it does in either order. Other chains keep the runtime's _Ordered (Runtime/queries.py).
/// </summary>
internal sealed partial class FunctionLowerer
{
    /// <summary>The queries whose enumeration starts as soon as they are built (see <see cref="StartsAtOnce"/>).</summary>
    private readonly HashSet<IOperation> _startedAtOnce = new();

    /// <summary>
    /// Notes that <paramref name="query"/> is enumerated as soon as it is built: .NET's Take(0), Zip and Concat may
    /// never ask their sources for an element, and Count() and Any() of an ordered list read its length without
    /// sorting; every other consumer starts the enumeration (which sorts) before anything else can run.
    /// </summary>
    private IOperation StartsAtOnce(IOperation query)
    {
        _startedAtOnce.Add(WithoutImplicitConversions(query));
        return query;
    }

    private bool IsStartedAtOnce(IOperation query) => _startedAtOnce.Contains(WithoutImplicitConversions(query));

    /// <summary>The sorted list for an ordering chain <paramref name="ordering"/> that starts at once, its first <paramref name="take"/> elements; null when it does not qualify.</summary>
    private PyExpr? SortedAtOnce(IOperation ordering, PyExpr? take = null)
    {
        if (!IsStartedAtOnce(ordering)) return null;
        var levels = new List<(bool Descending, IAnonymousFunctionOperation Lambda, IOperation Body)>();
        var operation = WithoutImplicitConversions(ordering);
        IOperation source;
        while (true)
        {
            if (operation is not IInvocationOperation { TargetMethod: { ContainingType.Name: "Enumerable", Name: "OrderBy" or "OrderByDescending" or "ThenBy" or "ThenByDescending" } method } call
                || call.Arguments.Length != 2 || ArgumentsInParameterOrder(call.Arguments) is not [var inner, var key] || InlineLambda(key) is not var (lambda, body))
                return null;
            var descending = method.Name.EndsWith("Descending", StringComparison.Ordinal);
            if (!SortsAsTupleKey(method.TypeArguments[1], descending) || !OnlyReads(body)) return null;
            levels.Insert(0, (descending, lambda, body));
            if (method.Name.StartsWith("Order", StringComparison.Ordinal)) { source = inner; break; }
            operation = WithoutImplicitConversions(inner);
        }
        if (!EnumeratesOnlyReads(source)) return null;

        var iterable = EnumeratedOnce(source);
        var element = DeclareLocal(levels[0].Lambda.Symbol.Parameters[0]);
        foreach (var level in levels.Skip(1)) _locals[level.Lambda.Symbol.Parameters[0]] = element;
        var row = new List<PyExpr>();
        foreach (var (descending, lambda, body) in levels)
        {
            var value = NotEnumeratedOnce(() => LowerStored(body, lambda.Symbol.ReturnType));
            row.Add(descending ? new PyUnaryOp(PyUnaryOperator.Neg, value) : value);
        }
        var index = NewTemp();
        row.Add(index);
        row.Add(new PyName(element));
        // A filter of the source's own variable tests the elements as they are numbered: the indices then skip some,
        // which orders them the same.
        PyExpr? filter = null;
        if (iterable is PyListComp { Generator: true, Element: PyName kept, Target: PyName bound, Condition: { } condition, Iterable: var unfiltered } && kept.Id == element && bound.Id == element)
            (iterable, filter) = (unfiltered, condition);
        PyExpr sorted = Call(new PyName("sorted"),
            new PyListComp(new PyTuple(row), new PyTuple(new PyExpr[] { index, new PyName(element) }), Call(new PyName("enumerate"), iterable), filter) { Generator = true });
        if (take is not null) sorted = new PySubscript(sorted, new PySlice(null, take));
        var sortedRow = NewTemp();
        return new PyListComp(new PySubscript(sortedRow, Int(-1)), sortedRow, sorted);
    }

    /// <summary>
    /// A comprehension's target and iterable over <paramref name="iterable"/>: over the rows of a sort on the spot
    /// (`[t[-1] for t in sorted(rows)]`), the rows themselves, unpacked (`for _, _, _, x in sorted(rows)`), which
    /// builds no list in between. Its own scope keeps the `_` from the function's variables.
    /// </summary>
    private static (PyExpr Target, PyExpr Iterable) OverSortedRows(PyName variable, PyExpr iterable)
    {
        if (iterable is not PyListComp { Generator: false, Element: PySubscript { Target: PyName last, Index: PyConst { Value: System.Numerics.BigInteger index } }, Target: PyName row, Condition: null, Iterable: var sorted }
            || last.Id != row.Id || index != -1)
            return (variable, iterable);
        var call = sorted is PySubscript { Target: var sliced } ? sliced : sorted;
        if (call is not PyCall { Function: PyName { Id: "sorted" }, Args: [PyListComp { Element: PyTuple { Elements.Count: var width } }] }) return (variable, iterable);
        return (new PyTuple(Enumerable.Repeat<PyExpr>(new PyName("_"), width - 1).Append(variable).ToList()), sorted);
    }

    /// <summary>Take(n) of an ordering that starts at once, for a constant n > 0 (a smaller one never sorts in .NET).</summary>
    private PyExpr? TakeSortedAtOnce(LibraryCall call) =>
        IsStartedAtOnce(call.Operation) && call[1].ConstantValue is { HasValue: true, Value: int count } && count > 0
            ? SortedAtOnce(StartsAtOnce(call[0]), Int(count))
            : null;

    /// <summary>Keys that compare in a tuple as Comparer&lt;T&gt;.Default compares them: integers, bools and enums (negated when descending), chars (strings of one) ascending.</summary>
    private static bool SortsAsTupleKey(ITypeSymbol key, bool descending)
    {
        var kind = ValueKinds.Of(key);
        return kind.IsInteger() || kind == ValueKind.Bool || key.TypeKind == TypeKind.Enum || kind == ValueKind.Char && !descending;
    }

    /// <summary>
    /// Whether evaluating <paramref name="expression"/> can do nothing but read: locals, parameters, instance fields,
    /// stored auto-properties, collection lengths, and operators that cannot throw (no division, no checked context,
    /// no user-defined operator). A null instance still throws NullReferenceException.
    /// </summary>
    private bool OnlyReads(IOperation expression) => expression.DescendantsAndSelf().All(op => op switch
    {
        _ when op.ConstantValue.HasValue => true,
        ILocalReferenceOperation or IParameterReferenceOperation or IInstanceReferenceOperation => true,
        IFieldReferenceOperation { Field.IsStatic: false } => true,
        IPropertyReferenceOperation { Property: { IsStatic: false, IsIndexer: false } property } => property.DeclaringSyntaxReferences.Length > 0
            ? _context.Types.IsStoredProperty(property)
            : property.Name is "Count" or "Length" && (IsListType(property.ContainingType) || property.ContainingType.SpecialType == SpecialType.System_String),
        IConversionOperation { IsChecked: false, OperatorMethod: null } conversion => conversion.Operand.Type?.SpecialType != SpecialType.System_Decimal
            && conversion.GetConversion() is { IsIdentity: true } or { IsNumeric: true } or { IsEnumeration: true } or { IsImplicit: true, IsReference: true } or { IsImplicit: true, IsBoxing: true },
        IBinaryOperation { IsChecked: false, OperatorMethod: null } binary => binary.OperatorKind is not (BinaryOperatorKind.Divide or BinaryOperatorKind.Remainder)
            && binary.LeftOperand.Type?.SpecialType != SpecialType.System_String && binary.RightOperand.Type?.SpecialType != SpecialType.System_String,
        IUnaryOperation { IsChecked: false, OperatorMethod: null } => true,
        IConditionalOperation => true,
        _ => false,
    });

    /// <summary>Whether enumerating <paramref name="source"/> runs no code but reads: a list or array, through Where/Select lambdas that only read.</summary>
    private bool EnumeratesOnlyReads(IOperation source)
    {
        var operation = WithoutImplicitConversions(source);
        while (operation is IInvocationOperation { TargetMethod: { ContainingType.Name: "Enumerable", Name: "Where" or "Select" } } call
               && call.Arguments.Length == 2 && ArgumentsInParameterOrder(call.Arguments) is [var inner, var argument])
        {
            if (InlineLambda(argument) is not var (_, body) || !OnlyReads(body)) return false;
            operation = WithoutImplicitConversions(inner);
        }
        return operation.Type is IArrayTypeSymbol || IsListType(operation.Type);
    }
}
