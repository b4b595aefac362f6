using McuSharp.Compiler.Lowering;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace McuSharp.Compiler.Diagnostics.Rules;

/// <summary>
/// MCU1008: a façade member or type marked [RequiresBoard(path, feature)] used on a board whose profile has nothing
/// at the path (<c>Lan</c> on the ESP8266, <c>Wlan.Status</c> on the WiPy, <c>Pin.Led</c> on the generic board).
/// </summary>
internal sealed class BoardLacksApiRule : IDeviceRule
{
    public void Visit(IOperation operation, ProgramContext context)
    {
        if (DeviceRules.UsedMember(operation) is not { } member) return;
        var symbol = member is IMethodSymbol { AssociatedSymbol: { } property } ? property : member;
        // The member's own requirement, else its type's (reported where the type is created or its static members used).
        var requirements = FacadeCatalog.Attributes(symbol.OriginalDefinition, "RequiresBoardAttribute").ToList();
        if (requirements.Count == 0 && (operation is IObjectCreationOperation || symbol.IsStatic) && symbol.ContainingType is { } type)
            requirements = FacadeCatalog.Attributes(type.OriginalDefinition, "RequiresBoardAttribute").ToList();
        foreach (var requirement in requirements)
        {
            if (requirement.ConstructorArguments is not [{ Value: string path }, { Value: string feature }]) continue;
            if (context.Facades.BoardHas(path)) continue;
            var name = symbol is IMethodSymbol { MethodKind: MethodKind.Constructor } ? symbol.ContainingType.Name : symbol.ContainingType.Name + "." + symbol.Name;
            context.Add(Diagnostic.Create(McuDiagnostics.BoardLacksApi, operation.Syntax.GetLocation(), name, feature, context.Options.Board.Id, path));
        }
    }
}
