using McuSharp.Boards;
using McuSharp.Compiler.Lowering;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace McuSharp.Compiler.Diagnostics.Rules;

/// <summary>
/// MCU0025 (an error: the code could not run): a float, double or decimal value on a board built without floating
/// point (the WiPy). Reported once per outermost floating-point expression, so that one formula gives one error.
/// </summary>
internal sealed class FloatOnIntegerBoardRule : IDeviceRule
{
    public void Visit(IOperation operation, ProgramContext context)
    {
        if (context.Options.Board.Float != FloatSupport.None || !IsFloat(operation.Type) || operation.Parent is { } parent && IsFloat(parent.Type)) return;
        if (operation is IArgumentOperation or IVariableInitializerOperation) return;
        var text = operation.Syntax.ToString();
        if (text.Length > 40) text = text[..40] + "...";
        context.Add(Diagnostic.Create(McuDiagnostics.FloatOnIntegerBoard, operation.Syntax.GetLocation(), $"'{text}' ({operation.Type!.ToDisplayString()})", context.Options.Board.Id));
    }

    private static bool IsFloat(ITypeSymbol? type) => type?.SpecialType is SpecialType.System_Single or SpecialType.System_Double or SpecialType.System_Decimal;
}
