using McuSharp.Compiler.Python;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace McuSharp.Compiler.Lowering;

/// <summary>
/// Tuples are Python tuples: `(a, b)` builds one, `t.Item2` (or a named element) indexes it, deconstruction
/// `(x, y) = ...` and `foreach (var (k, v) in ...)` are Python's tuple assignment (the right side is evaluated
/// before any target is written, which makes `(a, b) = (b, a)` a swap as in C#). Tuples print as .NET prints them,
/// "(1, True)". An element cannot be assigned on its own (a Python tuple cannot change): that is refused.
/// </summary>
internal sealed partial class FunctionLowerer
{
    private PyExpr LowerTuple(ITupleOperation tuple)
    {
        if (tuple.Elements.Length > 7) return Unsupported(tuple.Syntax, "A tuple of more than 7 elements", "group the values in a class or struct");
        var types = (tuple.Type as INamedTypeSymbol)?.TupleElements.Select(e => e.Type).ToList();
        return new PyTuple(tuple.Elements.Select((e, i) => LowerStored(e, types is not null && i < types.Count ? types[i] : e.Type)).ToList());
    }

    /// <summary>The index of a tuple element (`Item2` or a name given to it), or null for any other field.</summary>
    private static int? TupleElementIndex(IFieldSymbol field)
    {
        if (field.ContainingType is not { IsTupleType: true } tupleType) return null;
        var element = field.CorrespondingTupleField ?? field;
        for (var i = 0; i < tupleType.TupleElements.Length; i++)
            if (SymbolEqualityComparer.Default.Equals(tupleType.TupleElements[i], element)) return i;
        return element.Name.StartsWith("Item", StringComparison.Ordinal) && int.TryParse(element.Name[4..], out var n) ? n - 1 : null;
    }

    private PyExpr LowerTupleElement(IFieldReferenceOperation field, int index) =>
        new PySubscript(Lower(field.Instance!), Int(index));

    /// <summary>`(x, y) = value` or `var (x, y) = value`: one Python tuple assignment.</summary>
    private IEnumerable<PyStmt> LowerDeconstructionStatement(IDeconstructionAssignmentOperation assignment)
    {
        var statements = new List<PyStmt>();
        var target = DeconstructionTarget(assignment.Target, statements);
        if (target is null) return statements;
        if (assignment.Value.Type is not INamedTypeSymbol { IsTupleType: true })
        {
            Unsupported(assignment.Value.Syntax, $"Deconstructing a {assignment.Value.Type?.ToDisplayString()}", "deconstruct tuples; give the type a method that returns a tuple");
            return statements;
        }
        statements.Add(At(new PyAssign(target, Lower(assignment.Value)), assignment));
        return statements;
    }

    /// <summary>The Python target for a deconstruction's left side: a (nested) tuple of places, names for new variables.</summary>
    private PyExpr? DeconstructionTarget(IOperation target, List<PyStmt> prelude)
    {
        switch (target)
        {
            case IDeclarationExpressionOperation declaration:
                return DeconstructionTarget(declaration.Expression, prelude);
            case ITupleOperation tuple:
            {
                var parts = new List<PyExpr>();
                foreach (var element in tuple.Elements)
                {
                    if (DeconstructionTarget(element, prelude) is not { } part) return null;
                    parts.Add(part);
                }
                return new PyTuple(parts);
            }
            case IDiscardOperation:
                return NewTemp();
            case ILocalReferenceOperation { IsDeclaration: true } local:
                return LocalReference(local.Local);
            default:
                return LowerPlace(target, prelude, evaluateOnce: true) is { } place ? place.Target : null;
        }
    }

    /// <summary>A tuple as .NET prints it: "(" + each element's text, separated by ", " + ")".</summary>
    private PyExpr StringifyTuple(PyExpr value, INamedTypeSymbol tupleType, IOperation origin)
    {
        var (first, again) = TwoUses(value);
        var parts = new List<PyExpr> { Str("(") };
        for (var i = 0; i < tupleType.TupleElements.Length; i++)
        {
            if (i > 0) parts.Add(Str(", "));
            parts.Add(StringifyValue(new PySubscript(i == 0 ? first : again, Int(i)), tupleType.TupleElements[i].Type, origin));
        }
        parts.Add(Str(")"));
        return ConcatenateStrings(parts);
    }

    /// <summary>`t1 == t2` on tuples: element by element with each element type's ==, all of them for == and any difference for !=.</summary>
    private PyExpr LowerTupleComparison(ITupleBinaryOperation comparison)
    {
        var leftType = (INamedTypeSymbol)comparison.LeftOperand.Type!;
        var (leftFirst, leftAgain) = TwoUses(Lower(comparison.LeftOperand));
        var (rightFirst, rightAgain) = TwoUses(Lower(comparison.RightOperand));
        var tests = new List<PyExpr>();
        for (var i = 0; i < leftType.TupleElements.Length; i++)
        {
            var elementType = leftType.TupleElements[i].Type;
            var op = elementType.IsReferenceType && elementType.SpecialType != SpecialType.System_String ? PyCompareOperator.Is : PyCompareOperator.Eq;
            tests.Add(new PyCompare(new PySubscript(i == 0 ? leftFirst : leftAgain, Int(i)), op, new PySubscript(i == 0 ? rightFirst : rightAgain, Int(i))));
        }
        PyExpr all = tests.Count == 1 ? tests[0] : new PyBoolOp(PyBoolOperator.And, tests);
        return comparison.OperatorKind == BinaryOperatorKind.Equals ? all : new PyUnaryOp(PyUnaryOperator.Not, all);
    }
}
