using McuSharp.Compiler.Lowering;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace McuSharp.Compiler.Diagnostics.Rules;

/// <summary>
/// MCU1007: <c>wlan.Connect(...)</c> ([RequiresActive]) on a local interface whose [Activates] property
/// (<c>Active</c>) is not set earlier in the method. Interfaces passed in as parameters or kept in fields are not judged.
/// </summary>
internal sealed class ConnectWhileInactiveRule : IDeviceRule
{
    public void Visit(IOperation operation, ProgramContext context)
    {
        if (operation is not IInvocationOperation { Instance: ILocalReferenceOperation { Local: var local } } call || !DeviceRules.Has(call.TargetMethod, "RequiresActiveAttribute")) return;
        var activates = call.TargetMethod.ContainingType.GetMembers().OfType<IPropertySymbol>().FirstOrDefault(p => DeviceRules.Has(p, "ActivatesAttribute"));
        if (activates is null) return;
        var activated = DeviceRules.Root(call).DescendantsAndSelf().OfType<ISimpleAssignmentOperation>().Any(a =>
            a.Target is IPropertyReferenceOperation { Instance: ILocalReferenceOperation r } p
            && SymbolEqualityComparer.Default.Equals(p.Property.OriginalDefinition, activates)
            && SymbolEqualityComparer.Default.Equals(r.Local, local)
            && a.Syntax.SpanStart < call.Syntax.SpanStart);
        if (!activated)
            context.Add(Diagnostic.Create(McuDiagnostics.ConnectWhileInactive, call.Syntax.GetLocation(), local.Name, call.TargetMethod.Name, activates.Name));
    }
}
