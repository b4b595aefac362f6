using McuSharp.Compiler.Diagnostics;
using McuSharp.Compiler.Python;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace McuSharp.Compiler.Lowering;

/// <summary>
/// while, do/while, for, foreach, break and continue. Counting `for` loops whose bound cannot change become
/// `for i in range(...)` (fast on MicroPython); the rest become `while` loops in which `continue` still runs
/// the C# increment (or re-tests the do/while condition).
/// </summary>
internal sealed partial class FunctionLowerer
{
    /// <summary>What a `continue` or `break` aimed at a loop or switch must do on the way out.</summary>
    private sealed record BranchFrame(ILabelSymbol? ContinueLabel, ILabelSymbol? ExitLabel, Func<List<PyStmt>>? BeforeContinue, bool IsSwitch);

    private readonly Stack<BranchFrame> _branchFrames = new();

    /// <summary>Lowers a loop body with the facts that hold at its start on every iteration (see RangeFlow.cs).</summary>
    private List<PyStmt> LowerLoopBody(IOperation body, ILoopOperation loop, Func<List<PyStmt>>? beforeContinue, Dictionary<ISymbol, Interval>? bodyStart)
    {
        RestoreFacts(bodyStart);
        _reachable = true; // a body the analysis finds unreachable is still translated
        _branchFrames.Push(new BranchFrame(loop.ContinueLabel, loop.ExitLabel, beforeContinue, IsSwitch: false));
        try { return LowerBlock(body); }
        finally { _branchFrames.Pop(); }
    }

    /// <summary>The loop's facts, computed from the current ones; leaves the current facts as they were.</summary>
    private (Dictionary<ISymbol, Interval>? Head, Dictionary<ISymbol, Interval>? BodyStart) LoopEntryFacts(ILoopOperation loop)
    {
        var before = CaptureFacts();
        var (head, bodyStart, _) = LoopFacts(loop);
        RestoreFacts(before);
        return (head, bodyStart);
    }

    private void LowerWhile(IWhileLoopOperation loop, List<PyStmt> output)
    {
        var (head, bodyStart) = LoopEntryFacts(loop);
        if (loop.Condition is null) { output.Add(At(new PyWhile(PyConst.True, LowerLoopBody(loop.Body, loop, null, bodyStart)), loop)); return; }
        if (loop.ConditionIsTop)
        {
            RestoreFacts(head);
            var condition = LowerCondition(loop.Condition);
            output.Add(At(new PyWhile(condition, LowerLoopBody(loop.Body, loop, null, bodyStart)), loop));
            return;
        }
        // do { body } while (cond);  =>  while True: body; if not cond: break
        // A `continue` in the body must still test the condition: it becomes `if not cond: break` + `continue`.
        List<PyStmt> ExitUnlessCondition() => new() { At(new PyIf(Not(LowerCondition(loop.Condition)), new PyStmt[] { new PyBreak() }, Array.Empty<PyStmt>()), loop.Condition) };
        var body = LowerLoopBody(loop.Body, loop, ExitUnlessCondition, bodyStart);
        body.AddRange(ExitUnlessCondition());
        output.Add(At(new PyWhile(PyConst.True, body), loop));
    }

    private void LowerFor(IForLoopOperation loop, List<PyStmt> output)
    {
        if (TryLowerCountingLoop(loop) is { } rangeLoop)
        {
            output.Add(rangeLoop);
            return;
        }
        var (head, bodyStart) = LoopEntryFacts(loop);
        foreach (var before in loop.Before) LowerStatement(before, output);
        List<PyStmt> Increment()
        {
            var increment = new List<PyStmt>();
            foreach (var step in loop.AtLoopBottom) LowerStatement(step, increment);
            return increment;
        }
        RestoreFacts(head);
        var condition = loop.Condition is null ? PyConst.True : LowerCondition(loop.Condition);
        var body = LowerLoopBody(loop.Body, loop, Increment, bodyStart);
        body.AddRange(Increment());
        output.Add(At(new PyWhile(condition, body), loop));
    }

    /// <summary>
    /// `for (int i = a; i &lt; b; i += k)` (or counting down): one counter declared by the loop, an invariant bound and
    /// step of known sign, and no other writes to the counter. <see cref="Step"/> is null for ++ and --;
    /// <see cref="StepRange"/> is the signed step (a `-= k` steps by -k).
    /// </summary>
    private sealed record CountingLoop(ILocalSymbol Counter, ValueKind Kind, IOperation Init, IOperation Bound, IOperation? Step, bool SubtractsStep, Interval StepRange, bool Upward, bool Inclusive)
    {
        /// <summary>Whether the last counter value that passes the test, plus one step, stays inside the type.</summary>
        public bool CannotWrap(Interval boundRange)
        {
            var typeRange = Kind.Range();
            var slack = Inclusive ? 0 : 1;
            return Upward ? boundRange.Hi + StepRange.Hi - slack <= typeRange.Hi : boundRange.Lo + StepRange.Lo + slack >= typeRange.Lo;
        }
    }

    private CountingLoop? AsCountingLoop(IForLoopOperation loop)
    {
        if (loop.Before.Length != 1 || loop.Before[0] is not IVariableDeclarationGroupOperation { Declarations: [{ Declarators: [var declarator] } declaration] }) return null;
        var counter = declarator.Symbol;
        if (IsCapturedCounter(counter)) return null;
        var kind = ValueKinds.Of(counter.Type);
        if (kind is not (ValueKind.Int32 or ValueKind.Int64)) return null;
        var init = declarator.Initializer?.Value ?? declaration.Initializer?.Value;
        if (init is null) return null;
        if (loop.Condition is not IBinaryOperation { LeftOperand: ILocalReferenceOperation left } condition
            || !SymbolEqualityComparer.Default.Equals(left.Local, counter)) return null;
        if (loop.AtLoopBottom.Length != 1 || StepOf(loop.AtLoopBottom[0], counter, loop.Body) is not { } step) return null;
        var bound = condition.RightOperand;
        if (!IsInvariantIn(bound, loop.Body) || WritesLocal(loop.Body, counter) || WritesLocal(bound, counter)) return null;
        var upward = step.Range.Lo > 0;
        if (condition.OperatorKind switch
            {
                BinaryOperatorKind.LessThan or BinaryOperatorKind.LessThanOrEqual => !upward,
                BinaryOperatorKind.GreaterThan or BinaryOperatorKind.GreaterThanOrEqual => upward,
                _ => true,
            }) return null;
        var inclusive = condition.OperatorKind is BinaryOperatorKind.LessThanOrEqual or BinaryOperatorKind.GreaterThanOrEqual;
        return new CountingLoop(counter, kind, init, bound, step.Value, step.Subtracts, step.Range, upward, inclusive);
    }

    /// <summary>
    /// A counting loop becomes a range loop. Where the counter could step past MaxValue (or MinValue) and wrap, as
    /// C# lets it, a cheap test of the bound picks the exact but slow `_count` generator instead.
    /// </summary>
    private PyStmt? TryLowerCountingLoop(IForLoopOperation loop)
    {
        if (AsCountingLoop(loop) is not { } shape) return null;
        var (counter, kind, init, bound, _, _, _, upward, inclusive) = shape;
        var typeRange = kind.Range();
        var boundRange = ValueRange(bound);
        var boundExpr = Lower(bound);
        var step = LowerStep(shape);
        var slack = inclusive ? 0 : 1;
        PyExpr? guard = shape.CannotWrap(boundRange) ? null : upward
            ? new PyCompare(boundExpr, PyCompareOperator.LtE, Subtract(Int(typeRange.Hi + slack), step))
            : new PyCompare(boundExpr, PyCompareOperator.GtE, Subtract(Int(typeRange.Lo - slack), step));

        var start = LowerConverted(init, counter.Type);
        var stop = inclusive ? AddConstant(boundExpr, upward ? 1 : -1) : boundExpr;
        var args = new List<PyExpr>();
        if (step is PyConst { Value: System.Numerics.BigInteger one } && one.IsOne && start is PyConst { Value: System.Numerics.BigInteger zero } && zero.IsZero) args.Add(stop);
        else
        {
            args.Add(start);
            args.Add(stop);
            if (!(step is PyConst { Value: System.Numerics.BigInteger unit } && unit.IsOne)) args.Add(step);
        }
        PyExpr iterable = new PyCall(new PyName("range"), args);
        if (guard is not null)
            iterable = new PyIfExp(guard, iterable, Call(Helper("_count"), start, boundExpr, step, inclusive ? PyConst.True : PyConst.False, Int(typeRange.Lo), Int(typeRange.Hi)));

        var initRange = ValueRange(init);
        var counterRange = guard is not null ? typeRange
            : upward ? new Interval(initRange.Lo, inclusive ? boundRange.Hi : boundRange.Hi - 1)
            : new Interval(inclusive ? boundRange.Lo : boundRange.Lo + 1, initRange.Hi);
        var (_, bodyStart) = LoopEntryFacts(loop);
        if (bodyStart is not null)
        {
            // The flow analysis already knows the counter's range; the range loop's own bounds may be tighter.
            var flow = bodyStart.TryGetValue(counter, out var known) ? known : typeRange;
            var tighter = new Interval(System.Numerics.BigInteger.Max(flow.Lo, counterRange.Lo), System.Numerics.BigInteger.Min(flow.Hi, counterRange.Hi));
            if (tighter.Lo <= tighter.Hi) bodyStart[counter] = tighter;
        }
        var body = LowerLoopBody(loop.Body, loop, null, bodyStart);
        if (guard is null && args.Count == 1 && ElementLoop(loop, counter, bound, body) is { } elements) return At(elements, loop);
        return At(new PyFor(LocalReference(counter), iterable, body), loop);
    }

    /// <summary>
    /// `for (int i = 0; i &lt; a.Length; i++) { var p = a[i]; ... }` whose counter does nothing else: `for p in a:`,
    /// which reads the same element at the start of each turn without the index. That needs a's length to be the
    /// bound for the whole loop: a is a local array (arrays never resize) that nothing assigns after its `new T[n]`,
    /// and the bound is `a.Length` or the same constant as n. The element's variable may change in the body: the
    /// iterator does not read it.
    /// </summary>
    private PyFor? ElementLoop(IForLoopOperation loop, ILocalSymbol counter, IOperation bound, List<PyStmt> body)
    {
        if (loop.Body is not IBlockOperation { Operations: [IVariableDeclarationGroupOperation { Declarations: [{ Declarators: [{ Symbol: var holder, Initializer.Value: var read }] }] }, ..] }
            || WithoutImplicitConversions(read) is not IArrayElementReferenceOperation { ArrayReference: ILocalReferenceOperation { Local: var array }, Indices: [ILocalReferenceOperation index] }
            || !SymbolEqualityComparer.Default.Equals(index.Local, counter) || IsCaptured(holder)) return null;
        if (body is not [_, _, ..] || body is not [PyAssign { Targets: [PyName element], Value: PySubscript { Target: PyName arrayName, Index: PyName { Id: var counterName } } }, ..]
            || PyNameRewriter.NamesUsed(body.Skip(1).ToList()).Contains(counterName)) return null;
        IOperation? created = null;
        foreach (var operation in RootOf(loop).DescendantsAndSelf())
        {
            if (operation is IVariableDeclaratorOperation declarator && SymbolEqualityComparer.Default.Equals(declarator.Symbol, array))
                created = declarator.GetVariableInitializer()?.Value is IArrayCreationOperation { DimensionSizes: [var size] } ? size : null;
            else if (operation is ILocalReferenceOperation reference && SymbolEqualityComparer.Default.Equals(reference.Local, array) && IsWriteTarget(reference)) return null;
        }
        if (created is null || array.IsRef) return null;
        var isLength = WithoutImplicitConversions(bound) is IPropertyReferenceOperation { Property.Name: "Length", Instance: ILocalReferenceOperation { Local: var measured } }
            && SymbolEqualityComparer.Default.Equals(measured, array);
        var sameConstant = created.ConstantValue is { HasValue: true, Value: var n } && bound.ConstantValue is { HasValue: true, Value: var m } && Equals(Convert.ToInt64(n), Convert.ToInt64(m));
        if (!isLength && !sameConstant) return null;
        return new PyFor(element, arrayName, body.Skip(1).ToList());
    }

    /// <summary>The counter's step as a signed Python value: 1, -1, k, or -k for `-= k`.</summary>
    private PyExpr LowerStep(CountingLoop shape)
    {
        if (shape.Step is null) return Int(shape.Upward ? 1 : -1);
        var expr = Lower(shape.Step);
        if (!shape.SubtractsStep) return expr;
        return expr is PyConst { Value: System.Numerics.BigInteger c } ? Int(-c) : new PyUnaryOp(PyUnaryOperator.Neg, expr);
    }

    private static PyExpr Subtract(PyConst left, PyExpr right) => right switch
    {
        PyConst { Value: System.Numerics.BigInteger r } when left.Value is System.Numerics.BigInteger l => Int(l - r),
        _ => new PyBinOp(left, PyBinaryOperator.Sub, right),
    };

    private static PyExpr AddConstant(PyExpr expr, int delta) => expr switch
    {
        PyConst { Value: System.Numerics.BigInteger v } => Int(v + delta),
        _ => new PyBinOp(expr, delta > 0 ? PyBinaryOperator.Add : PyBinaryOperator.Sub, Int(Math.Abs(delta))),
    };

    /// <summary>
    /// The counter's step: ++/-- (no value), or += / -= of a constant or an invariant value of known sign, with the
    /// range of the signed step (negated for -=).
    /// </summary>
    private (IOperation? Value, bool Subtracts, Interval Range)? StepOf(IOperation step, ILocalSymbol counter, IOperation body)
    {
        if (step is IExpressionStatementOperation statement) step = statement.Operation;
        switch (step)
        {
            case IIncrementOrDecrementOperation { Target: ILocalReferenceOperation target } inc when SymbolEqualityComparer.Default.Equals(target.Local, counter):
                return (null, false, Interval.Exactly(inc.Kind == OperationKind.Increment ? 1 : -1));
            case ICompoundAssignmentOperation { Target: ILocalReferenceOperation target, OperatorKind: BinaryOperatorKind.Add or BinaryOperatorKind.Subtract } compound
                when SymbolEqualityComparer.Default.Equals(target.Local, counter) && KindOf(compound.Value).IsInteger() && IsInvariantIn(compound.Value, body) && !WritesLocal(compound.Value, counter):
                var subtracts = compound.OperatorKind == BinaryOperatorKind.Subtract;
                var range = subtracts ? ValueRange(compound.Value).Negate() : ValueRange(compound.Value);
                return range.Lo > 0 || range.Hi < 0 ? (compound.Value, subtracts, range) : null;
            default:
                return null;
        }
    }

    /// <summary>True when the expression has no side effects and nothing in the loop body can change its value.</summary>
    private bool IsInvariantIn(IOperation bound, IOperation body)
    {
        bound = WithoutImplicitConversions(bound);
        switch (bound)
        {
            case { ConstantValue.HasValue: true }:
                return true;
            case ILocalReferenceOperation local:
                return !local.Local.IsRef && !WritesLocal(body, local.Local) && !IsWrittenByClosures(local.Local);
            case IParameterReferenceOperation parameter:
                return parameter.Parameter.RefKind == RefKind.None && !WritesParameter(body, parameter.Parameter) && !IsWrittenByClosures(parameter.Parameter);
            case IPropertyReferenceOperation { Property.Name: "Length", Instance: { } instance } when instance.Type is IArrayTypeSymbol || instance.Type?.SpecialType == SpecialType.System_String:
                return IsInvariantIn(instance, body);
            case IPropertyReferenceOperation { Property.Name: "Count", Instance: { } list } when IsListType(list.Type):
                return IsInvariantIn(list, body) && !MayResize(body, list);
            case IBinaryOperation binary when binary.OperatorMethod is null && binary.OperatorKind is BinaryOperatorKind.Add or BinaryOperatorKind.Subtract or BinaryOperatorKind.Multiply or BinaryOperatorKind.Divide:
                return IsInvariantIn(binary.LeftOperand, body) && IsInvariantIn(binary.RightOperand, body);
            default:
                return false;
        }
    }

    private static bool WritesLocal(IOperation scope, ILocalSymbol local) =>
        scope.DescendantsAndSelf().Any(op => IsWriteTarget(op) && op is ILocalReferenceOperation r && SymbolEqualityComparer.Default.Equals(r.Local, local));

    private static bool WritesParameter(IOperation scope, IParameterSymbol parameter) =>
        scope.DescendantsAndSelf().Any(op => IsWriteTarget(op) && op is IParameterReferenceOperation r && SymbolEqualityComparer.Default.Equals(r.Parameter, parameter));

    private static bool IsWriteTarget(IOperation op) => op.Parent switch
    {
        IAssignmentOperation a => a.Target == op,
        IIncrementOrDecrementOperation i => i.Target == op,
        IArgumentOperation arg => arg.Parameter?.RefKind is RefKind.Ref or RefKind.Out,
        IDeclarationExpressionOperation => true,
        ITupleOperation tuple => IsDeconstructedInto(tuple),
        _ => false,
    };

    /// <summary>Whether a tuple is (part of) the left side of a deconstruction or a foreach's deconstructed variables.</summary>
    private static bool IsDeconstructedInto(IOperation tuple)
    {
        var node = tuple;
        while (node.Parent is ITupleOperation or IDeclarationExpressionOperation) node = node.Parent;
        return node.Parent is IDeconstructionAssignmentOperation d && d.Target == node || node.Parent is IForEachLoopOperation f && f.LoopControlVariable == node;
    }

    /// <summary>
    /// Conservatively: the body calls a method other than a read-only lookup on this list or on any other list (which
    /// may be the same list under another name), or calls one of the program's methods.
    /// </summary>
    private static bool MayResize(IOperation body, IOperation list)
    {
        var listSymbol = ReferencedSymbol(list);
        return body.DescendantsAndSelf().OfType<IInvocationOperation>().Any(call =>
            call.Instance is { } instance && (listSymbol is null || IsListType(instance.Type) || SymbolEqualityComparer.Default.Equals(ReferencedSymbol(WithoutImplicitConversions(instance)), listSymbol))
            && call.TargetMethod.Name is not ("Contains" or "IndexOf" or "LastIndexOf" or "get_Item" or "Exists" or "Find" or "FindIndex" or "ToArray"))
            || body.DescendantsAndSelf().Any(op => op is IInvocationOperation { Instance: null } inv && inv.TargetMethod.DeclaringSyntaxReferences.Length > 0)
            || body.DescendantsAndSelf().Any(op => op is IInvocationOperation { TargetMethod.MethodKind: MethodKind.DelegateInvoke or MethodKind.LocalFunction });
    }

    private static ISymbol? ReferencedSymbol(IOperation op) => op switch
    {
        ILocalReferenceOperation l => l.Local,
        IParameterReferenceOperation p => p.Parameter,
        IFieldReferenceOperation f => f.Field,
        _ => null,
    };

    private static bool IsListType(ITypeSymbol? type) =>
        type is INamedTypeSymbol { Name: "List", Arity: 1 } named && named.ContainingNamespace.ToDisplayString() == "System.Collections.Generic";

    private void LowerForEach(IForEachLoopOperation loop, List<PyStmt> output)
    {
        PyExpr? target = loop.LoopControlVariable is IVariableDeclaratorOperation declarator
            ? LocalReference(declarator.Symbol)
            : DeconstructionTarget(loop.LoopControlVariable, new List<PyStmt>());
        if (target is null) return;
        var collection = WithoutImplicitConversions(loop.Collection);
        if (collection.Type is INamedTypeSymbol { DeclaringSyntaxReferences.Length: > 0 } own && !own.AllInterfaces.Any(i => i.Name == "IEnumerable" && i.ContainingNamespace.ToDisplayString() == "System.Collections.Generic"))
        {
            // C# finds GetEnumerator by its name; the device iterates what implements IEnumerable<T> (TypeLowerer's __iter__).
            Unsupported(loop.Collection.Syntax, $"A foreach over {own.Name}, which has a GetEnumerator but does not implement IEnumerable<T>", "implement IEnumerable<T> (GetEnumerator with yield return)");
            return;
        }
        var iterable = LoopElements(collection);
        var (_, bodyStart) = LoopEntryFacts(loop);
        var body = LowerLoopBody(loop.Body, loop, null, bodyStart);
        if (NarrowedElement(loop) is var (from, to))
        {
            // `foreach (sbyte b in ints)` casts each element as an explicit conversion would.
            var element = NewTemp();
            body.Insert(0, new PyAssign(new List<PyExpr> { target }, ConvertValue(element, loop.Collection, from, to, isChecked: false)));
            target = element;
        }
        else if (DowncastElement(loop) is { } cls)
        {
            // `foreach (Derived d in bases)` casts each element: an element of another class throws InvalidCastException.
            var element = NewTemp();
            body.Insert(0, new PyAssign(new List<PyExpr> { target }, Call(Helper("_cast"), element, cls)));
            target = element;
        }
        output.Add(At(new PyFor(target, iterable, body), loop));
    }

    /// <summary>The class a foreach's variable tests each element for, when its type is derived from the elements' type.</summary>
    private PyExpr? DowncastElement(IForEachLoopOperation loop)
    {
        if (loop.Syntax is not ForEachStatementSyntax syntax || loop.LoopControlVariable is not IVariableDeclaratorOperation { Symbol.Type: var variableType }) return null;
        var conversion = _model.GetForEachStatementInfo(syntax).ElementConversion;
        if (!conversion.IsReference || !conversion.IsExplicit) return null;
        return TypeTestClass(variableType) ?? Unsupported(syntax.Type, $"A foreach that casts its elements to {variableType.ToDisplayString()}", "the device can check casts to the program's classes, string and the exception types");
    }

    /// <summary>The numeric kinds of a foreach whose variable has another numeric type than the elements, or null.</summary>
    private (ValueKind From, ValueKind To)? NarrowedElement(IForEachLoopOperation loop)
    {
        if (loop.Syntax is not ForEachStatementSyntax syntax || loop.LoopControlVariable is not IVariableDeclaratorOperation { Symbol.Type: var variableType }) return null;
        if (_model.GetForEachStatementInfo(syntax) is not { ElementType: { } elementType } info || info.ElementConversion.IsIdentity) return null;
        var (from, to) = (ValueKinds.Of(elementType), ValueKinds.Of(variableType));
        static bool IsNumeric(ValueKind k) => k.IsInteger() || k == ValueKind.Char || k.IsFloating();
        var widening = from.IsInteger() && to.IsInteger() && from.Range().Within(to.Range()); // the same Python int
        return from != to && !widening && IsNumeric(from) && IsNumeric(to) ? (from, to) : null;
    }

    private void LowerBranch(IBranchOperation branch, List<PyStmt> output)
    {
        foreach (var frame in _branchFrames)
        {
            if (branch.BranchKind == BranchKind.Continue && SymbolEqualityComparer.Default.Equals(frame.ContinueLabel, branch.Target))
            {
                if (frame.BeforeContinue is not null) output.AddRange(frame.BeforeContinue());
                output.Add(At(new PyContinue(), branch));
                return;
            }
            if (branch.BranchKind == BranchKind.Break && SymbolEqualityComparer.Default.Equals(frame.ExitLabel, branch.Target))
            {
                if (frame.IsSwitch)
                {
                    // A break that ends its section anyway (the last statement of a block or of an if/else branch
                    // that ends the section) needs no jump: the if/elif chain ends there too.
                    if (!EndsSwitchSection(branch, branch.Target)) _context.Report(McuDiagnostics.BreakInsideSwitchSection, branch.Syntax);
                    return;
                }
                output.Add(At(new PyBreak(), branch));
                return;
            }
        }
        Unsupported(branch.Syntax, "This jump", "only break and continue of the enclosing loop are supported");
    }

    /// <summary>True when nothing in the switch section runs after <paramref name="statement"/> (but breaks to <paramref name="exit"/>).</summary>
    private static bool EndsSwitchSection(IOperation statement, ILabelSymbol exit)
    {
        bool OnlyExitsAfter(IReadOnlyList<IOperation> statements, IOperation child)
        {
            var index = -1;
            for (var i = 0; i < statements.Count; i++) if (statements[i] == child) index = i;
            return index >= 0 && statements.Skip(index + 1).All(s =>
                s is IEmptyOperation || s is IBranchOperation { BranchKind: BranchKind.Break } b && SymbolEqualityComparer.Default.Equals(b.Target, exit));
        }
        var child = statement;
        for (var parent = child.Parent; parent is not null; child = parent, parent = parent.Parent)
        {
            switch (parent)
            {
                case ISwitchCaseOperation section:
                    return OnlyExitsAfter(section.Body, child);
                case IBlockOperation block when OnlyExitsAfter(block.Operations, child):
                    continue;
                case IConditionalOperation conditional when conditional.WhenTrue == child || conditional.WhenFalse == child:
                    continue;
                default:
                    return false;
            }
        }
        return false;
    }

    private static PyExpr Not(PyExpr condition) => condition switch
    {
        PyUnaryOp { Op: PyUnaryOperator.Not } not => not.Operand,
        // Only equality-like tests are negated in place: `not (a < b)` differs from `a >= b` when a value is NaN.
        PyCompare { Ops.Count: 1 } c when c.Ops[0] is PyCompareOperator.Eq or PyCompareOperator.NotEq or PyCompareOperator.Is or PyCompareOperator.IsNot or PyCompareOperator.In or PyCompareOperator.NotIn
            => new PyCompare(c.Left, Negate(c.Ops[0]), c.Comparators[0]),
        _ => new PyUnaryOp(PyUnaryOperator.Not, condition),
    };

    private static PyCompareOperator Negate(PyCompareOperator op) => op switch
    {
        PyCompareOperator.Eq => PyCompareOperator.NotEq,
        PyCompareOperator.NotEq => PyCompareOperator.Eq,
        PyCompareOperator.Is => PyCompareOperator.IsNot,
        PyCompareOperator.IsNot => PyCompareOperator.Is,
        PyCompareOperator.In => PyCompareOperator.NotIn,
        _ => PyCompareOperator.In,
    };
}
