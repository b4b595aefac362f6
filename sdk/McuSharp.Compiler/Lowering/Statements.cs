using McuSharp.Compiler.Python;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace McuSharp.Compiler.Lowering;

/// <summary>Blocks, local declarations, expression statements, if/else, return.</summary>
internal sealed partial class FunctionLowerer
{
    private void LowerStatement(IOperation operation, List<PyStmt> output)
    {
        // The facts after the statement come from the flow analysis, whatever its parts did to them while lowering.
        var before = CaptureFacts();
        ForgetWritesInsideExpressions(operation);
        // The defs of the lambdas this statement makes go before it (see Lambdas.cs).
        var outerHoisted = _hoisted;
        var hoisted = _hoisted = new List<PyStmt>();
        var at = output.Count;
        try { LowerStatementWithFacts(operation, output); }
        finally { _hoisted = outerHoisted; }
        output.InsertRange(at, hoisted);
        RestoreFacts(before);
        Simulate(operation);
    }

    private void LowerStatementWithFacts(IOperation operation, List<PyStmt> output)
    {
        switch (operation)
        {
            case IBlockOperation block:
                LowerBlockStatements(block, output);
                break;
            case IVariableDeclarationGroupOperation group:
                foreach (var declaration in group.Declarations)
                foreach (var declarator in declaration.Declarators)
                    LowerLocalDeclaration(declarator, declaration.Initializer, output);
                break;
            case IExpressionStatementOperation statement:
                LowerExpressionStatement(statement.Operation, output);
                break;
            case IConditionalOperation conditional:
                output.Add(LowerIf(conditional));
                break;
            case IReturnOperation { Kind: OperationKind.YieldReturn } yielded:
                output.Add(At(new PyYield(LowerStored(yielded.ReturnedValue!, yielded.ReturnedValue!.Type)), yielded));
                break;
            case IReturnOperation { Kind: OperationKind.YieldBreak } yieldBreak:
                output.Add(At(new PyReturn(null), yieldBreak));
                break;
            case IReturnOperation { Kind: OperationKind.Return } ret:
                output.Add(At(new PyReturn(ReturnValue(ret.ReturnedValue is null ? null : IsOwnedLocal(ret.ReturnedValue) ? Lower(ret.ReturnedValue) : LowerStored(ret.ReturnedValue, ret.ReturnedValue.Type))), ret));
                break;
            case IWhileLoopOperation loop:
                LowerWhile(loop, output);
                break;
            case IForLoopOperation loop:
                LowerFor(loop, output);
                break;
            case IForEachLoopOperation loop:
                LowerForEach(loop, output);
                break;
            case IBranchOperation { BranchKind: BranchKind.GoTo }:
            case ILabeledOperation:
                Unsupported(operation.Syntax, "goto and labels", "restructure the code with loops, break and continue");
                break;
            case IBranchOperation branch:
                LowerBranch(branch, output);
                break;
            case ISwitchOperation switchOperation:
                LowerSwitch(switchOperation, output);
                break;
            case IEmptyOperation:
                break;
            case ILocalFunctionOperation function: // outside a block (a switch section): where it stands
                LowerLocalFunction(function, output);
                break;
            case ITryOperation tryOperation:
                LowerTry(tryOperation, output);
                break;
            case IThrowOperation throwOperation:
                LowerThrow(throwOperation, output);
                break;
            case IUsingOperation { IsAsynchronous: false } usingStatement:
                LowerUsing(usingStatement.Resources, new[] { usingStatement.Body }, usingStatement, output);
                break;
            case ILockOperation:
                Unsupported(operation.Syntax, "lock", "MicroPython programs here are single-threaded");
                break;
            default:
                Unsupported(operation.Syntax, $"The statement '{Describe(operation)}'", "it has no MicroPython translation yet");
                break;
        }
    }

    private static string Describe(IOperation operation)
    {
        var text = operation.Syntax.ToString();
        var firstLine = text.Split('\n')[0].Trim();
        return firstLine.Length > 40 ? firstLine[..40] + "..." : firstLine;
    }

    private List<PyStmt> LowerBlock(IOperation? operation)
    {
        var output = new List<PyStmt>();
        if (operation is not null) LowerStatement(operation, output);
        return output;
    }

    private void LowerLocalDeclaration(IVariableDeclaratorOperation declarator, IVariableInitializerOperation? sharedInitializer, List<PyStmt> output)
    {
        var local = declarator.Symbol;
        var target = LocalReference(local);
        var initializer = declarator.Initializer ?? sharedInitializer;
        if (_scalarLocals.ContainsKey(local))
        {
            if (initializer is not null) output.AddRange(AssignScalarLocal(local, initializer.Value, declarator));
            return;
        }
        if (initializer is null)
        {
            // C# requires definite assignment before any read; a closure's `nonlocal` needs a binding all the same.
            if (NeedsPlaceholderBinding(local)) output.Add(At(new PyAssign(target, PyConst.None), declarator));
            return;
        }
        if (local.IsRef) { Unsupported(declarator.Syntax, "A ref local", "ref locals arrive with ref/out parameters"); return; }
        if (target is PyName name && InlinedParse(local, name, initializer.Value) is { } parse) { output.AddRange(parse); return; }
        output.AddRange(AssignToName(target, local, initializer.Value, local.Type, declarator));
    }

    private void LowerExpressionStatement(IOperation expression, List<PyStmt> output)
    {
        if (TryLowerFacadeStatement(expression, output)) return;
        switch (expression)
        {
            case ISimpleAssignmentOperation assignment:
                output.AddRange(LowerAssignmentStatement(assignment));
                break;
            case ICompoundAssignmentOperation { Type.TypeKind: TypeKind.Delegate } combine:
                output.AddRange(LowerDelegateCompound(combine));
                break;
            case ICompoundAssignmentOperation compound:
                output.AddRange(LowerCompoundAssignmentStatement(compound));
                break;
            case IIncrementOrDecrementOperation increment:
                output.AddRange(LowerIncrementStatement(increment));
                break;
            case IDeconstructionAssignmentOperation deconstruction:
                output.AddRange(LowerDeconstructionStatement(deconstruction));
                break;
            case IEventAssignmentOperation eventAssignment:
                output.AddRange(LowerEventAssignment(eventAssignment));
                break;
            case ICoalesceAssignmentOperation coalesceAssignment:
                output.AddRange(LowerCoalesceAssignmentStatement(coalesceAssignment));
                break;
            case IThrowOperation throwOperation:
                LowerThrow(throwOperation, output);
                break;
            case IInvocationOperation append when IsBuilderAppend(append):
                LowerBuilderAppendStatement(append, output);
                break;
            case IInvocationOperation withOuts when LowerOutCallStatement(withOuts, withOuts, null) is { } outCall:
                output.AddRange(outCall);
                break;
            default:
                output.Add(At(new PyExprStmt(Lower(expression)), expression));
                break;
        }
    }

    private PyStmt LowerIf(IConditionalOperation conditional)
    {
        var before = CaptureFacts();
        var condition = LowerCondition(conditional.Condition);
        Refine(conditional.Condition, true);
        var body = LowerBlock(conditional.WhenTrue);
        RestoreFacts(before);
        Refine(conditional.Condition, false);
        var orElse = LowerBlock(conditional.WhenFalse);
        RestoreFacts(before);
        return At(new PyIf(condition, body, orElse), conditional);
    }

    /// <summary>A bool-valued expression used as a condition.</summary>
    private PyExpr LowerCondition(IOperation condition)
    {
        // Only the truth of a condition matters: `a & b` on bools needs no bool() around it there.
        if (condition is IBinaryOperation { OperatorMethod: null, IsLifted: false } b && KindOf(b) == ValueKind.Bool && !b.ConstantValue.HasValue)
        {
            switch (b.OperatorKind)
            {
                case BinaryOperatorKind.And or BinaryOperatorKind.Or:
                    return At(LowerBoolOperator(b, asCondition: true), b);
                case BinaryOperatorKind.ConditionalAnd:
                    return At(new PyBoolOp(PyBoolOperator.And, LowerCondition(b.LeftOperand), Assuming(b.LeftOperand, true, () => LowerCondition(b.RightOperand))), b);
                case BinaryOperatorKind.ConditionalOr:
                    return At(new PyBoolOp(PyBoolOperator.Or, LowerCondition(b.LeftOperand), Assuming(b.LeftOperand, false, () => LowerCondition(b.RightOperand))), b);
            }
        }
        // `if ((crc & 0x8000) != 0)` tests the integer's truth directly: `if crc & 32768:` is what MicroPython code says.
        if (condition is IBinaryOperation { OperatorMethod: null, IsLifted: false, OperatorKind: BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals } test
            && (IsIntegerZero(test.RightOperand) ? test.LeftOperand : IsIntegerZero(test.LeftOperand) ? test.RightOperand : null) is { } tested
            && KindOf(WithoutImplicitConversions(tested)).IsInteger())
        {
            var truth = Lower(tested);
            return At(test.OperatorKind == BinaryOperatorKind.NotEquals ? truth : new PyUnaryOp(PyUnaryOperator.Not, truth), test);
        }
        if (condition is IUnaryOperation { OperatorKind: UnaryOperatorKind.Not, OperatorMethod: null } not && KindOf(not) == ValueKind.Bool)
            return At(Not(LowerCondition(not.Operand)), not);
        return Lower(condition);
    }

    private static bool IsIntegerZero(IOperation operand) =>
        operand.ConstantValue is { HasValue: true, Value: { } v } && KindOf(operand).IsInteger() && Convert.ToDecimal(v, System.Globalization.CultureInfo.InvariantCulture) == 0;
}
