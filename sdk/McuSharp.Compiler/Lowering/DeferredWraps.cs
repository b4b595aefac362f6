using System.Numerics;
using McuSharp.Compiler.Python;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace McuSharp.Compiler.Lowering;

/// <summary>
/// Deferred wraparound for accumulators. `sum += b` in a loop needs an overflow check after every step, but
/// +, - and * agree modulo 2^N whether or not the value was wrapped first. So a variable that a loop only adds to
/// (a sum, a checksum, a total) may hold its unwrapped value; it is wrapped where its value is used as a number
/// (a comparison, a call, a return), and not at all where a mask or a narrowing cast makes the result exact anyway
/// (`sum &amp; 0xFF`, `(byte)sum`) or another such variable adds it up. That moves the check out of the inner loop.
/// <para>
/// A variable is deferred when every write to it is a statement `v = e`, `v += e`, `v -= e`, `v++`, `v--` (or
/// `&amp;=`, `|=`, `^=`), and the checks this saves in its loops outweigh the wraps its reads then need (each weighed
/// by 16 per enclosing loop). Deferred values stay small: a reset stores a bounded value, additions grow it by
/// bounded amounts, and a deferred variable adds up only variables declared before it, so no cycle can make it
/// grow exponentially; a wrapping read also stores the wrapped value back.
/// </para>
/// </summary>
internal sealed partial class FunctionLowerer
{
    /// <summary>The deferred variables of this method, each with its position in the order additions may flow.</summary>
    private readonly Dictionary<ISymbol, int> _deferred = new(SymbolEqualityComparer.Default);

    /// <summary>While the value for a deferred variable's update is lowered: that variable.</summary>
    private ISymbol? _deferredUpdateTarget;

    /// <summary>The range given to an unwrapped read of a deferred variable: unknown, but far below what a product of two reaches.</summary>
    private static readonly Interval DeferredRaw = new(-(BigInteger.One << 200), BigInteger.One << 200);

    /// <summary>A value an update may store unwrapped into a deferred variable: a sum of a few such reads and bounded terms.</summary>
    private static readonly Interval DeferredStorable = new(-(BigInteger.One << 224), BigInteger.One << 224);

    /// <summary>Writes that the flow analysis could not prove free of overflow, while <see cref="ChooseDeferredVariables"/> runs.</summary>
    private HashSet<IOperation>? _overflowingWrites;

    private bool IsDeferred(ISymbol? variable) => variable is not null && _deferred.ContainsKey(variable);

    /// <summary>A reference to a field that holds its value unwrapped (see DeferredFields.cs).</summary>
    private bool IsDeferredField(IOperation? reference) =>
        reference is IFieldReferenceOperation field && _context.DeferredFields.Contains(field.Field.OriginalDefinition);

    /// <param name="body">The method's body operation (for <see cref="StartFlow"/>); <paramref name="block"/> its statements.</param>
    private void ChooseDeferredVariables(IMethodSymbol? method, IOperation body, IOperation block)
    {
        var candidates = DeferrableVariables(body);
        foreach (var captured in candidates.Keys.Where(IsCaptured).ToList()) candidates.Remove(captured); // a lambda reads the C# value
        if (candidates.Count == 0) return;

        // Which updates would need an overflow check: one run of the flow analysis over the body tells.
        _overflowingWrites = new HashSet<IOperation>();
        Simulate(block);
        var overflowing = _overflowingWrites;
        _overflowingWrites = null;
        RestoreFacts(new Dictionary<ISymbol, Interval>(SymbolEqualityComparer.Default));
        StartFlow(method, body);

        // Later variables first: whether an earlier one's read is free may depend on a later one being deferred.
        var ordered = candidates.OrderBy(c => c.Value.Order).ToList();
        for (var i = ordered.Count - 1; i >= 0; i--)
        {
            var (variable, (order, writes, reads)) = (ordered[i].Key, ordered[i].Value);
            var saved = writes.Where(overflowing.Contains).Sum(Weight);
            var added = reads.Where(r => !IsFreeDeferredRead(r, order)).Sum(Weight);
            if (saved > added) _deferred[variable] = order;
        }
        if (_deferred.Count > 0)
        {
            RestoreFacts(new Dictionary<ISymbol, Interval>(SymbolEqualityComparer.Default));
            StartFlow(method, body);
        }
    }

    private static double Weight(IOperation operation)
    {
        var depth = 0;
        for (var parent = operation.Parent; parent is not null; parent = parent.Parent) if (parent is ILoopOperation) depth++;
        return Math.Pow(16, depth);
    }

    /// <summary>
    /// The 32- and 64-bit locals and parameters whose every write can be deferred, with their declaration order,
    /// their updates (the statements that would need an overflow check) and their reads.
    /// </summary>
    private static Dictionary<ISymbol, (int Order, List<IOperation> Writes, List<IOperation> Reads)> DeferrableVariables(IOperation body)
    {
        var found = new Dictionary<ISymbol, (int Order, List<IOperation> Writes, List<IOperation> Reads)>(SymbolEqualityComparer.Default);
        var rejected = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        foreach (var reference in body.DescendantsAndSelf().Where(op => op is ILocalReferenceOperation or IParameterReferenceOperation))
        {
            var variable = VariableOf(reference)!;
            if (rejected.Contains(variable)) continue;
            if (variable is ILocalSymbol { IsRef: true } or ILocalSymbol { IsConst: true } or IParameterSymbol { RefKind: not RefKind.None }
                || ValueKinds.Of(TypeOfVariable(variable)) is not (ValueKind.Int32 or ValueKind.UInt32 or ValueKind.Int64 or ValueKind.UInt64))
            {
                rejected.Add(variable);
                continue;
            }
            if (!found.TryGetValue(variable, out var entry))
                found[variable] = entry = (variable.Locations.FirstOrDefault()?.SourceSpan.Start ?? 0, new List<IOperation>(), new List<IOperation>());
            if (!IsWriteTarget(reference)) { entry.Reads.Add(reference); continue; }
            if (DeferrableUpdate(reference) is { } update) entry.Writes.Add(update);
            else rejected.Add(variable);
        }
        foreach (var variable in rejected) found.Remove(variable);
        foreach (var variable in found.Keys.Where(v => found[v].Writes.Count == 0).ToList()) found.Remove(variable);
        return found;
    }

    /// <summary>The update statement's expression when <paramref name="target"/> is written by one the deferral allows.</summary>
    private static IOperation? DeferrableUpdate(IOperation target)
    {
        var update = target.Parent;
        if (update?.Parent is not IExpressionStatementOperation) return null;
        return update switch
        {
            ISimpleAssignmentOperation => update,
            IIncrementOrDecrementOperation { IsChecked: false } => update,
            ICompoundAssignmentOperation { IsChecked: false, OperatorKind: BinaryOperatorKind.Add or BinaryOperatorKind.Subtract or BinaryOperatorKind.And or BinaryOperatorKind.Or or BinaryOperatorKind.ExclusiveOr } compound
                when ValueKinds.Of(compound.Value.Type) is var k && (k.IsInteger() || k == ValueKind.Char) => update,
            _ => null,
        };
    }

    /// <summary>
    /// True when a read of a deferred variable costs no wrap: it is an operand of +, -, *, &amp;, |, ^, &lt;&lt;, a
    /// negation or a narrowing conversion (computed unwrapped, and wrapped or masked once at the end, as without
    /// the deferral), or what another deferred variable declared later adds up.
    /// </summary>
    private bool IsFreeDeferredRead(IOperation read, int order)
    {
        var kind = KindOf(read);
        IOperation operand = read;
        while (operand.Parent is IConversionOperation { Conversion.IsIdentity: true } || operand.Parent is IConditionalOperation conditional && conditional.Condition != operand)
            operand = operand.Parent;
        return operand.Parent switch
        {
            IBinaryOperation { OperatorMethod: null } binary => IsRingOperator(binary.OperatorKind) && KindOf(binary) == kind,
            IUnaryOperation { OperatorMethod: null, OperatorKind: UnaryOperatorKind.Minus or UnaryOperatorKind.BitwiseNegation } unary => KindOf(unary) == kind,
            IConversionOperation { IsChecked: false } conversion => KindOf(conversion).IsInteger() && KindOf(conversion).Bits() <= kind.Bits(),
            ICompoundAssignmentOperation compound when compound.Value == operand && VariableOf(compound.Target) is { } target =>
                !_deferred.TryGetValue(target, out var targetOrder) || targetOrder > order,
            _ => false,
        };
    }

    /// <summary>
    /// A read of a deferred variable where its C# value is needed: `(v := wrapped) if v is outside MIN..MAX else v`,
    /// which stores the wrapped value back so that the variable does not keep growing; its last use needs no store.
    /// </summary>
    private PyExpr WrappedRead(PyName name, ValueKind kind, bool isLastUse)
    {
        var (overflowed, fix) = OverflowTest(name, name, kind, null);
        return new PyIfExp(overflowed, isLastUse ? fix : new PyNamedExpr(name, fix), name);
    }

    /// <summary>
    /// Whether <paramref name="read"/> is the last time the method touches <paramref name="variable"/>: no reference
    /// stands after it, it is in no loop (which could come back to it), and no lambda or local function sees the variable.
    /// </summary>
    private static bool IsLastUse(IOperation read, ISymbol variable)
    {
        var root = read;
        for (var up = read.Parent; up is not null; up = up.Parent)
        {
            if (up is ILoopOperation or IAnonymousFunctionOperation or ILocalFunctionOperation) return false;
            root = up;
        }
        foreach (var reference in root.DescendantsAndSelf())
        {
            var referenced = reference switch
            {
                ILocalReferenceOperation l => (ISymbol)l.Local,
                IParameterReferenceOperation p => p.Parameter,
                _ => null,
            };
            if (referenced is null || !SymbolEqualityComparer.Default.Equals(referenced, variable) || reference == read) continue;
            if (reference.Syntax.SpanStart > read.Syntax.SpanStart) return false;
            for (var up = reference.Parent; up is not null; up = up.Parent)
                if (up is IAnonymousFunctionOperation or ILocalFunctionOperation) return false;
        }
        return true;
    }

    /// <summary>An unwrapped read of a deferred variable inside a ring expression, or null where its C# value is needed.</summary>
    private RingValue? DeferredRingRead(IOperation operation, ValueKind kind)
    {
        if (VariableOf(operation) is not { } variable || !_deferred.TryGetValue(variable, out var order) || KindOf(operation) != kind) return null;
        // An update of a deferred variable adds up only those declared before it: no cycle, no exponential growth.
        if (_deferredUpdateTarget is { } target && (SymbolEqualityComparer.Default.Equals(target, variable) || _deferred[target] <= order)) return null;
        return new RingValue(LocalReference(variable), DeferredRaw);
    }

    /// <summary>Lowers the value of an update of <paramref name="variable"/> (deferred or not).</summary>
    private T UpdatingVariable<T>(ISymbol? variable, Func<T> lower)
    {
        if (!IsDeferred(variable)) return lower();
        var outer = _deferredUpdateTarget;
        _deferredUpdateTarget = variable;
        try { return lower(); }
        finally { _deferredUpdateTarget = outer; }
    }

    /// <summary>Records, while <see cref="ChooseDeferredVariables"/> runs, an update the flow cannot prove free of overflow.</summary>
    private void NoteOverflowingWrite(IOperation update, bool mayOverflow)
    {
        if (mayOverflow) _overflowingWrites?.Add(update);
    }
}
