using System.Numerics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace McuSharp.Compiler.Lowering;

/// <summary>
/// The ranges of the integer fields of plain values (see PlainValues.cs), one per field of the shape (null: any
/// value of the field's type), so that `next.X`, `p.Velocity.X` or `this.X` in an inlined body are known as well
/// as an integer local is:
/// <list type="bullet">
/// <item>`new S(a, b)`: the arguments' ranges; default: zero;</item>
/// <item>a flattened field (`p.Velocity`): what every store into it in the program gives, and zero (see
/// CallSiteRanges.cs: a flattened field is only ever read or stored whole, so every store is seen);</item>
/// <item>a call of an inlinable method: its body's, `this` and the parameters standing for the ranges the call
/// gives (the inlining gives its body the same ranges while lowering it);</item>
/// <item>a local of a plain type that is only stored whole by declarations and assignment statements: the union of
/// what those stores give, each computed without the facts of the place (they hold at the store only).</item>
/// </list>
/// </summary>
internal sealed partial class FunctionLowerer
{
    /// <summary>What `this` and the plain parameters of one inlined body hold (while it is analysed or lowered).</summary>
    private sealed record RangeFrame(IMethodSymbol Method, Interval?[]? Receiver, Dictionary<IParameterSymbol, Interval?[]?> Parameters);

    private readonly List<RangeFrame> _rangeFrames = new();

    private readonly Dictionary<ILocalSymbol, Interval?[]?> _plainLocalRanges = new(SymbolEqualityComparer.Default);

    private readonly HashSet<ILocalSymbol> _plainLocalsInProgress = new(SymbolEqualityComparer.Default);

    private int _plainRangeDepth;

    /// <summary>The operation of the function being analysed or lowered (where its locals are stored).</summary>
    private IOperation? _functionRoot;

    /// <summary>The range of a field of a plain value read on its own (`v.X`), or null when nothing narrows it.</summary>
    private Interval? PlainFieldRange(IMemberReferenceOperation member)
    {
        if (member.Instance is not { } instance || Plain.ShapeOf(instance.Type) is not { } shape || shape.IndexOf(member.Member) is var index && index < 0) return null;
        return PlainRanges(instance)?[index];
    }

    /// <summary>The ranges of the fields of a plain value, or null when none is known.</summary>
    private Interval?[]? PlainRanges(IOperation value)
    {
        while (value is IConversionOperation { Conversion.IsIdentity: true } identity) value = identity.Operand;
        if (Plain.ShapeOf(value.Type) is not { } shape || _plainRangeDepth > 3 * MaxInlineDepth) return null;
        _plainRangeDepth++;
        try
        {
            switch (value)
            {
                case IObjectCreationOperation { Initializer: null, Constructor.IsImplicitlyDeclared: true }:
                case IDefaultValueOperation:
                    return Zeroes(shape);
                case IObjectCreationOperation { Initializer: null } creation when SymbolEqualityComparer.Default.Equals(creation.Constructor?.OriginalDefinition, shape.Constructor):
                {
                    var byParameter = ParameterOperands(creation.Constructor!, creation.Arguments);
                    return FieldRanges(shape, i => byParameter[shape.ParameterOfField[i]] is { } argument ? ValueRange(argument) : null);
                }
                case IFieldReferenceOperation { Field: var field } when Plain.FlatNames(field) is not null:
                    return FieldRanges(shape, i => _context.FlatFieldFacts.TryGetValue((field.OriginalDefinition, i), out var fact) ? fact : null);
                case ILocalReferenceOperation { Local: var local } reference:
                    return GuardedRanges(reference, shape, PlainLocalRanges(local));
                case IParameterReferenceOperation { Parameter: var parameter }:
                    for (var i = _rangeFrames.Count - 1; i >= 0; i--)
                        if (_rangeFrames[i].Parameters.TryGetValue(parameter.OriginalDefinition, out var given)) return given;
                    return null;
                case IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ContainingTypeInstance }:
                    return _rangeFrames.Count > 0 ? _rangeFrames[^1].Receiver : null;
                case IConditionalOperation { WhenFalse: { } whenFalse, IsRef: false } conditional:
                    return PlainRanges(conditional.WhenTrue) is { } a && PlainRanges(whenFalse) is { } b ? Union(a, b) : null;
                case IInvocationOperation invocation when Plain.InlineBody(invocation.TargetMethod) is not null:
                    return InlinedRanges(invocation.TargetMethod, invocation.Instance, ParameterOperands(invocation.TargetMethod, invocation.Arguments));
                case IPropertyReferenceOperation { Property.GetMethod: { } getter } property when Plain.InlineBody(getter) is not null:
                    return InlinedRanges(getter, property.Instance, Array.Empty<IOperation>());
                case IBinaryOperation { OperatorMethod: { } op } binary when Plain.InlineBody(op) is not null:
                    return InlinedRanges(op, null, new[] { binary.LeftOperand, binary.RightOperand });
                case IUnaryOperation { OperatorMethod: { } op } unary when Plain.InlineBody(op) is not null:
                    return InlinedRanges(op, null, new[] { unary.Operand });
                default:
                    return null;
            }
        }
        finally { _plainRangeDepth--; }
    }

    private static Interval?[] FieldRanges(PlainValues.Shape shape, Func<int, Interval?> range)
    {
        var ranges = new Interval?[shape.Fields.Count];
        for (var i = 0; i < ranges.Length; i++)
        {
            var kind = ValueKinds.Of(TypeLowerer.MemberType(shape.Fields[i]));
            if ((kind.IsInteger() || kind == ValueKind.Char) && range(i) is { } r && r.Within(kind.Range())) ranges[i] = r;
        }
        return ranges;
    }

    /// <summary>Field by field, the values either holds (unknown where either is).</summary>
    private static Interval?[] Union(Interval?[] a, Interval?[] b) => a.Zip(b, (x, y) => x is { } l && y is { } r ? l.Union(r) : (Interval?)null).ToArray();

    private static Interval?[] Zeroes(PlainValues.Shape shape) => FieldRanges(shape, _ => Interval.Exactly(0));

    /// <summary>The ranges an inlinable method's plain result has for this receiver and these operands.</summary>
    private Interval?[]? InlinedRanges(IMethodSymbol method, IOperation? receiver, IReadOnlyList<IOperation?> operands)
    {
        if (Plain.InlineBody(method) is not { } body || _rangeFrames.Any(f => SymbolEqualityComparer.Default.Equals(f.Method, method.OriginalDefinition))) return null;
        var seeded = new List<ISymbol>();
        var frame = EnterRangeFrame(method, receiver, operands, seeded);
        try { return PlainRanges(body); }
        finally { LeaveRangeFrame(frame, seeded); }
    }

    /// <summary>
    /// Gives an inlined body the ranges of what the call passes: a range frame for `this` and the plain parameters,
    /// and a fact for each integer parameter that has none yet (recorded in <paramref name="seeded"/>).
    /// </summary>
    private RangeFrame EnterRangeFrame(IMethodSymbol method, IOperation? receiver, IReadOnlyList<IOperation?> operands, List<ISymbol> seeded)
    {
        var parameters = method.OriginalDefinition.Parameters;
        var plain = new Dictionary<IParameterSymbol, Interval?[]?>(SymbolEqualityComparer.Default);
        var facts = new List<(IParameterSymbol, Interval)>();
        for (var i = 0; i < parameters.Length && i < operands.Count; i++)
        {
            if (operands[i] is not { } operand) continue;
            if (Plain.ShapeOf(parameters[i].Type) is not null) plain[parameters[i]] = PlainRanges(operand);
            else if (ValueKinds.Of(parameters[i].Type) is var kind && (kind.IsInteger() || kind == ValueKind.Char) && !_rangeFacts.ContainsKey(parameters[i]))
                facts.Add((parameters[i], ValueRange(operand)));
        }
        var frame = new RangeFrame(method.OriginalDefinition, receiver is null || method.IsStatic ? null : PlainRanges(receiver), plain);
        foreach (var (parameter, range) in facts)
        {
            _rangeFacts[parameter] = range;
            seeded.Add(parameter);
        }
        _rangeFrames.Add(frame);
        return frame;
    }

    private void LeaveRangeFrame(RangeFrame frame, List<ISymbol> seeded)
    {
        _rangeFrames.Remove(frame);
        foreach (var parameter in seeded) _rangeFacts.Remove(parameter);
    }

    /// <summary>
    /// The union of what every store of a plain local gives, when a declaration statement makes it and only its
    /// initializer and assignment statements store it whole (no ref, out, deconstruction, foreach or pattern).
    /// </summary>
    private Interval?[]? PlainLocalRanges(ILocalSymbol local)
    {
        if (_plainLocalRanges.TryGetValue(local, out var known)) return known;
        if (_functionRoot is null || local.IsRef || !_plainLocalsInProgress.Add(local)) return null;
        var facts = new Dictionary<ISymbol, Interval>(_rangeFacts, SymbolEqualityComparer.Default);
        var frames = _rangeFrames.ToList();
        // A store's ranges hold where it stands: read elsewhere, the facts of that place say nothing of it.
        _rangeFacts.Clear();
        _rangeFrames.Clear();
        Interval?[]? union = null;
        try
        {
            var stores = LocalStores(local, _functionRoot);
            if (stores is { Count: > 0 })
            {
                foreach (var store in stores)
                {
                    var ranges = PlainRanges(store);
                    if (ranges is null) { union = null; break; }
                    union = union is null ? ranges : Union(union, ranges);
                }
            }
        }
        finally
        {
            _rangeFacts.Clear();
            foreach (var (symbol, range) in facts) _rangeFacts[symbol] = range;
            _rangeFrames.Clear();
            _rangeFrames.AddRange(frames);
            _plainLocalsInProgress.Remove(local);
        }
        return _plainLocalRanges[local] = union;
    }

    /// <summary>
    /// A plain local's fields where it is read inside an if statement's branch: what the condition says of them
    /// (`if (next.X &lt; 0 || next.X &gt;= Size) ... else p.Position = next;` stores an X in 0..Size-1), when the
    /// branch stores nothing into the local and no lambda can (the condition read the value the branch still has).
    /// </summary>
    private Interval?[]? GuardedRanges(ILocalReferenceOperation reference, PlainValues.Shape shape, Interval?[]? ranges)
    {
        if (IsCaptured(reference.Local)) return ranges;
        for (IOperation child = reference, parent = reference.Parent!; parent is not null && !ReferenceEquals(child, _functionRoot); child = parent, parent = parent.Parent!)
        {
            if (parent is not IConditionalOperation { IsRef: false } conditional || ReferenceEquals(child, conditional.Condition)) continue;
            if (parent.Type is not null || child.DescendantsAndSelf().OfType<ILocalReferenceOperation>().Any(r => SymbolEqualityComparer.Default.Equals(r.Local, reference.Local) && IsWriteTarget(r)))
                continue; // a conditional expression, or a branch that stores the local
            var whenTrue = ReferenceEquals(child, conditional.WhenTrue);
            for (var i = 0; i < shape.Fields.Count; i++)
            {
                if (Guard(conditional.Condition, whenTrue, reference.Local, shape.Fields[i]) is not { } guard) continue;
                var kind = ValueKinds.Of(TypeLowerer.MemberType(shape.Fields[i]));
                var known = (ranges?[i] ?? kind.Range()).Clamp(guard);
                if (known.Lo > known.Hi) continue; // the branch cannot run: nothing to learn
                ranges ??= new Interval?[shape.Fields.Count];
                ranges = ranges.ToArray();
                ranges[i] = known;
            }
        }
        return ranges;
    }

    /// <summary>What <paramref name="condition"/> having the value <paramref name="holds"/> says of local.field, compared with constants.</summary>
    private static Interval? Guard(IOperation condition, bool holds, ILocalSymbol local, ISymbol field)
    {
        switch (condition)
        {
            case IUnaryOperation { OperatorKind: UnaryOperatorKind.Not, OperatorMethod: null } not:
                return Guard(not.Operand, !holds, local, field);
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalAnd or BinaryOperatorKind.ConditionalOr, OperatorMethod: null } logical:
            {
                // Both sides are known to hold for a true `and` and to fail for a false `or`; otherwise either one may.
                var both = holds == (logical.OperatorKind == BinaryOperatorKind.ConditionalAnd);
                var (left, right) = (Guard(logical.LeftOperand, holds, local, field), Guard(logical.RightOperand, holds, local, field));
                if (both) return left is { } l ? right is { } r ? l.Clamp(r) : l : right;
                return left is { } a && right is { } b ? a.Union(b) : null;
            }
            case IBinaryOperation { OperatorMethod: null } comparison:
            {
                var (operand, bound, kind) = IsFieldOf(comparison.LeftOperand, local, field) && comparison.RightOperand.ConstantValue is { HasValue: true, Value: int or long } right
                    ? (comparison.LeftOperand, new BigInteger(Convert.ToInt64(right.Value)), comparison.OperatorKind)
                    : IsFieldOf(comparison.RightOperand, local, field) && comparison.LeftOperand.ConstantValue is { HasValue: true, Value: int or long } left
                        ? (comparison.RightOperand, new BigInteger(Convert.ToInt64(left.Value)), Mirrored(comparison.OperatorKind))
                        : (null, BigInteger.Zero, comparison.OperatorKind);
                if (operand is null) return null;
                if (!holds) kind = Negated(kind);
                var huge = Interval.Huge;
                return kind switch
                {
                    BinaryOperatorKind.LessThan => new Interval(huge.Lo, bound - 1),
                    BinaryOperatorKind.LessThanOrEqual => new Interval(huge.Lo, bound),
                    BinaryOperatorKind.GreaterThan => new Interval(bound + 1, huge.Hi),
                    BinaryOperatorKind.GreaterThanOrEqual => new Interval(bound, huge.Hi),
                    BinaryOperatorKind.Equals => Interval.Exactly(bound),
                    _ => null,
                };
            }
            default:
                return null;
        }
    }

    private static bool IsFieldOf(IOperation operand, ILocalSymbol local, ISymbol field)
    {
        while (operand is IConversionOperation { IsImplicit: true } conversion) operand = conversion.Operand;
        return operand is IFieldReferenceOperation { Instance: ILocalReferenceOperation instance } reference
            && SymbolEqualityComparer.Default.Equals(instance.Local, local) && SymbolEqualityComparer.Default.Equals(reference.Field.OriginalDefinition, field.OriginalDefinition);
    }

    /// <summary>`c &lt; x` is `x &gt; c`.</summary>
    private static BinaryOperatorKind Mirrored(BinaryOperatorKind kind) => kind switch
    {
        BinaryOperatorKind.LessThan => BinaryOperatorKind.GreaterThan,
        BinaryOperatorKind.LessThanOrEqual => BinaryOperatorKind.GreaterThanOrEqual,
        BinaryOperatorKind.GreaterThan => BinaryOperatorKind.LessThan,
        BinaryOperatorKind.GreaterThanOrEqual => BinaryOperatorKind.LessThanOrEqual,
        _ => kind,
    };

    /// <summary>`!(x &lt; c)` is `x &gt;= c`.</summary>
    private static BinaryOperatorKind Negated(BinaryOperatorKind kind) => kind switch
    {
        BinaryOperatorKind.LessThan => BinaryOperatorKind.GreaterThanOrEqual,
        BinaryOperatorKind.LessThanOrEqual => BinaryOperatorKind.GreaterThan,
        BinaryOperatorKind.GreaterThan => BinaryOperatorKind.LessThanOrEqual,
        BinaryOperatorKind.GreaterThanOrEqual => BinaryOperatorKind.LessThan,
        BinaryOperatorKind.Equals => BinaryOperatorKind.NotEquals,
        BinaryOperatorKind.NotEquals => BinaryOperatorKind.Equals,
        _ => kind,
    };

    /// <summary>The values stored into <paramref name="local"/>, or null when it is written any other way.</summary>
    private static List<IOperation>? LocalStores(ILocalSymbol local, IOperation root)
    {
        var stores = new List<IOperation>();
        var declared = false;
        foreach (var operation in root.DescendantsAndSelf())
        {
            switch (operation)
            {
                case IVariableDeclaratorOperation declarator when SymbolEqualityComparer.Default.Equals(declarator.Symbol, local):
                    if (declarator.Parent is not IVariableDeclarationOperation { Parent: IVariableDeclarationGroupOperation } declaration) return null;
                    if ((declarator.Initializer ?? declaration.Initializer) is { } initializer) stores.Add(initializer.Value);
                    declared = true;
                    break;
                case ILocalReferenceOperation reference when SymbolEqualityComparer.Default.Equals(reference.Local, local) && IsWriteTarget(reference):
                    if (reference.Parent is not ISimpleAssignmentOperation { Parent: IExpressionStatementOperation } assignment || !ReferenceEquals(assignment.Target, reference)) return null;
                    stores.Add(assignment.Value);
                    break;
                case ILocalReferenceOperation reference when SymbolEqualityComparer.Default.Equals(reference.Local, local)
                    && reference.Parent is IArgumentOperation { Parameter.RefKind: not RefKind.None } or IAddressOfOperation
                        or IVariableInitializerOperation { Parent: IVariableDeclaratorOperation { Symbol.IsRef: true } }:
                    return null; // a reference through which it could be written later
            }
        }
        return declared ? stores : null;
    }
}
