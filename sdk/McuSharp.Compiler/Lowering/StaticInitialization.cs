using McuSharp.Compiler.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace McuSharp.Compiler.Lowering;

/// <summary>
/// .NET runs a class's static initializers and static constructor when the class is first used; the device runs
/// them all once, before Main. The two agree unless the initialization can tell when it runs: it prints, changes
/// another class's static fields, or reads one that other code changes. Such initialization is refused (MCU0010)
/// rather than run at a different moment.
/// </summary>
internal static class StaticInitialization
{
    /// <param name="initializers">Each class's static field initializers and static constructor bodies.</param>
    public static void Check(ProgramContext context, IReadOnlyList<(INamedTypeSymbol Type, SyntaxNode Code)> initializers, IEnumerable<IOperation> allBodies)
    {
        var initializing = new HashSet<SyntaxNode>(initializers.Select(i => i.Code));
        // Static fields that code outside their own class's initialization writes.
        var changedLater = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        foreach (var body in allBodies)
        {
            var ownerInitialization = initializers.FirstOrDefault(i => i.Code.Contains(body.Syntax));
            // A write of the field, or a change through it (a call on the object it holds, an element written).
            foreach (var field in body.DescendantsAndSelf().OfType<IMemberReferenceOperation>().Where(r => IsStaticFieldWrite(r) || IsChangeThrough(r)))
                if (ownerInitialization.Type is null || !SymbolEqualityComparer.Default.Equals(ownerInitialization.Type, field.Member.ContainingType))
                    changedLater.Add(field.Member.OriginalDefinition);
        }
        foreach (var (type, code) in initializers)
        {
            if (Reachable(context, code).Select(o => Problem(o, type, changedLater)).FirstOrDefault(p => p is not null) is { } problem)
                context.Report(McuDiagnostics.StaticInitializationTiming, code is ConstructorDeclarationSyntax ctor ? ctor.Identifier.Parent : code, problem);
        }
    }

    private static bool IsStaticFieldWrite(IMemberReferenceOperation reference) =>
        reference.Member is IFieldSymbol { IsStatic: true } or IPropertySymbol { IsStatic: true }
        && reference.Member.DeclaringSyntaxReferences.Length > 0
        && (reference.Parent is IAssignmentOperation a && a.Target == reference || reference.Parent is IIncrementOrDecrementOperation);

    /// <summary>A static field whose object is used in a way that may change it: a method called on it, an element written.</summary>
    private static bool IsChangeThrough(IMemberReferenceOperation reference) =>
        reference.Member is IFieldSymbol { IsStatic: true, Type.IsReferenceType: true, Type.SpecialType: not SpecialType.System_String }
        && reference.Member.DeclaringSyntaxReferences.Length > 0
        && (reference.Parent is IInvocationOperation { Instance: var instance } && instance == reference
            || reference.Parent is IArrayElementReferenceOperation or IPropertyReferenceOperation { Property.IsIndexer: true } && reference.Parent.Parent is IAssignmentOperation or IIncrementOrDecrementOperation);

    /// <summary>Why an operation makes initialization timing visible, or null.</summary>
    private static string? Problem(IOperation operation, INamedTypeSymbol owner, HashSet<ISymbol> changedLater) => operation switch
    {
        IInvocationOperation { TargetMethod.ContainingType: { Name: "Console", ContainingNamespace.Name: "System" } } => "it writes to the console",
        IMemberReferenceOperation reference when reference.Member is IFieldSymbol { IsStatic: true } or IPropertySymbol { IsStatic: true }
            && reference.Member.DeclaringSyntaxReferences.Length > 0 && !SymbolEqualityComparer.Default.Equals(reference.Member.ContainingType.OriginalDefinition, owner.OriginalDefinition) =>
            IsStaticFieldWrite(reference) ? $"it changes {reference.Member.ContainingType.Name}.{reference.Member.Name}"
            : changedLater.Contains(reference.Member.OriginalDefinition) ? $"it reads {reference.Member.ContainingType.Name}.{reference.Member.Name}, which other code changes" : null,
        _ => null,
    };

    /// <summary>Every operation the initialization runs: its own code and the program's methods and constructors it calls.</summary>
    private static IEnumerable<IOperation> Reachable(ProgramContext context, SyntaxNode code)
    {
        var seen = new HashSet<SyntaxNode>();
        var pending = new Stack<SyntaxNode>(new[] { code });
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            if (!seen.Add(node) || context.ModelOf(node.SyntaxTree).GetOperation(node) is not { } operation) continue;
            foreach (var op in operation.DescendantsAndSelf())
            {
                yield return op;
                var callee = op switch
                {
                    IInvocationOperation i => i.TargetMethod,
                    IObjectCreationOperation c => c.Constructor,
                    IPropertyReferenceOperation p => p.Property.GetMethod,
                    _ => null,
                };
                if (callee is null) continue;
                foreach (var reference in callee.OriginalDefinition.DeclaringSyntaxReferences) pending.Push(reference.GetSyntax());
            }
        }
    }
}
