using McuSharp.Compiler.Lowering;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace McuSharp.Compiler.Diagnostics.Rules;

/// <summary>One check over the program's operations; it reports through <see cref="ProgramContext.Add"/>.</summary>
internal interface IDeviceRule
{
    void Visit(IOperation operation, ProgramContext context);
}

/// <summary>
/// Runs the compiler's own board and pitfall rules (one rule per file in this folder) over every operation of the
/// program's bodies and initializers, with the board profile of the compilation.
/// </summary>
internal static class DeviceRules
{
    private static readonly IDeviceRule[] All =
    [
        new UnboundedWaitRule(),
        new BusyWaitRule(),
        new MissingTimeoutRule(),
        new LiteralCredentialRule(),
        new UnclosedResourceRule(),
        new ConnectWhileInactiveRule(),
        new BoardLacksApiRule(),
        new RawWifiStatusRule(),
        new FloatOnIntegerBoardRule(),
    ];

    public static void Run(ProgramContext context)
    {
        foreach (var tree in context.Compilation.SyntaxTrees)
        {
            var model = context.ModelOf(tree);
            var roots = tree.GetRoot().DescendantNodes(n => !IsOperationRoot(n.Parent)).Where(n => IsOperationRoot(n));
            foreach (var root in roots)
            {
                if (model.GetOperation(root) is not { } operation) continue;
                foreach (var node in operation.DescendantsAndSelf())
                foreach (var rule in All)
                    rule.Visit(node, context);
            }
        }
    }

    private static bool IsOperationRoot(SyntaxNode? node) => node is Microsoft.CodeAnalysis.CSharp.Syntax.BaseMethodDeclarationSyntax
        or Microsoft.CodeAnalysis.CSharp.Syntax.AccessorDeclarationSyntax or Microsoft.CodeAnalysis.CSharp.Syntax.ArrowExpressionClauseSyntax
        or Microsoft.CodeAnalysis.CSharp.Syntax.EqualsValueClauseSyntax or Microsoft.CodeAnalysis.CSharp.Syntax.GlobalStatementSyntax;

    /// <summary>The outermost operation above <paramref name="operation"/>: the body of its method, accessor or initializer.</summary>
    public static IOperation Root(IOperation operation)
    {
        while (operation.Parent is { } parent) operation = parent;
        return operation;
    }

    /// <summary>Whether a symbol or its type carries the McuSharp.Interop attribute <paramref name="name"/>.</summary>
    public static bool Has(ISymbol? symbol, string name) => symbol is not null && FacadeCatalog.Attributes(symbol.OriginalDefinition, name).Any();

    /// <summary>The member an operation uses, or null.</summary>
    public static ISymbol? UsedMember(IOperation operation) => operation switch
    {
        IInvocationOperation i => i.TargetMethod,
        IPropertyReferenceOperation p => p.Property,
        IFieldReferenceOperation f => f.Field,
        IObjectCreationOperation c => c.Constructor,
        _ => null,
    };
}
