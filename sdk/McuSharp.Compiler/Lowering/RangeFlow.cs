using System.Numerics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace McuSharp.Compiler.Lowering;

/// <summary>
/// Flow of integer ranges through a method: what each integer local or parameter can hold at each point.
/// Assignments set a variable's range, conditions narrow it (inside `if (j &gt;= 0)`, j is not negative), branches
/// join, and loops iterate to a fixed point (widening a range that keeps growing to its type's bound), so a fact
/// holds on every path and every iteration. The lowering reads the facts through <see cref="ValueRange"/> to drop
/// wraparound and index checks that can never fire. <see cref="Simulate"/> is the one transfer function: the
/// lowering runs it after each statement, and on a loop body before lowering it.
/// </summary>
internal sealed partial class FunctionLowerer
{
    /// <summary>Where a break or continue left a loop (or switch), with the facts at that point.</summary>
    private sealed class FlowFrame(ILabelSymbol? continueLabel, ILabelSymbol? exitLabel)
    {
        public ILabelSymbol? ContinueLabel { get; } = continueLabel;
        public ILabelSymbol? ExitLabel { get; } = exitLabel;
        public List<Dictionary<ISymbol, Interval>> Continues { get; } = new();
        public List<Dictionary<ISymbol, Interval>> Breaks { get; } = new();
    }

    private readonly Stack<FlowFrame> _flowFrames = new();

    /// <summary>False after a return, throw, break or continue: no path reaches this point.</summary>
    private bool _reachable = true;

    private const int MaxFixpointRounds = 8;

    /// <summary>Starts the flow of a method body: its parameters hold what its callers pass (see CallSiteRanges.cs).</summary>
    private void StartFlow(IMethodSymbol? method, IOperation body)
    {
        // Lambdas and local functions can change the variables they capture at any call: those are not tracked
        // (see Closures.cs); the others change only where this body writes them.
        ComputeElementRanges(body);
        if (method is null) return;
        foreach (var parameter in method.Parameters)
            if (_context.ParameterFacts.TryGetValue(parameter, out var known) && !IsUntracked(parameter)) _rangeFacts[parameter] = known;
    }

    // ---- states ----

    /// <summary>The current facts; null when the point is unreachable.</summary>
    private Dictionary<ISymbol, Interval>? CaptureFacts() =>
        _reachable ? new Dictionary<ISymbol, Interval>(_rangeFacts, SymbolEqualityComparer.Default) : null;

    private void RestoreFacts(Dictionary<ISymbol, Interval>? facts)
    {
        _rangeFacts.Clear();
        _reachable = facts is not null;
        if (facts is null) return;
        foreach (var (symbol, range) in facts) _rangeFacts[symbol] = range;
    }

    /// <summary>The facts that hold on both paths: a variable known on one path only is unknown after the join.</summary>
    private static Dictionary<ISymbol, Interval>? Join(Dictionary<ISymbol, Interval>? a, Dictionary<ISymbol, Interval>? b)
    {
        if (a is null) return b is null ? null : new Dictionary<ISymbol, Interval>(b, SymbolEqualityComparer.Default);
        if (b is null) return new Dictionary<ISymbol, Interval>(a, SymbolEqualityComparer.Default);
        var joined = new Dictionary<ISymbol, Interval>(SymbolEqualityComparer.Default);
        foreach (var (symbol, range) in a)
            if (b.TryGetValue(symbol, out var other)) joined[symbol] = new Interval(BigInteger.Min(range.Lo, other.Lo), BigInteger.Max(range.Hi, other.Hi));
        return joined;
    }

    private static bool SameFacts(Dictionary<ISymbol, Interval>? a, Dictionary<ISymbol, Interval>? b)
    {
        if (a is null || b is null) return a is null && b is null;
        return a.Count == b.Count && a.All(p => b.TryGetValue(p.Key, out var r) && r == p.Value);
    }

    /// <summary>Where a range still grew after a few rounds, jump to the type's bound so that the loop analysis ends.</summary>
    private static Dictionary<ISymbol, Interval>? Widen(Dictionary<ISymbol, Interval>? previous, Dictionary<ISymbol, Interval>? next, IReadOnlyList<BigInteger> thresholds)
    {
        if (previous is null || next is null) return next;
        var widened = new Dictionary<ISymbol, Interval>(SymbolEqualityComparer.Default);
        foreach (var (symbol, range) in next)
        {
            if (!previous.TryGetValue(symbol, out var old)) continue;
            var bounds = TrackedRange(symbol);
            // A growing bound jumps to the next value the loop's condition mentions (i < n stops at n), else to the type's bound.
            var lo = range.Lo < old.Lo ? thresholds.Where(t => t <= range.Lo && t >= bounds.Lo).DefaultIfEmpty(bounds.Lo).Max() : range.Lo;
            var hi = range.Hi > old.Hi ? thresholds.Where(t => t >= range.Hi && t <= bounds.Hi).DefaultIfEmpty(bounds.Hi).Min() : range.Hi;
            if (lo > bounds.Lo || hi < bounds.Hi) widened[symbol] = new Interval(lo, hi);
        }
        return widened;
    }

    /// <summary>Narrows the facts by bounds known to hold anyway (see TripCounts.cs); sound because both are.</summary>
    private static Dictionary<ISymbol, Interval>? Cap(Dictionary<ISymbol, Interval>? facts, Dictionary<ISymbol, Interval> bounds)
    {
        if (facts is null || bounds.Count == 0) return facts;
        var capped = new Dictionary<ISymbol, Interval>(facts, SymbolEqualityComparer.Default);
        foreach (var (symbol, bound) in bounds)
            capped[symbol] = capped.TryGetValue(symbol, out var known) ? known.Clamp(bound) : bound;
        return capped;
    }

    private static ITypeSymbol? TypeOfVariable(ISymbol symbol) => symbol switch
    {
        ILocalSymbol local => local.Type,
        IParameterSymbol parameter => parameter.Type,
        _ => null,
    };

    private static bool IsTracked(ISymbol symbol) =>
        symbol is ILocalSymbol { IsRef: false } or IParameterSymbol { RefKind: RefKind.None }
        && ValueKinds.Of(TypeOfVariable(symbol)) is var kind && (kind.IsInteger() || kind == ValueKind.Char);

    private static Interval TrackedRange(ISymbol symbol) => ValueKinds.Of(TypeOfVariable(symbol)).Range();

    /// <summary>Records that <paramref name="symbol"/> now holds a value in <paramref name="range"/> (null: anything).</summary>
    private void Learn(ISymbol symbol, Interval? range)
    {
        if (IsDeferred(symbol)) { Forget(symbol); return; } // its unwrapped value has no range to speak of
        if (!IsTracked(symbol) || IsUntracked(symbol)) return;
        var bounds = TrackedRange(symbol);
        if (range is { } r && r.Within(bounds) && (r.Lo > bounds.Lo || r.Hi < bounds.Hi)) _rangeFacts[symbol] = r;
        else _rangeFacts.Remove(symbol);
    }

    private void Forget(ISymbol symbol) => _rangeFacts.Remove(symbol);

    private static ISymbol? VariableOf(IOperation operation) => operation switch
    {
        ILocalReferenceOperation local => local.Local,
        IParameterReferenceOperation parameter => parameter.Parameter,
        _ => null,
    };

    /// <summary>Every local or parameter the operation can write (assignments, ++/--, ref/out arguments, declarations).</summary>
    private static IEnumerable<ISymbol> WrittenVariables(IOperation operation) =>
        operation.DescendantsAndSelf().Where(IsWriteTarget).Select(VariableOf).OfType<ISymbol>()
            .Concat(operation.DescendantsAndSelf().OfType<IVariableDeclaratorOperation>().Select(d => (ISymbol)d.Symbol));

    /// <summary>Writes made inside an expression (x = i++ + a[i]) change a variable while the statement is still reading it.</summary>
    private void ForgetWritesInsideExpressions(IOperation statement)
    {
        foreach (var op in statement.DescendantsAndSelf())
        {
            if (op is IAssignmentOperation or IIncrementOrDecrementOperation && op.Parent is not IExpressionStatementOperation
                && VariableOf(op is IAssignmentOperation a ? a.Target : ((IIncrementOrDecrementOperation)op).Target) is { } written)
                Forget(written);
        }
    }

    // ---- the transfer function ----

    /// <summary>Runs a statement over the current facts, without producing code.</summary>
    private void Simulate(IOperation statement)
    {
        if (!_reachable) return;
        ForgetWritesInsideExpressions(statement);
        if (statement is not (IBlockOperation or ILoopOperation or IConditionalOperation or ISwitchOperation or ITryOperation)) RecordCalls(statement);
        switch (statement)
        {
            case IBlockOperation block:
                foreach (var inner in block.Operations) Simulate(inner);
                break;
            case IVariableDeclarationGroupOperation group:
                foreach (var declaration in group.Declarations)
                foreach (var declarator in declaration.Declarators)
                {
                    var initializer = declarator.Initializer ?? declaration.Initializer;
                    if (initializer is null) Forget(declarator.Symbol);
                    else Learn(declarator.Symbol, AssignedRange(initializer.Value, declarator.Symbol.Type));
                }
                break;
            case IExpressionStatementOperation { Operation: var expression }:
                SimulateUpdate(expression);
                break;
            case IConditionalOperation conditional:
            {
                RecordCalls(conditional.Condition);
                var before = CaptureFacts();
                Refine(conditional.Condition, true);
                Simulate(conditional.WhenTrue);
                var whenTrue = CaptureFacts();
                RestoreFacts(before);
                Refine(conditional.Condition, false);
                if (conditional.WhenFalse is not null) Simulate(conditional.WhenFalse);
                RestoreFacts(Join(whenTrue, CaptureFacts()));
                break;
            }
            case IReturnOperation { Kind: OperationKind.YieldReturn }:
                foreach (var written in WrittenVariables(statement)) Forget(written);
                break; // the code after a yield return runs when the caller asks for the next element
            case IReturnOperation or IThrowOperation:
                if (statement is IReturnOperation { ReturnedValue: { } returned }) RecordReturn(returned);
                _reachable = false;
                break;
            case IBranchOperation branch:
                foreach (var frame in _flowFrames)
                {
                    if (SymbolEqualityComparer.Default.Equals(frame.ContinueLabel, branch.Target)) { frame.Continues.Add(CaptureFacts()!); break; }
                    if (SymbolEqualityComparer.Default.Equals(frame.ExitLabel, branch.Target)) { frame.Breaks.Add(CaptureFacts()!); break; }
                }
                _reachable = false;
                break;
            case ILoopOperation loop:
                RestoreFacts(LoopFacts(loop).Exit);
                break;
            case ISwitchOperation switchOperation:
                SimulateSwitch(switchOperation);
                break;
            case ITryOperation tryOperation:
                SimulateTry(tryOperation);
                break;
            case IEmptyOperation:
                break;
            default:
                foreach (var written in WrittenVariables(statement)) Forget(written);
                break;
        }
    }

    /// <summary>An expression statement: an assignment, compound assignment or ++/-- of a variable updates its range.</summary>
    private void SimulateUpdate(IOperation expression)
    {
        switch (expression)
        {
            case ISimpleAssignmentOperation { Target: var target } assignment when VariableOf(target) is { } variable:
                NoteOverflowingWrite(assignment, ValueKinds.Of(target.Type) is var kind && kind.IsArithmeticInteger() && !RawRange(assignment.Value, kind).Within(kind.Range()));
                Learn(variable, AssignedRange(assignment.Value, target.Type));
                break;
            case ICompoundAssignmentOperation { Target: var target } compound when VariableOf(target) is { } variable:
                var compounded = UpdatedRange(variable, compound.OperatorKind, ValueRange(compound.Value));
                NoteOverflowingWrite(compound, compounded is null);
                Learn(variable, compounded);
                break;
            case IIncrementOrDecrementOperation { Target: var target } increment when VariableOf(target) is { } variable:
                var stepped = UpdatedRange(variable, increment.Kind == OperationKind.Increment ? BinaryOperatorKind.Add : BinaryOperatorKind.Subtract, Interval.Exactly(1));
                NoteOverflowingWrite(increment, stepped is null);
                Learn(variable, stepped);
                break;
            default:
                foreach (var written in WrittenVariables(expression)) Forget(written);
                break;
        }
    }

    /// <summary>The range a variable of type <paramref name="target"/> holds after `= value`.</summary>
    private Interval? AssignedRange(IOperation value, ITypeSymbol? target)
    {
        var kind = ValueKinds.Of(target);
        if (!kind.IsInteger() && kind != ValueKind.Char) return null;
        var range = ValueRange(value);
        return range.Within(kind.Range()) ? range : null;
    }

    /// <summary>The range after `variable op= value` when the result cannot wrap; otherwise unknown.</summary>
    private Interval? UpdatedRange(ISymbol variable, BinaryOperatorKind op, Interval value)
    {
        if (!IsTracked(variable)) return null;
        var current = _rangeFacts.TryGetValue(variable, out var fact) ? fact : TrackedRange(variable);
        Interval? result = op switch
        {
            BinaryOperatorKind.Add => current + value,
            BinaryOperatorKind.Subtract => current - value,
            BinaryOperatorKind.Multiply => current * value,
            BinaryOperatorKind.And => BitwiseRange(BinaryOperatorKind.And, current, value),
            _ => null,
        };
        return result is { } r && r.Within(TrackedRange(variable)) ? r : null;
    }

    private void SimulateSwitch(ISwitchOperation switchOperation)
    {
        RecordCalls(switchOperation.Value);
        var before = CaptureFacts();
        var frame = new FlowFrame(null, switchOperation.ExitLabel);
        _flowFrames.Push(frame);
        Dictionary<ISymbol, Interval>? after = null;
        var hasDefault = false;
        foreach (var section in switchOperation.Cases)
        {
            hasDefault |= section.Clauses.Any(c => c is IDefaultCaseClauseOperation);
            RestoreFacts(before);
            foreach (var statement in section.Body) Simulate(statement);
            after = Join(after, CaptureFacts());
        }
        _flowFrames.Pop();
        if (!hasDefault) after = Join(after, before);
        foreach (var exit in frame.Breaks) after = Join(after, exit);
        RestoreFacts(after);
    }

    /// <summary>
    /// A try statement. An exception can leave the body after any of its writes, so a catch clause starts from the
    /// facts about what the body does not write. The finally block runs on every way out: the facts a break or
    /// continue in the body or a catch clause carries to its loop, and those after the statement, lose what it writes.
    /// </summary>
    private void SimulateTry(ITryOperation tryOperation)
    {
        var before = CaptureFacts();
        var jumpsBefore = _flowFrames.Select(f => (Frame: f, Breaks: f.Breaks.Count, Continues: f.Continues.Count)).ToList();
        Simulate(tryOperation.Body);
        var after = CaptureFacts();
        var atThrow = FactsWithout(before, tryOperation.Body);
        foreach (var clause in tryOperation.Catches)
        {
            RestoreFacts(atThrow);
            if (clause.Filter is { } filter) RecordCalls(filter);
            Simulate(clause.Handler);
            after = Join(after, CaptureFacts());
        }
        if (tryOperation.Finally is { } finallyBlock)
        {
            // Run from the facts of every way in (an exception, a jump), which the normal way satisfies too.
            RestoreFacts(FactsWithout(before, tryOperation));
            Simulate(finallyBlock);
            var written = WrittenVariables(finallyBlock).ToList();
            foreach (var (frame, breaks, continues) in jumpsBefore)
            foreach (var facts in frame.Breaks.Skip(breaks).Concat(frame.Continues.Skip(continues)))
                foreach (var variable in written) facts.Remove(variable);
            foreach (var variable in written) after?.Remove(variable);
        }
        RestoreFacts(after);
    }

    // ---- loops ----

    /// <summary>
    /// The facts at the start of the loop body (valid on every iteration) and after the loop, starting from the
    /// current facts. A for loop's initializers are run first.
    /// </summary>
    private (Dictionary<ISymbol, Interval>? Head, Dictionary<ISymbol, Interval>? BodyStart, Dictionary<ISymbol, Interval>? Exit) LoopFacts(ILoopOperation loop)
    {
        if (loop is IForLoopOperation forLoop)
            foreach (var before in forLoop.Before) Simulate(before);
        var entry = CaptureFacts();
        if (entry is null) return (null, null, null);
        var (condition, conditionFirst) = loop switch
        {
            IWhileLoopOperation w => (w.Condition, w.ConditionIsTop),
            IForLoopOperation f => (f.Condition, true),
            _ => ((IOperation?)null, true),
        };
        var loopVariables = loop is IForEachLoopOperation each ? WrittenVariables(each.LoopControlVariable).ToList() : new List<ISymbol>();
        if (loop is IForEachLoopOperation iterated) RecordCalls(iterated.Collection);

        var thresholds = condition is null ? new List<BigInteger>() : Thresholds(condition);
        // At the head, at most all trips have run; when a trip starts, at most all but one.
        var budget = TripBudgetOf(loop, entry);
        var tripBounds = budget?.After(budget.Trips) ?? new Dictionary<ISymbol, Interval>(SymbolEqualityComparer.Default);
        var tripStartBounds = budget?.After(budget.Trips - 1) ?? tripBounds;
        var head = Cap(entry, tripBounds);
        Dictionary<ISymbol, Interval>? bodyStart = null;
        FlowFrame frame = new(loop.ContinueLabel, loop.ExitLabel);
        for (var round = 0; ; round++)
        {
            RestoreFacts(head);
            foreach (var variable in loopVariables) Forget(variable);
            if (loop is IForEachLoopOperation { Collection: var elements } && loopVariables is [var element]) Learn(element, QueryElementRange(elements, element));
            if (condition is not null) RecordCalls(condition);
            if (condition is not null && conditionFirst) Refine(condition, true);
            RestoreFacts(Cap(CaptureFacts(), tripStartBounds));
            bodyStart = CaptureFacts();
            frame = new FlowFrame(loop.ContinueLabel, loop.ExitLabel);
            _flowFrames.Push(frame);
            Simulate(loop.Body);
            _flowFrames.Pop();
            var bottom = CaptureFacts();
            foreach (var atContinue in frame.Continues) bottom = Join(bottom, atContinue);
            RestoreFacts(bottom);
            if (loop is IForLoopOperation f) foreach (var step in f.AtLoopBottom) Simulate(step);
            if (condition is not null && !conditionFirst) Refine(condition, true);
            var next = Cap(Join(entry, CaptureFacts()), tripBounds);
            if (SameFacts(next, head)) break;
            if (round >= MaxFixpointRounds)
            {
                // Give up on every variable the loop writes (the rest still holds), and run the body once more
                // from there so that the facts recorded at its breaks match the final loop head.
                foreach (var written in WrittenVariables(loop)) next?.Remove(written);
                head = Cap(next, tripBounds);
                RestoreFacts(head);
                if (condition is not null && conditionFirst) Refine(condition, true);
                RestoreFacts(Cap(CaptureFacts(), tripStartBounds));
                bodyStart = CaptureFacts();
                frame = new FlowFrame(loop.ContinueLabel, loop.ExitLabel);
                _flowFrames.Push(frame);
                Simulate(loop.Body);
                _flowFrames.Pop();
                break;
            }
            head = round >= 2 ? Cap(Widen(head, next, thresholds), tripBounds) : next;
        }

        // The loop ends when its condition fails at the head (or at the bottom of a do/while), or at a break.
        RestoreFacts(head);
        if (condition is not null && conditionFirst) Refine(condition, false);
        var exit = condition is null ? null : CaptureFacts();
        if (condition is not null && !conditionFirst)
        {
            // do/while: the test runs after the body; approximate its exit by the loop head without the body's effects.
            foreach (var written in WrittenVariables(loop)) _rangeFacts.Remove(written);
            exit = CaptureFacts();
        }
        if (loop is IForEachLoopOperation) exit = head;
        foreach (var atBreak in frame.Breaks) exit = Join(exit, atBreak);
        return (head, bodyStart, exit);
    }

    /// <summary>
    /// What each element of a LINQ query holds when it ends in `Select(x => e)`, e of a known range (followed by
    /// operators that only filter or reorder). Only when e reads nothing but x and members: a local it captured could
    /// change between the loop's trips.
    /// </summary>
    private Interval? QueryElementRange(IOperation collection, ISymbol variable)
    {
        if (WithoutImplicitConversions(collection) is not IInvocationOperation { TargetMethod: { ContainingType.Name: "Enumerable", IsExtensionMethod: true } method } query
            || ArgumentsInParameterOrder(query.Arguments) is not [var source, ..] arguments)
            return null;
        switch (method.Name)
        {
            case "Where" or "Take" or "Skip" or "TakeWhile" or "SkipWhile" or "OrderBy" or "OrderByDescending" or "ThenBy" or "ThenByDescending" or "Distinct" or "Reverse":
                return QueryElementRange(source, variable);
            case "Select" when arguments.Count == 2 && InlineLambda(arguments[1]) is var (lambda, value)
                // A foreach casts each element to its variable's type: only the same type keeps the value as it is.
                && SymbolEqualityComparer.Default.Equals(method.ReturnType is INamedTypeSymbol { TypeArguments: [var result] } ? result : null, TypeOfVariable(variable))
                && value.DescendantsAndSelf().All(o => o is not ILocalReferenceOperation
                    && (o is not IParameterReferenceOperation p || SymbolEqualityComparer.Default.Equals(p.Parameter, lambda.Symbol.Parameters[0]))):
                return ValueRange(value);
            default:
                return null;
        }
    }

    // ---- conditions ----

    /// <summary>Lowers something that runs only when <paramref name="condition"/> is <paramref name="truth"/> (the right side of &amp;&amp;, a branch of ?:).</summary>
    private T Assuming<T>(IOperation condition, bool truth, Func<T> lower)
    {
        var before = CaptureFacts();
        Refine(condition, truth);
        _reachable = true;
        try { return lower(); }
        finally { RestoreFacts(before); }
    }

    /// <summary>Narrows the facts to the states in which <paramref name="condition"/> is <paramref name="truth"/>.</summary>
    private void Refine(IOperation condition, bool truth)
    {
        if (!_reachable) return;
        switch (condition)
        {
            case IUnaryOperation { OperatorKind: UnaryOperatorKind.Not, OperatorMethod: null } not:
                Refine(not.Operand, !truth);
                break;
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalAnd } both when truth:
                Refine(both.LeftOperand, true);
                Refine(both.RightOperand, true);
                break;
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalOr } either when !truth:
                Refine(either.LeftOperand, false);
                Refine(either.RightOperand, false);
                break;
            case IBinaryOperation { OperatorMethod: null, IsLifted: false } comparison when IsIntegerComparison(comparison):
                var op = truth ? comparison.OperatorKind : NegateComparison(comparison.OperatorKind);
                Constrain(comparison.LeftOperand, op, ValueRange(comparison.RightOperand));
                Constrain(comparison.RightOperand, MirrorComparison(op), ValueRange(comparison.LeftOperand));
                break;
        }
        // A contradiction (an empty range) means this path cannot be taken.
        if (_rangeFacts.Values.Any(r => r.Lo > r.Hi)) _reachable = false;
    }

    private static bool IsIntegerComparison(IBinaryOperation b) =>
        b.OperatorKind is BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals or BinaryOperatorKind.LessThan
            or BinaryOperatorKind.LessThanOrEqual or BinaryOperatorKind.GreaterThan or BinaryOperatorKind.GreaterThanOrEqual
        && ValueKinds.Of(b.LeftOperand.Type) is var l && (l.IsInteger() || l == ValueKind.Char)
        && ValueKinds.Of(b.RightOperand.Type) is var r && (r.IsInteger() || r == ValueKind.Char);

    /// <summary>Candidate loop bounds for widening: the values a loop condition compares with, and their neighbours.</summary>
    private List<BigInteger> Thresholds(IOperation condition)
    {
        var thresholds = new List<BigInteger>();
        foreach (var comparison in condition.DescendantsAndSelf().OfType<IBinaryOperation>().Where(IsIntegerComparison))
        {
            foreach (var side in new[] { comparison.LeftOperand, comparison.RightOperand })
            {
                var range = ValueRange(side);
                thresholds.AddRange(new[] { range.Lo - 1, range.Lo, range.Hi, range.Hi + 1 });
                if (range.Hi >= 0) thresholds.Add(IntegerSquareRoot(range.Hi) + 1);
            }
        }
        return thresholds;
    }

    private static BigInteger IntegerSquareRoot(BigInteger n)
    {
        if (n < 2) return n < 0 ? 0 : n;
        var x = (BigInteger)Math.Sqrt((double)n);
        while (x * x > n) x--;
        while ((x + 1) * (x + 1) <= n) x++;
        return x;
    }

    /// <summary>`variable op bound`: narrows the variable (seen through widening conversions) to the values that satisfy it.</summary>
    private void Constrain(IOperation operand, BinaryOperatorKind op, Interval bound)
    {
        while (operand is IConversionOperation { Conversion.IsImplicit: true, Operand: var inner } && ValueKinds.Of(inner.Type) is var k && (k.IsInteger() || k == ValueKind.Char))
            operand = inner;
        // i * i <= n, when i is small enough that the square cannot wrap: |i| <= isqrt(n).
        if (operand is IBinaryOperation { OperatorKind: BinaryOperatorKind.Multiply, OperatorMethod: null } square
            && VariableOf(square.LeftOperand) is { } factor && SymbolEqualityComparer.Default.Equals(factor, VariableOf(square.RightOperand))
            && IsTracked(factor) && !IsUntracked(factor) && op is BinaryOperatorKind.LessThan or BinaryOperatorKind.LessThanOrEqual)
        {
            var factorRange = _rangeFacts.TryGetValue(factor, out var known) ? known : TrackedRange(factor);
            var magnitude = BigInteger.Max(BigInteger.Abs(factorRange.Lo), BigInteger.Abs(factorRange.Hi));
            if (magnitude * magnitude <= ValueKinds.Of(square.Type).Range().Hi)
            {
                var limit = op == BinaryOperatorKind.LessThan ? bound.Hi - 1 : bound.Hi;
                var root = limit < 0 ? BigInteger.MinusOne : IntegerSquareRoot(limit);
                _rangeFacts[factor] = new Interval(BigInteger.Max(factorRange.Lo, -root), BigInteger.Min(factorRange.Hi, root));
            }
            return;
        }
        if (VariableOf(operand) is not { } variable || !IsTracked(variable) || IsUntracked(variable) || IsDeferred(variable)) return;
        var current = _rangeFacts.TryGetValue(variable, out var fact) ? fact : TrackedRange(variable);
        var narrowed = op switch
        {
            BinaryOperatorKind.LessThan => new Interval(current.Lo, BigInteger.Min(current.Hi, bound.Hi - 1)),
            BinaryOperatorKind.LessThanOrEqual => new Interval(current.Lo, BigInteger.Min(current.Hi, bound.Hi)),
            BinaryOperatorKind.GreaterThan => new Interval(BigInteger.Max(current.Lo, bound.Lo + 1), current.Hi),
            BinaryOperatorKind.GreaterThanOrEqual => new Interval(BigInteger.Max(current.Lo, bound.Lo), current.Hi),
            BinaryOperatorKind.Equals => new Interval(BigInteger.Max(current.Lo, bound.Lo), BigInteger.Min(current.Hi, bound.Hi)),
            _ => current,
        };
        _rangeFacts[variable] = narrowed;
    }

    private static BinaryOperatorKind NegateComparison(BinaryOperatorKind op) => op switch
    {
        BinaryOperatorKind.LessThan => BinaryOperatorKind.GreaterThanOrEqual,
        BinaryOperatorKind.LessThanOrEqual => BinaryOperatorKind.GreaterThan,
        BinaryOperatorKind.GreaterThan => BinaryOperatorKind.LessThanOrEqual,
        BinaryOperatorKind.GreaterThanOrEqual => BinaryOperatorKind.LessThan,
        BinaryOperatorKind.Equals => BinaryOperatorKind.NotEquals,
        _ => BinaryOperatorKind.Equals,
    };

    private static BinaryOperatorKind MirrorComparison(BinaryOperatorKind op) => op switch
    {
        BinaryOperatorKind.LessThan => BinaryOperatorKind.GreaterThan,
        BinaryOperatorKind.LessThanOrEqual => BinaryOperatorKind.GreaterThanOrEqual,
        BinaryOperatorKind.GreaterThan => BinaryOperatorKind.LessThan,
        BinaryOperatorKind.GreaterThanOrEqual => BinaryOperatorKind.LessThanOrEqual,
        _ => op,
    };
}
