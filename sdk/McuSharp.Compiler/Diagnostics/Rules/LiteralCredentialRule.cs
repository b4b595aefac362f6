using System.Text.RegularExpressions;
using McuSharp.Compiler.Lowering;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace McuSharp.Compiler.Diagnostics.Rules;

/// <summary>
/// MCU1005: a string literal passed where a credential goes ([Credential] parameters: a Wi-Fi password, an AP key) or
/// a URL literal that embeds a key or token (<c>?api_key=...</c>, IFTTT's <c>/with/key/...</c>).
/// </summary>
internal sealed class LiteralCredentialRule : IDeviceRule
{
    private static readonly Regex KeyInUrl = new(
        @"(?i)([?&](api[_-]?key|apikey|key|token|access[_-]?token|auth|secret|password|pass)=[^&#\s{]{4,})|(/with/key/[A-Za-z0-9_\-]{6,})|(/(bot|key|token)/?[A-Za-z0-9:_\-]{16,})",
        RegexOptions.CultureInvariant);

    public void Visit(IOperation operation, ProgramContext context)
    {
        if (operation is not IArgumentOperation { Parameter: { } parameter, ArgumentKind: ArgumentKind.Explicit } argument) return;
        var credential = FacadeCatalog.Attributes(parameter, "CredentialAttribute").FirstOrDefault();
        if (credential is null) return;
        var isUrl = credential.NamedArguments.Any(a => a.Key == "Url" && a.Value.Value is true);
        var value = argument.Value;
        while (value is IConversionOperation { IsImplicit: true } c) value = c.Operand;
        if (!isUrl)
        {
            if (value.ConstantValue is { HasValue: true, Value: string { Length: > 0 } })
                context.Add(Diagnostic.Create(McuDiagnostics.LiteralCredential, argument.Syntax.GetLocation(), $"The {parameter.Name} passed to {parameter.ContainingSymbol.ContainingType.Name}.{parameter.ContainingSymbol.Name}"));
            return;
        }
        if (LiteralParts(value).Any(part => KeyInUrl.IsMatch(part)))
            context.Add(Diagnostic.Create(McuDiagnostics.LiteralCredential, argument.Syntax.GetLocation(), $"The key or token in the URL passed to {parameter.ContainingSymbol.ContainingType.Name}.{parameter.ContainingSymbol.Name}"));
    }

    /// <summary>The text the code writes literally: a constant, the text parts of an interpolation, the literal operands of +.</summary>
    private static IEnumerable<string> LiteralParts(IOperation value)
    {
        if (value.ConstantValue is { HasValue: true, Value: string constant }) return new[] { constant };
        return value switch
        {
            IInterpolatedStringOperation interpolated => interpolated.Parts.OfType<IInterpolatedStringTextOperation>()
                .Select(t => t.Text.ConstantValue.Value as string ?? ""),
            IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } add => LiteralParts(add.LeftOperand).Concat(LiteralParts(add.RightOperand)),
            _ => Array.Empty<string>(),
        };
    }
}
