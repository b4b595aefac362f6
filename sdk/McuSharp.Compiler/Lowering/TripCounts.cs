using System.Numerics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace McuSharp.Compiler.Lowering;

/// <summary>
/// Bounds from counting iterations. A foreach over an array, string, list or dictionary runs at most int.MaxValue
/// times, and a counting for loop at most (bound - start) / step times. A variable that a loop changes only by
/// bounded steps (count++, remaining--, sum += b) and by resets to bounded values (remaining = b) can then never
/// leave [lowest start - trips × largest decrease, highest start + trips × largest increase]: a counter stepped
/// once per element of a collection never wraps. The loop analysis (RangeFlow.cs) caps its facts with these bounds.
/// </summary>
internal sealed partial class FunctionLowerer
{
    /// <summary>
    /// The most times the body of <paramref name="loop"/> runs each time the loop is entered; null when unknown.
    /// With <paramref name="atEntry"/>, the current facts are those at the loop's entry and bound its counter.
    /// </summary>
    private BigInteger? MaxTrips(ILoopOperation loop, bool atEntry = false) => loop switch
    {
        IForEachLoopOperation each => MaxElements(WithoutImplicitConversions(each.Collection)),
        IForLoopOperation forLoop when AsCountingLoop(forLoop) is { } counting => atEntry ? CountingTrips(counting) : WithoutFacts(() => CountingTrips(counting)),
        _ => null,
    };

    /// <summary>How many elements a foreach over <paramref name="collection"/> can see; null when unknown.</summary>
    private static BigInteger? MaxElements(IOperation collection)
    {
        switch (collection)
        {
            case { ConstantValue: { HasValue: true, Value: string text } }:
                return text.Length;
            case IInvocationOperation { TargetMethod.Name: "Split", Instance.ConstantValue: { HasValue: true, Value: string split } }:
                return split.Length + 1;
            case IArrayCreationOperation { Initializer: { } initializer }:
                return initializer.ElementValues.Length;
            case IArrayCreationOperation { DimensionSizes: [{ ConstantValue: { HasValue: true, Value: int length } }] }:
                return length;
            case IFieldReferenceOperation { Field: { IsReadOnly: true, IsStatic: true, Type: IArrayTypeSymbol } field } when InitializerLength(field) is { } initialized:
                return initialized;
            case IInvocationOperation { TargetMethod.ContainingType.Name: "Enumerable" } query:
                return QueryMaxElements(query);
        }
        // Every other collection the compiler supports holds at most .NET's limit of elements, and a foreach over a
        // List or Dictionary that grows throws in .NET instead of running on.
        var type = collection.Type;
        if (type is IArrayTypeSymbol || type?.SpecialType == SpecialType.System_String) return MaxLength(type);
        if (type is INamedTypeSymbol { Name: "List" or "Dictionary" } list && list.ContainingNamespace.ToDisplayString() == "System.Collections.Generic") return MaxLength(type);
        if (type is INamedTypeSymbol { Name: "KeyCollection" or "ValueCollection", ContainingType: { Name: "Dictionary" } dictionary }
            && dictionary.ContainingNamespace.ToDisplayString() == "System.Collections.Generic") return MaxLength(dictionary);
        return null;
    }

    /// <summary>
    /// The length of the array a static readonly field holds: the element count of its initializer, when nothing
    /// else can assign it (a static constructor could).
    /// </summary>
    private static int? InitializerLength(IFieldSymbol field)
    {
        if (field.ContainingType.StaticConstructors.Any(c => !c.IsImplicitlyDeclared)) return null;
        if (field.DeclaringSyntaxReferences is not [var reference] || reference.GetSyntax() is not VariableDeclaratorSyntax { Initializer.Value: var value }) return null;
        return value switch
        {
            InitializerExpressionSyntax list => list.Expressions.Count,
            ArrayCreationExpressionSyntax { Initializer: { } list, Type.RankSpecifiers: [{ Sizes: [OmittedArraySizeExpressionSyntax] }] } => list.Expressions.Count,
            ImplicitArrayCreationExpressionSyntax { Initializer: var list } => list.Expressions.Count,
            CollectionExpressionSyntax { Elements: var elements } when elements.All(e => e is ExpressionElementSyntax) => elements.Count,
            _ => null,
        };
    }

    private BigInteger? CountingTrips(CountingLoop loop)
    {
        var bound = ValueRange(loop.Bound);
        if (!loop.CannotWrap(bound)) return null;
        var start = ValueRange(loop.Init);
        var step = loop.Upward ? loop.StepRange.Lo : -loop.StepRange.Hi;
        var distance = (loop.Upward ? bound.Hi - start.Lo : start.Hi - bound.Lo) + (loop.Inclusive ? 1 : 0);
        return distance <= 0 ? BigInteger.Zero : (distance + step - 1) / step;
    }

    /// <summary>Computes something from the types and constants alone, as if no variable's range were known.</summary>
    private T WithoutFacts<T>(Func<T> compute)
    {
        var saved = new Dictionary<ISymbol, Interval>(_rangeFacts, SymbolEqualityComparer.Default);
        _rangeFacts.Clear();
        try { return compute(); }
        finally
        {
            _rangeFacts.Clear();
            foreach (var (symbol, range) in saved) _rangeFacts[symbol] = range;
        }
    }

    /// <summary>
    /// The bounds of the variables a loop changes only by bounded steps and resets: after k trips, such a variable is
    /// within [<see cref="Lo"/> - k × <see cref="DownPerTrip"/>, <see cref="Hi"/> + k × <see cref="UpPerTrip"/>].
    /// </summary>
    private sealed record SteppedVariable(ISymbol Variable, BigInteger Lo, BigInteger Hi, BigInteger DownPerTrip, BigInteger UpPerTrip);

    /// <summary>The loop's trip count and its stepped variables; null when the loop's trips are not bounded.</summary>
    private sealed record TripBudget(BigInteger Trips, IReadOnlyList<SteppedVariable> Variables)
    {
        /// <summary>The ranges after at most <paramref name="trips"/> trips, for those that stay inside their type.</summary>
        public Dictionary<ISymbol, Interval> After(BigInteger trips)
        {
            var bounds = new Dictionary<ISymbol, Interval>(SymbolEqualityComparer.Default);
            trips = BigInteger.Max(trips, 0);
            foreach (var v in Variables)
            {
                var range = new Interval(v.Lo - trips * v.DownPerTrip, v.Hi + trips * v.UpPerTrip);
                if (range.Within(TrackedRange(v.Variable))) bounds[v.Variable] = range;
            }
            return bounds;
        }
    }

    /// <summary>
    /// The variables that <paramref name="loop"/> changes only by bounded steps and bounded resets, given the facts at
    /// the loop's <paramref name="entry"/>; null when the loop's trips are not bounded.
    /// </summary>
    private TripBudget? TripBudgetOf(ILoopOperation loop, Dictionary<ISymbol, Interval> entry)
    {
        if (MaxTrips(loop, atEntry: true) is not { } trips) return null;
        var parts = loop is IForLoopOperation forLoop ? forLoop.AtLoopBottom.Prepend(loop.Body) : new[] { loop.Body };
        var declaredInside = new HashSet<ISymbol>(parts.SelectMany(p => p.DescendantsAndSelf()).OfType<IVariableDeclaratorOperation>().Select(d => (ISymbol)d.Symbol), SymbolEqualityComparer.Default);
        var writes = parts.SelectMany(p => p.DescendantsAndSelf()).Where(IsWriteTarget)
            .Select(target => (Target: target, Variable: VariableOf(target)))
            .Where(w => w.Variable is not null && IsTracked(w.Variable) && !IsDeferred(w.Variable) && !declaredInside.Contains(w.Variable));
        var variables = new List<SteppedVariable>();
        foreach (var group in writes.GroupBy(w => w.Variable!, SymbolEqualityComparer.Default))
        {
            var start = entry.TryGetValue(group.Key, out var known) ? known : TrackedRange(group.Key);
            BigInteger lo = start.Lo, hi = start.Hi, down = 0, up = 0;
            var bounded = true;
            foreach (var (target, _) in group)
            {
                switch (WriteEffect(target))
                {
                    case (true, var step) when TimesWithin(target, loop) is { } times:
                        down += times * BigInteger.Max(0, -step.Lo);
                        up += times * BigInteger.Max(0, step.Hi);
                        break;
                    case (false, var reset):
                        lo = BigInteger.Min(lo, reset.Lo);
                        hi = BigInteger.Max(hi, reset.Hi);
                        break;
                    default:
                        bounded = false;
                        break;
                }
                if (!bounded) break;
            }
            if (bounded) variables.Add(new SteppedVariable(group.Key, lo, hi, down, up));
        }
        return new TripBudget(trips, variables);
    }

    /// <summary>
    /// What a write does to its variable: a step by a bounded amount (++, --, += and -= of a value of known range),
    /// or a reset to a value of known range; null when neither (*=, ref and out arguments, ...).
    /// </summary>
    private (bool IsStep, Interval Range)? WriteEffect(IOperation target) => WithoutFacts<(bool, Interval)?>(() => target.Parent switch
    {
        IIncrementOrDecrementOperation increment => (true, Interval.Exactly(increment.Kind == OperationKind.Increment ? 1 : -1)),
        ICompoundAssignmentOperation { OperatorKind: BinaryOperatorKind.Add } add when KindOf(add.Value).IsInteger() || KindOf(add.Value) == ValueKind.Char => (true, ValueRange(add.Value)),
        ICompoundAssignmentOperation { OperatorKind: BinaryOperatorKind.Subtract } subtract when KindOf(subtract.Value).IsInteger() || KindOf(subtract.Value) == ValueKind.Char => (true, ValueRange(subtract.Value).Negate()),
        ISimpleAssignmentOperation assignment when AssignedRange(assignment.Value, target.Type) is { } reset => (false, reset),
        _ => null,
    });

    /// <summary>How many times <paramref name="operation"/> can run while <paramref name="scope"/> (a loop body, a block) runs once; null when unknown.</summary>
    private BigInteger? TimesWithin(IOperation operation, IOperation scope)
    {
        BigInteger times = 1;
        for (var parent = operation.Parent; parent is not null && parent != scope; parent = parent.Parent)
        {
            if (parent is not ILoopOperation loop) continue;
            if (MaxTrips(loop) is not { } trips) return null;
            times *= trips;
        }
        return times;
    }
}
