using McuSharp.Compiler.Lowering;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace McuSharp.Compiler.Diagnostics.Rules;

/// <summary>
/// MCU1003: a while loop whose condition polls hardware or time ([Polled]: <c>IsConnected</c>, <c>Pin.Value</c>,
/// <c>Time.TicksMs</c>) and whose body calls nothing that waits ([Sleeps]: <c>Time.SleepMs</c>, <c>WaitConnected</c> ...).
/// </summary>
internal sealed class BusyWaitRule : IDeviceRule
{
    public void Visit(IOperation operation, ProgramContext context)
    {
        if (operation is not IWhileLoopOperation { Condition: { } condition } loop) return;
        var polled = condition.DescendantsAndSelf().Select(DeviceRules.UsedMember)
            .Select(m => m is IMethodSymbol { AssociatedSymbol: { } p } ? p : m)
            .FirstOrDefault(m => DeviceRules.Has(m, "PolledAttribute"));
        if (polled is null) return;
        if (loop.Body.DescendantsAndSelf().Any(o => DeviceRules.UsedMember(o) is IMethodSymbol m && DeviceRules.Has(m, "SleepsAttribute"))) return;
        context.Add(Diagnostic.Create(McuDiagnostics.BusyWait, condition.Syntax.GetLocation(), polled.ContainingType.Name + "." + polled.Name));
    }
}
