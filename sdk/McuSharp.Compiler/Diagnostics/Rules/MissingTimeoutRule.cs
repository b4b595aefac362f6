using McuSharp.Compiler.Lowering;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace McuSharp.Compiler.Diagnostics.Rules;

/// <summary>
/// MCU1004: an HTTP call that leaves out its [Timeout] parameter, or a socket connect/recv ([Timeout] methods) on a
/// local socket with no [SetsTimeout] call on it earlier in the method.
/// </summary>
internal sealed class MissingTimeoutRule : IDeviceRule
{
    public void Visit(IOperation operation, ProgramContext context)
    {
        if (operation is not IInvocationOperation call) return;
        var name = call.TargetMethod.ContainingType.Name + "." + call.TargetMethod.Name;
        foreach (var argument in call.Arguments)
        {
            if (argument.ArgumentKind == ArgumentKind.DefaultValue && DeviceRules.Has(argument.Parameter, "TimeoutAttribute"))
                context.Add(Diagnostic.Create(McuDiagnostics.MissingTimeout, call.Syntax.GetLocation(), $"{name} has no {argument.Parameter!.Name}", $"pass {argument.Parameter.Name}: seconds"));
        }
        if (!DeviceRules.Has(call.TargetMethod, "TimeoutAttribute") || call.Instance is not ILocalReferenceOperation { Local: var socket }) return;
        var timeoutSet = DeviceRules.Root(call).DescendantsAndSelf().OfType<IInvocationOperation>().Any(other =>
            DeviceRules.Has(other.TargetMethod, "SetsTimeoutAttribute")
            && other.Instance is ILocalReferenceOperation { Local: var local } && SymbolEqualityComparer.Default.Equals(local, socket)
            && other.Syntax.SpanStart < call.Syntax.SpanStart);
        if (!timeoutSet)
            context.Add(Diagnostic.Create(McuDiagnostics.MissingTimeout, call.Syntax.GetLocation(), $"{name} on '{socket.Name}' with no timeout set", $"call {socket.Name}.SetTimeout(seconds) before it"));
    }
}
