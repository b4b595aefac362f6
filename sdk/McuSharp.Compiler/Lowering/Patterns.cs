using McuSharp.Compiler.Python;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace McuSharp.Compiler.Lowering;

/// <summary>
/// Patterns (`is`, and the arms of switch expressions): each becomes a Python condition on a subject that is
/// evaluated once. Type patterns test isinstance, constants compare with ==, relational patterns compare,
/// `not`/`and`/`or` combine, property patterns test the members, and a designation binds the subject where the
/// test passes (with :=, so that the name is set before the code that uses it).
/// </summary>
internal sealed partial class FunctionLowerer
{
    /// <summary>
    /// A switch expression: the subject evaluated once, then each arm's test (pattern, then `when` guard) in order,
    /// the first that passes giving the value; no match throws as .NET does.
    /// </summary>
    private PyExpr LowerSwitchExpression(ISwitchExpressionOperation switchExpression)
    {
        var subject = Lower(switchExpression.Value);
        PyExpr? setup = null;
        if (subject is not (PyName or PyConst))
        {
            var temp = NewTemp();
            setup = new PyNamedExpr(temp, subject);
            subject = temp;
        }
        PyExpr result = Call(Helper("_no_match"), subject);
        foreach (var arm in switchExpression.Arms.Reverse())
        {
            var test = Test(subject, subject, switchExpression.Value.Type, arm.Pattern);
            if (arm.Guard is { } guard) test = test is PyConst { Value: true } ? LowerCondition(guard) : new PyBoolOp(PyBoolOperator.And, test, LowerCondition(guard));
            var value = LowerStored(arm.Value, switchExpression.Type);
            result = test is PyConst { Value: true } ? value : new PyIfExp(test, value, result);
        }
        return setup is null ? result : new PySubscript(new PyTuple(new[] { setup, result }), Int(1));
    }

    private PyExpr LowerIsPattern(IIsPatternOperation pattern)
    {
        var subject = Lower(pattern.Value);
        return PatternTest(subject, pattern.Value.Type, pattern.Pattern, firstUse: true).Test;
    }

    /// <summary>
    /// The condition under which <paramref name="subject"/> (of type <paramref name="inputType"/>) matches the
    /// pattern. When <paramref name="firstUse"/> and the subject is not a plain name, its first evaluation goes into
    /// a temporary that the rest of the test reads; <c>Subject</c> is what later code must read.
    /// </summary>
    private (PyExpr Test, PyExpr Subject) PatternTest(PyExpr subject, ITypeSymbol? inputType, IPatternOperation pattern, bool firstUse)
    {
        PyExpr first = subject, again = subject;
        if (firstUse && subject is not (PyName or PyConst))
        {
            var temp = NewTemp();
            first = new PyNamedExpr(temp, subject);
            again = temp;
        }
        return (Test(first, again, inputType, pattern), again);
    }

    /// <summary>One pattern's test: <paramref name="first"/> is the subject's first use in the test, <paramref name="again"/> every later one.</summary>
    private PyExpr Test(PyExpr first, PyExpr again, ITypeSymbol? inputType, IPatternOperation pattern)
    {
        switch (pattern)
        {
            case IDiscardPatternOperation:
                return PyConst.True;
            case IDeclarationPatternOperation declaration:
            {
                var bound = declaration.DeclaredSymbol is ILocalSymbol local ? new PyNamedExpr(LocalReference(local), first) : first;
                if (declaration.MatchesNull) return new PyBoolOp(PyBoolOperator.Or, new PyCompare(bound, PyCompareOperator.Is, PyConst.None), PyConst.True);
                return declaration.MatchedType is { } declared ? TypeCheck(bound, inputType, declared, pattern.Syntax) : PyConst.True;
            }
            case ITypePatternOperation typePattern:
                return TypeCheck(first, inputType, typePattern.MatchedType, pattern.Syntax);
            case IConstantPatternOperation { Value: var constant }:
                if (constant.ConstantValue is { HasValue: true, Value: null }) return new PyCompare(first, PyCompareOperator.Is, PyConst.None);
                if (inputType?.SpecialType == SpecialType.System_Object || inputType?.TypeKind == TypeKind.Interface)
                    return Unsupported(pattern.Syntax, "A constant pattern on an object", "the device cannot tell boxed number types apart; test a typed value");
                return new PyCompare(first, PyCompareOperator.Eq, LowerConverted(constant, inputType));
            case IRelationalPatternOperation relational:
            {
                var op = relational.OperatorKind switch
                {
                    BinaryOperatorKind.LessThan => PyCompareOperator.Lt,
                    BinaryOperatorKind.LessThanOrEqual => PyCompareOperator.LtE,
                    BinaryOperatorKind.GreaterThan => PyCompareOperator.Gt,
                    _ => PyCompareOperator.GtE,
                };
                if (inputType?.SpecialType == SpecialType.System_Object || inputType?.TypeKind == TypeKind.Interface)
                    return Unsupported(pattern.Syntax, "A relational pattern on an object", "the device cannot tell boxed number types apart; test a typed value");
                return new PyCompare(first, op, LowerConverted(relational.Value, inputType));
            }
            case INegatedPatternOperation negated:
                return Not(Test(first, again, inputType, negated.Pattern));
            case IBinaryPatternOperation binary:
            {
                var left = Test(first, again, inputType, binary.LeftPattern);
                // `A or B` tries B when A failed, on the input as it came; `A and B` tries B on what A narrowed it to.
                var rightInput = binary.OperatorKind == BinaryOperatorKind.Or ? inputType : binary.LeftPattern.NarrowedType ?? inputType;
                var right = Test(again, again, rightInput, binary.RightPattern);
                return new PyBoolOp(binary.OperatorKind == BinaryOperatorKind.Or ? PyBoolOperator.Or : PyBoolOperator.And, left, right);
            }
            case IRecursivePatternOperation recursive:
            {
                var parts = new List<PyExpr>();
                var subject = recursive.DeclaredSymbol is ILocalSymbol local ? new PyNamedExpr(LocalReference(local), first) : first;
                var matched = recursive.MatchedType ?? inputType;
                parts.Add(SymbolEqualityComparer.Default.Equals(matched, inputType) && inputType?.IsValueType == true
                    ? PyConst.True
                    : TypeCheck(subject, inputType, matched!, pattern.Syntax));
                if (recursive.DeconstructionSubpatterns.Length > 0)
                    return Unsupported(pattern.Syntax, "A positional pattern", "test the members with a property pattern { X: ... }");
                foreach (var property in recursive.PropertySubpatterns)
                {
                    if (property.Member is not IPropertyReferenceOperation and not IFieldReferenceOperation || property.Member is IMemberReferenceOperation { Instance: not IInstanceReferenceOperation })
                        return Unsupported(property.Syntax, "This property pattern", "name one property or field of the object");
                    var member = ((IMemberReferenceOperation)property.Member).Member;
                    var memberType = member is IPropertySymbol p ? p.Type : ((IFieldSymbol)member).Type;
                    var value = MemberOfSubject(again, member, property.Syntax);
                    parts.Add(Test(value, value, memberType, property.Pattern));
                }
                return parts.Count == 1 ? parts[0] : new PyBoolOp(PyBoolOperator.And, parts.Where(p => p is not PyConst { Value: true }).DefaultIfEmpty(PyConst.True).ToList());
            }
            default:
                return Unsupported(pattern.Syntax, "This pattern", "it has no MicroPython translation yet");
        }
    }

    /// <summary>The subject's member in a property pattern: an attribute of a program object, `len` of a string.</summary>
    private PyExpr MemberOfSubject(PyExpr subject, ISymbol member, SyntaxNode syntax)
    {
        if (member.DeclaringSyntaxReferences.Length > 0) return new PyAttribute(subject, _context.Members.Of(member));
        if (member is IPropertySymbol { Name: "Length" or "Count" } && member.ContainingType.SpecialType == SpecialType.System_String || member.ContainingType.Name is "List" or "Dictionary")
            return Call(new PyName("len"), subject);
        return Unsupported(syntax, $"The property pattern on {member.ToDisplayString()}", "test the program's own properties and fields, or Length/Count");
    }

    /// <summary>
    /// That the subject is a <paramref name="matched"/>: isinstance, or only "not null" when the input's type already
    /// is one (`s is string t` on a string).
    /// </summary>
    private PyExpr TypeCheck(PyExpr subject, ITypeSymbol? inputType, ITypeSymbol matched, SyntaxNode syntax)
    {
        if (inputType is not null && _context.Compilation.ClassifyCommonConversion(inputType, matched) is { IsIdentity: true } or { IsImplicit: true, IsReference: true })
            return new PyCompare(subject, PyCompareOperator.IsNot, PyConst.None); // a value type is never None: this binds and is true
        if (TypeTestClass(matched) is not { } cls) return Unsupported(syntax, $"A type test against {matched.ToDisplayString()}", "the device can test for the program's classes, string and the exception types");
        return Call(new PyName("isinstance"), subject, cls);
    }
}
