using McuSharp.Compiler.Python;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace McuSharp.Compiler.Lowering;

/// <summary>
/// switch statements become an if/elif chain over the value, evaluated once; pattern labels test as in Patterns.cs. A section's trailing `break` is
/// dropped; `continue` and `return` keep their meaning.
/// </summary>
internal sealed partial class FunctionLowerer
{
    private void LowerSwitch(ISwitchOperation switchOperation, List<PyStmt> output)
    {
        var value = WithoutImplicitConversions(switchOperation.Value);
        PyExpr subject;
        if (value is ILocalReferenceOperation or IParameterReferenceOperation || value.ConstantValue.HasValue)
        {
            subject = Lower(value);
        }
        else
        {
            subject = NewTemp();
            output.Add(At(new PyAssign(subject, Lower(value)), switchOperation.Value));
        }

        PyStmt? chain = null;
        List<PyStmt>? defaultBody = null;
        var branches = new List<(PyExpr Test, List<PyStmt> Body, IOperation Origin)>();
        var before = CaptureFacts();
        foreach (var section in switchOperation.Cases)
        {
            RestoreFacts(before); // each section starts from the facts before the switch
            var body = LowerSwitchSection(section, switchOperation);
            var tests = new List<PyExpr>();
            var isDefault = false;
            foreach (var clause in section.Clauses)
            {
                switch (clause)
                {
                    case IDefaultCaseClauseOperation:
                        isDefault = true;
                        break;
                    case ISingleValueCaseClauseOperation single:
                        tests.Add(SwitchEquals(subject, value, single.Value));
                        break;
                    case IPatternCaseClauseOperation patternClause:
                    {
                        var test = Test(subject, subject, value.Type, patternClause.Pattern);
                        if (patternClause.Guard is { } guard) test = test is PyConst { Value: true } ? LowerCondition(guard) : new PyBoolOp(PyBoolOperator.And, test, LowerCondition(guard));
                        tests.Add(test);
                        break;
                    }
                    default:
                        Unsupported(clause.Syntax, "This case label", "use a constant or a pattern");
                        break;
                }
            }
            if (isDefault) defaultBody = body;
            else if (tests.Count > 0) branches.Add((tests.Count == 1 ? tests[0] : new PyBoolOp(PyBoolOperator.Or, tests), body, section));
        }
        // The default section runs only when no case matches, wherever it is written.
        var orElse = (IReadOnlyList<PyStmt>)(defaultBody ?? new List<PyStmt>());
        for (var i = branches.Count - 1; i >= 0; i--)
        {
            chain = At(new PyIf(branches[i].Test, branches[i].Body, orElse), branches[i].Origin);
            orElse = new[] { chain };
        }
        if (chain is not null) output.Add(chain);
        else output.AddRange(orElse);
    }

    private PyExpr SwitchEquals(PyExpr subject, IOperation value, IOperation label)
    {
        // Case labels of a char switch compare as one-character strings, like the subject.
        return new PyCompare(subject, PyCompareOperator.Eq, LowerConverted(label, value.Type));
    }

    private List<PyStmt> LowerSwitchSection(ISwitchCaseOperation section, ISwitchOperation switchOperation)
    {
        var statements = section.Body.ToList();
        // C# requires every section to end in a jump; the trailing break only leaves the switch.
        if (statements.Count > 0 && statements[^1] is IBranchOperation { BranchKind: BranchKind.Break } last
            && SymbolEqualityComparer.Default.Equals(last.Target, switchOperation.ExitLabel))
            statements.RemoveAt(statements.Count - 1);
        _branchFrames.Push(new BranchFrame(null, switchOperation.ExitLabel, null, IsSwitch: true));
        try
        {
            var output = new List<PyStmt>();
            foreach (var statement in statements) LowerStatement(statement, output);
            return output;
        }
        finally { _branchFrames.Pop(); }
    }
}
