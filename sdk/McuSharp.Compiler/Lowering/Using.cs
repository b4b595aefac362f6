using McuSharp.Compiler.Python;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace McuSharp.Compiler.Lowering;

/// <summary>
/// `using (var r = ...) body` and `using var r = ...;` (which covers the rest of its block): each resource is
/// assigned, then `try: ... finally: if r is not None: r.Dispose()` (no test for a `new` object), one try per resource so that the ones already
/// made are disposed when a later one throws, last first, as C# does. A resource is one of the program's types (its
/// Dispose, or the one implementing IDisposable.Dispose) or a façade type whose Dispose is bound (Socket,
/// Response: their template, `s.close()`); other library types are refused.
/// </summary>
internal sealed partial class FunctionLowerer
{
    /// <summary>One resource of a using: the statements that make it, the value to dispose, its type, and whether it can be null.</summary>
    private sealed record UsingResource(Action<List<PyStmt>> Acquire, PyExpr Value, ITypeSymbol Type, bool NeverNull);

    private void LowerUsing(IOperation resources, IReadOnlyList<IOperation> body, IOperation origin, List<PyStmt> output)
    {
        var acquisitions = new List<UsingResource>();
        if (resources is IVariableDeclarationGroupOperation group)
        {
            foreach (var declaration in group.Declarations)
            foreach (var declarator in declaration.Declarators)
                acquisitions.Add(new UsingResource(into => LowerLocalDeclaration(declarator, declaration.Initializer, into), VariableRead(declarator.Symbol), declarator.Symbol.Type,
                    WithoutImplicitConversions((declarator.Initializer ?? declaration.Initializer)?.Value ?? resources) is IObjectCreationOperation));
        }
        else
        {
            var temp = NewTemp();
            acquisitions.Add(new UsingResource(into => into.Add(At(new PyAssign(temp, Lower(resources)), resources)), temp, resources.Type!, WithoutImplicitConversions(resources) is IObjectCreationOperation));
        }
        if (acquisitions.FirstOrDefault(a => DisposalOf(a.Value, a.Type) is null) is { Type: { } refused })
        {
            Unsupported(origin.Syntax, $"A using statement on {refused.ToDisplayString()}", "McuSharp disposes the program's own IDisposable types and the façades' (Socket, Response); call the cleanup yourself in a try/finally");
            return;
        }
        output.AddRange(Guarded(acquisitions, 0, body, origin));
    }

    /// <summary>The resources from <paramref name="index"/> on, each acquired and then guarded by a try around the rest.</summary>
    private List<PyStmt> Guarded(List<UsingResource> acquisitions, int index, IReadOnlyList<IOperation> body, IOperation origin)
    {
        var statements = new List<PyStmt>();
        if (index == acquisitions.Count)
        {
            foreach (var statement in body) LowerStatement(statement, statements);
            if (statements.Count == 0) statements.Add(new PyPass());
            return statements;
        }
        var (acquire, resource, type, neverNull) = acquisitions[index];
        acquire(statements);
        var inner = Guarded(acquisitions, index + 1, body, origin);
        var dispose = new PyExprStmt(DisposalOf(resource, type)!);
        PyStmt cleanup = type.IsValueType || neverNull ? dispose : new PyIf(new PyCompare(resource, PyCompareOperator.IsNot, PyConst.None), new List<PyStmt> { dispose }, Array.Empty<PyStmt>()) { OneLine = true };
        statements.Add(At(new PyTry(inner, Array.Empty<PyExceptHandler>(), Array.Empty<PyStmt>(), new[] { At(cleanup, origin) }), origin));
        return statements;
    }

    /// <summary>The call that disposes <paramref name="resource"/>, or null when McuSharp cannot dispose its type.</summary>
    private PyExpr? DisposalOf(PyExpr resource, ITypeSymbol type)
    {
        var dispose = type.GetMembers("Dispose").OfType<IMethodSymbol>().FirstOrDefault(m => m.Parameters.Length == 0);
        if (dispose is not null && Facades.Of(dispose) is { Template: { } template }) return SubstituteThis(ResolveNames(template), resource);
        if (!IsUserType(type)) return null;
        var disposable = _context.Compilation.GetSpecialType(SpecialType.System_IDisposable).GetMembers("Dispose").OfType<IMethodSymbol>().FirstOrDefault();
        var implementation = (disposable is null ? null : type.FindImplementationForInterfaceMember(disposable) as IMethodSymbol) ?? dispose;
        return implementation is null || implementation.DeclaringSyntaxReferences.Length == 0 ? null : Method(resource, _context.Members.Of(implementation));
    }
}
