using McuSharp.Compiler.Diagnostics;
using McuSharp.Compiler.Python;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace McuSharp.Compiler.Lowering;

/// <summary>
/// Multicast delegates and field-like events. `a + b`, `d += h` and `d -= h` on delegates are Delegate.Combine and
/// Remove (`_dcombine`, `_dremove` in Runtime/delegates.py): a combined delegate calls its list in order and returns
/// the last value; removing takes out the last occurrence of the removed list; null is the empty list. An instance
/// event declared like a field (`public event Action&lt;int&gt; Changed;`) is that delegate stored in the object, null
/// until a handler is added: `Changed?.Invoke(x)` calls it, `obj.Changed += h` combines.
/// </summary>
internal sealed partial class FunctionLowerer
{
    private PyExpr LowerEventReference(IEventReferenceOperation reference) =>
        new PyAttribute(LowerInstanceReceiver(reference.Instance), _context.Members.Of(reference.Event));

    /// <summary>`a + b` or `a - b` of two delegates.</summary>
    private PyExpr LowerDelegateBinary(IBinaryOperation binary) => binary.OperatorKind switch
    {
        BinaryOperatorKind.Add => Call(Helper("_dcombine"), Lower(binary.LeftOperand), Lower(binary.RightOperand)),
        BinaryOperatorKind.Subtract => Call(Helper("_dremove"), Lower(binary.LeftOperand), Lower(binary.RightOperand)),
        _ => Unsupported(binary.Syntax, "This delegate operator", "delegates combine with + and -"),
    };

    /// <summary>`d += h` / `d -= h` on a delegate variable, field or property: the combined delegate stored back.</summary>
    private IEnumerable<PyStmt> LowerDelegateCompound(ICompoundAssignmentOperation compound)
    {
        var statements = new List<PyStmt>();
        if (LowerPlace(compound.Target, statements) is not { } place) return statements;
        var helper = compound.OperatorKind == BinaryOperatorKind.Add ? "_dcombine" : "_dremove";
        statements.Add(At(new PyAssign(place.Target, Call(Helper(helper), place.Read, Lower(compound.Value))), compound));
        return statements;
    }

    /// <summary>`obj.Changed += h` / `-= h` on a field-like event.</summary>
    private IEnumerable<PyStmt> LowerEventAssignment(IEventAssignmentOperation assignment)
    {
        var statements = new List<PyStmt>();
        if (assignment.EventReference is not IEventReferenceOperation reference)
        {
            Unsupported(assignment.Syntax, "This event", "it could not be translated");
            return statements;
        }
        var receiver = LowerInstanceReceiver(reference.Instance);
        if (receiver is not PyName)
        {
            var temp = NewTemp();
            statements.Add(At(new PyAssign(temp, receiver), assignment));
            receiver = temp;
        }
        var stored = new PyAttribute(receiver, _context.Members.Of(reference.Event));
        var helper = assignment.Adds ? "_dcombine" : "_dremove";
        statements.Add(At(new PyAssign(stored, Call(Helper(helper), stored, Lower(assignment.HandlerValue))), assignment));
        return statements;
    }

    private PyExpr RefuseDelegateCompoundInExpression(IOperation operation) =>
        Refuse(McuDiagnostics.MulticastDelegate, operation.Syntax, "Combining delegates with += or -= inside an expression is not supported; make it a statement of its own");
}
