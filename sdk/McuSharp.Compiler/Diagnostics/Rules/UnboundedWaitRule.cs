using McuSharp.Compiler.Lowering;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace McuSharp.Compiler.Diagnostics.Rules;

/// <summary>
/// MCU1002: <c>while (!wlan.IsConnected()) Time.SleepMs(100);</c>: a loop whose condition is only a [Polled] state and
/// whose body has no way out (a break of this loop, a return, a throw). Seeds 001 and 002 show these hanging boards.
/// </summary>
internal sealed class UnboundedWaitRule : IDeviceRule
{
    public void Visit(IOperation operation, ProgramContext context)
    {
        if (operation is not IWhileLoopOperation { Condition: { } condition } loop) return;
        var polled = Strip(condition) switch
        {
            IInvocationOperation call when DeviceRules.Has(call.TargetMethod, "PolledAttribute") => call.TargetMethod,
            IPropertyReferenceOperation property when DeviceRules.Has(property.Property, "PolledAttribute") => (ISymbol)property.Property,
            _ => null,
        };
        if (polled is null) return;
        var exits = loop.Body.DescendantsAndSelf().Any(o =>
            o is IReturnOperation or IThrowOperation
            || o is IBranchOperation { BranchKind: BranchKind.Break } branch && SymbolEqualityComparer.Default.Equals(branch.Target, loop.ExitLabel));
        if (exits) return;
        context.Add(Diagnostic.Create(McuDiagnostics.UnboundedWait, condition.Syntax.GetLocation(), polled.ContainingType.Name + "." + polled.Name + "()"));
    }

    private static IOperation Strip(IOperation operation)
    {
        while (true)
        {
            switch (operation)
            {
                case IUnaryOperation { OperatorKind: UnaryOperatorKind.Not } not: operation = not.Operand; break;
                case IConversionOperation conversion: operation = conversion.Operand; break;
                default: return operation;
            }
        }
    }
}
