using McuSharp.Compiler.Lowering;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace McuSharp.Compiler.Diagnostics.Rules;

/// <summary>
/// MCU1006: a [MustClose] object (an HTTP <c>Response</c>, a <c>Socket</c>) that the method that gets it neither closes
/// (Close, Dispose, using) nor hands on (returns it, passes it, stores it in a field).
/// </summary>
internal sealed class UnclosedResourceRule : IDeviceRule
{
    public void Visit(IOperation operation, ProgramContext context)
    {
        if (operation is not (IInvocationOperation or IObjectCreationOperation) || !DeviceRules.Has(operation.Type, "MustCloseAttribute")) return;
        var parent = operation.Parent;
        while (parent is IConversionOperation) parent = parent.Parent;
        var handled = parent switch
        {
            IUsingOperation or IReturnOperation or IArgumentOperation => true,
            IInvocationOperation { TargetMethod.Name: "Close" or "Dispose" } => true,
            IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator } => IsUsingDeclaration(declarator) || ClosedOrHandedOn(declarator.Symbol, operation),
            ISimpleAssignmentOperation { Target: ILocalReferenceOperation local } => ClosedOrHandedOn(local.Local, operation),
            ISimpleAssignmentOperation => true, // stored in a field or property: its owner closes it
            _ => false,
        };
        if (!handled) context.Add(Diagnostic.Create(McuDiagnostics.UnclosedResource, operation.Syntax.GetLocation(), operation.Type!.Name));
    }

    private static bool IsUsingDeclaration(IOperation declarator)
    {
        for (var o = declarator.Parent; o is not null; o = o.Parent)
            if (o is IUsingDeclarationOperation or IUsingOperation) return true;
        return false;
    }

    private static bool ClosedOrHandedOn(ILocalSymbol local, IOperation origin) =>
        DeviceRules.Root(origin).DescendantsAndSelf().Any(o => o switch
        {
            IInvocationOperation { TargetMethod.Name: "Close" or "Dispose", Instance: ILocalReferenceOperation r } => Same(r, local),
            IReturnOperation { ReturnedValue: ILocalReferenceOperation r } => Same(r, local),
            IArgumentOperation { Value: ILocalReferenceOperation r } => Same(r, local),
            IArgumentOperation { Value: IConversionOperation { Operand: ILocalReferenceOperation r } } => Same(r, local),
            ISimpleAssignmentOperation { Value: ILocalReferenceOperation r, Target: not ILocalReferenceOperation } => Same(r, local),
            _ => false,
        });

    private static bool Same(ILocalReferenceOperation reference, ILocalSymbol local) => SymbolEqualityComparer.Default.Equals(reference.Local, local);
}
