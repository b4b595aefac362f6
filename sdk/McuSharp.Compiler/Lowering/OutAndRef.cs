using McuSharp.Compiler.Python;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace McuSharp.Compiler.Lowering;

/// <summary>
/// `out` and `ref` parameters. Python passes no references, so a method with out/ref parameters returns their final
/// values with its result: `return (result, a, b)` (a void method with one such parameter returns just its value),
/// and the call assigns them back: `ok, n = TryRead(s)`, or inside an expression
/// `((t := TryRead(s)), (n := t[1]), t[0])[2]`. A ref argument is passed in as well. `in` parameters are plain
/// values. Library methods with out parameters (int.TryParse, Dictionary.TryGetValue) follow the same shape through
/// runtime helpers that return the tuple.
/// </summary>
internal sealed partial class FunctionLowerer
{
    /// <summary>The out and ref parameters of the function being lowered, whose values its returns carry.</summary>
    private IReadOnlyList<IParameterSymbol> _returnedParameters = Array.Empty<IParameterSymbol>();

    private bool _returnsVoid;

    private static bool IsReturnedParameter(IParameterSymbol p) => p.RefKind is RefKind.Out or RefKind.Ref;

    /// <summary>What a `return` (or the end of the body) gives back: the result and the out/ref parameters' values.</summary>
    private PyExpr? ReturnValue(PyExpr? result)
    {
        if (_returnedParameters.Count == 0) return result;
        var values = _returnedParameters.Select(p => (PyExpr)LocalReference(p)).ToList();
        if (result is not null) values.Insert(0, result);
        return values.Count == 1 ? values[0] : new PyTuple(values);
    }

    /// <summary>The statement a void function with out/ref parameters ends with (a fall-through return).</summary>
    private PyStmt? FinalReturn() => _returnedParameters.Count > 0 && _returnsVoid ? new PyReturn(ReturnValue(null)) : null;

    /// <summary>
    /// A call whose out/ref arguments receive values: <paramref name="call"/> returns the result (when
    /// <paramref name="hasResult"/>) followed by the values for <paramref name="targets"/>, in order.
    /// </summary>
    private PyExpr LowerCallWithOuts(PyExpr call, bool hasResult, IReadOnlyList<IOperation> targets, SyntaxNode syntax)
    {
        var temp = NewTemp();
        var parts = new List<PyExpr> { new PyNamedExpr(temp, call) };
        var offset = hasResult ? 1 : 0;
        var single = !hasResult && targets.Count == 1;
        for (var i = 0; i < targets.Count; i++)
        {
            if (WithoutImplicitConversions(targets[i]) is IDiscardOperation) continue;
            if (OutTargetName(targets[i]) is not { } name)
                return Unsupported(targets[i].Syntax, "An out or ref argument that is not a local variable, inside an expression", "call the method in a statement of its own, or use a local variable");
            parts.Add(new PyNamedExpr(name, single ? temp : new PySubscript(temp, Int(i + offset))));
        }
        if (hasResult) parts.Add(new PySubscript(temp, Int(0)));
        else parts.Add(PyConst.None);
        return new PySubscript(new PyTuple(parts), Int(parts.Count - 1));
    }

    /// <summary>The same call as a statement: `result, a, b = F(...)`, with any place as a target.</summary>
    private IEnumerable<PyStmt> LowerCallWithOutsStatement(PyExpr call, bool hasResult, IReadOnlyList<IOperation> targets, IOperation origin, PyExpr? resultTarget = null)
    {
        var statements = new List<PyStmt>();
        var names = new List<PyExpr>();
        if (hasResult) names.Add(resultTarget ?? NewTemp());
        foreach (var target in targets)
        {
            var place = WithoutImplicitConversions(target) switch
            {
                IDiscardOperation => NewTemp(),
                IDeclarationExpressionOperation { Expression: ILocalReferenceOperation local } => LocalReference(local.Local),
                ILocalReferenceOperation local => LocalReference(local.Local),
                var other => LowerPlace(other, statements, evaluateOnce: true)?.Target,
            };
            if (place is null) return statements;
            names.Add(place);
        }
        statements.Add(At(names.Count == 1 ? new PyAssign(names[0], call) : new PyAssign(new PyTuple(names), call), origin));
        return statements;
    }

    private PyName? OutTargetName(IOperation target) => WithoutImplicitConversions(target) switch
    {
        IDeclarationExpressionOperation { Expression: ILocalReferenceOperation local } => LocalReference(local.Local),
        ILocalReferenceOperation local => LocalReference(local.Local),
        IParameterReferenceOperation parameter => LocalReference(parameter.Parameter),
        _ => null,
    };

    /// <summary>The out and ref arguments of a call of one of the program's methods, in parameter order.</summary>
    private static List<IOperation> ReturnedArguments(IReadOnlyList<IArgumentOperation> arguments) =>
        arguments.Where(a => a.Parameter is { } p && IsReturnedParameter(p)).OrderBy(a => a.Parameter!.Ordinal).Select(a => a.Value).ToList();

    /// <summary>Whether a call passes out/ref arguments (to one of the program's methods, or to a library method McuSharp handles).</summary>
    private static bool HasReturnedArguments(IInvocationOperation invocation) =>
        invocation.Arguments.Any(a => a.Parameter is { } p && IsReturnedParameter(p));

    /// <summary>
    /// A call with out/ref arguments used as a statement (or assigned to a name): the tuple assignment form.
    /// Returns null when the call has none.
    /// </summary>
    private IEnumerable<PyStmt>? LowerOutCallStatement(IOperation value, IOperation origin, PyExpr? resultTarget)
    {
        if (WithoutImplicitConversions(value) is not IInvocationOperation invocation || !HasReturnedArguments(invocation)) return null;
        if (OutCall(invocation) is not { } call) return null;
        return LowerCallWithOutsStatement(call.Call, call.HasResult, call.Targets, origin, resultTarget);
    }

    /// <summary>The Python call for an invocation with out/ref arguments, and what it returns.</summary>
    private (PyExpr Call, bool HasResult, List<IOperation> Targets)? OutCall(IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod;
        var targets = ReturnedArguments(invocation.Arguments);
        if (method.DeclaringSyntaxReferences.Length > 0)
        {
            var passed = invocation.Arguments.Where(a => a.Parameter?.RefKind != RefKind.Out).ToList();
            PyExpr function = method.IsStatic ? new PyName(_context.Names.GlobalName(method) ?? method.Name) : new PyAttribute(LowerInstanceReceiver(invocation.Instance), _context.Members.Of(method));
            return (LowerUserCall(function, method, passed), !method.ReturnsVoid, targets);
        }
        if (LibraryOutCall(invocation) is { } library) return (library, !method.ReturnsVoid, targets);
        UnsupportedMember(invocation, method, "McuSharp has no translation for it yet");
        return null;
    }

    /// <summary>A call with out/ref arguments as a value.</summary>
    private PyExpr LowerOutCallExpression(IInvocationOperation invocation)
    {
        if (OutCall(invocation) is not { } call) return PyConst.None;
        return LowerCallWithOuts(call.Call, call.HasResult, call.Targets, invocation.Syntax);
    }

    /// <summary>Library methods with out parameters, as helpers that return (result, value).</summary>
    private PyExpr? LibraryOutCall(IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod;
        var arguments = ArgumentsInParameterOrder(invocation.Arguments);
        switch (method.ContainingType.Name, method.Name, arguments.Count)
        {
            case ("SByte" or "Byte" or "Int16" or "UInt16" or "Int32" or "UInt32" or "Int64" or "UInt64", "TryParse", 2) when KindOf(arguments[0]) == ValueKind.String:
                var range = ValueKinds.Of(method.Parameters[1].Type).Range();
                return Call(Helper("_try_parse_int"), Lower(arguments[0]), Int(range.Lo), Int(range.Hi));
            case ("Dictionary", "TryGetValue", 2):
                var valueType = ((INamedTypeSymbol)invocation.Instance!.Type!).TypeArguments[1];
                return Call(Helper("_try_get"), Lower(invocation.Instance!), DictionaryKey(arguments[0]), DefaultValue(valueType, invocation.Syntax));
            default:
                return null;
        }
    }
}
