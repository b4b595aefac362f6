using McuSharp.Compiler.Lowering;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace McuSharp.Compiler.Diagnostics.Rules;

/// <summary>
/// MCU1009: a board-valued enum (<c>WlanStatus</c>, <c>ResetCause</c>) compared with a number, as in
/// <c>wlan.Status == (WlanStatus)5</c> or <c>(int)wlan.Status == 1010</c>: the numbers differ per port.
/// </summary>
internal sealed class RawWifiStatusRule : IDeviceRule
{
    public void Visit(IOperation operation, ProgramContext context)
    {
        if (operation is not IBinaryOperation binary) return;
        if (binary.OperatorKind is not (BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals or BinaryOperatorKind.LessThan
            or BinaryOperatorKind.LessThanOrEqual or BinaryOperatorKind.GreaterThan or BinaryOperatorKind.GreaterThanOrEqual)) return;
        foreach (var (side, other) in new[] { (binary.LeftOperand, binary.RightOperand), (binary.RightOperand, binary.LeftOperand) })
        {
            var enumType = BoardEnum(side, context) ?? (other.Type is { } t && IsBoardEnum(t, context) ? t : null);
            if (enumType is null) continue;
            var raw = Strip(other);
            if (other.ConstantValue.HasValue && raw is not IFieldReferenceOperation && raw.ConstantValue.Value is not null && !IsBoardEnum(raw.Type, context))
            {
                var example = enumType.GetMembers().OfType<IFieldSymbol>().FirstOrDefault(f => f.Name == "GotIp")?.Name
                    ?? enumType.GetMembers().OfType<IFieldSymbol>().First().Name;
                context.Add(Diagnostic.Create(McuDiagnostics.RawWifiStatus, other.Syntax.GetLocation(), enumType.Name, raw.ConstantValue.Value!, example));
                return;
            }
        }
    }

    private static IOperation Strip(IOperation operation)
    {
        while (operation is IConversionOperation conversion) operation = conversion.Operand;
        return operation;
    }

    /// <summary>The board-valued enum a side is (or is converted from), or null.</summary>
    private static ITypeSymbol? BoardEnum(IOperation side, ProgramContext context)
    {
        var stripped = Strip(side);
        return stripped.Type is { } t && IsBoardEnum(t, context) && stripped is not IFieldReferenceOperation ? t : null;
    }

    private static bool IsBoardEnum(ITypeSymbol? type, ProgramContext context) =>
        type is INamedTypeSymbol { TypeKind: TypeKind.Enum } e
        && e.GetMembers().OfType<IFieldSymbol>().Any(f => FacadeCatalog.Attributes(f, "BoardValueAttribute").Any());
}
