using System.Numerics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace McuSharp.Compiler.Lowering;

/// <summary>
/// Bounds that relate an index to the length of one string, for Substring's checks (see Strings.cs). After
/// `int eq = s.IndexOf('=')`, eq is -1 or a position where the match still fits in s, so `s.Substring(eq + 1)` never
/// passes the end of s and `s.Substring(0, eq)` can only fail by a negative length. The Python code finds with
/// str.find and str.rfind, whose results obey the same: -1, or p with p + len(value) &lt;= len(s); so eq + 1 &lt;=
/// len(s) when the value is not empty (but not eq + 2 for a longer value: eq can be -1 with s empty).
/// The fact needs s and eq never to change after their declarations: with C#'s definite assignment, every path
/// to a use of eq then runs eq's declaration after s's (eq reads s), and no write of s can come in between.
/// </summary>
internal sealed partial class FunctionLowerer
{
    /// <summary>
    /// How far below the length of <paramref name="text"/> the value of <paramref name="index"/> stays (index &lt;=
    /// len(text) - result); null when nothing relates them. Sums and differences with values of known range shift it.
    /// </summary>
    private BigInteger? Headroom(IOperation index, ISymbol text)
    {
        index = WithoutImplicitConversions(index);
        switch (index)
        {
            case IPropertyReferenceOperation { Property.Name: "Length", Instance: { } instance } when instance.Type?.SpecialType == SpecialType.System_String && IsSameFixedText(instance, text):
                return 0;
            case ILocalReferenceOperation { Local: { IsRef: false } local }:
                return SearchHeadroom(local, text);
            case IBinaryOperation { OperatorMethod: null, OperatorKind: BinaryOperatorKind.Add or BinaryOperatorKind.Subtract } b
                when KindOf(b) == ValueKind.Int32 && RawRange(b, ValueKind.Int32).Within(IntRange):
                var left = ValueRange(b.LeftOperand);
                var right = ValueRange(b.RightOperand);
                if (b.OperatorKind == BinaryOperatorKind.Subtract)
                    return Headroom(b.LeftOperand, text) is { } h ? h + right.Lo : null;
                if (Headroom(b.LeftOperand, text) is { } fromLeft) return fromLeft - right.Hi;
                return Headroom(b.RightOperand, text) is { } fromRight ? fromRight - left.Hi : null;
            default:
                return null;
        }
    }

    /// <summary>Whether <paramref name="index"/> is at most the length of <paramref name="text"/>.</summary>
    private bool FitsIn(IOperation index, ISymbol? text) => text is not null && Headroom(index, text) >= 0;

    /// <summary>
    /// The headroom of the search that is all <paramref name="local"/> can hold (`int eq = text.IndexOf(v)`): 1 when
    /// the value is a char or a non-empty constant (a match ends inside the text, and -1 is below its length), else 0
    /// (an empty string matches anywhere, even at the end). A longer value does not give more: -1 is only 1 below.
    /// </summary>
    private int? SearchHeadroom(ILocalSymbol local, ISymbol text)
    {
        if (IsUntracked(local) || local.DeclaringSyntaxReferences is not [var declared]) return null;
        if (_model.GetOperation(declared.GetSyntax()) is not IVariableDeclaratorOperation declarator || RootOf(declarator) is not { } root || IsChangedAfterDeclaration(local, root))
            return null;
        var initializer = declarator.Initializer ?? (declarator.Parent as IVariableDeclarationOperation)?.Initializer;
        if (WithoutImplicitConversions(initializer?.Value ?? declarator) is not IInvocationOperation
            {
                TargetMethod: { Name: "IndexOf" or "LastIndexOf", ContainingType.SpecialType: SpecialType.System_String }, Instance: { } searched, Arguments: [var value, ..],
            } || !IsSameFixedText(searched, text))
            return null;
        return value.Value switch
        {
            { Type.SpecialType: SpecialType.System_Char } => 1,
            { ConstantValue: { HasValue: true, Value: string { Length: > 0 } } } => 1,
            _ => 0,
        };
    }

    /// <summary>The string variable <paramref name="text"/> reads, when it never changes after its declaration (see the summary).</summary>
    private ISymbol? FixedText(IOperation text)
    {
        var symbol = WithoutImplicitConversions(text) switch
        {
            ILocalReferenceOperation { Local: { IsRef: false } local } => (ISymbol)local,
            IParameterReferenceOperation { Parameter.RefKind: RefKind.None } parameter => parameter.Parameter,
            _ => null,
        };
        // A ref local could write it under another name.
        if (symbol is null || IsUntracked(symbol) || RootOf(text) is not { } root
            || root.DescendantsAndSelf().Any(o => o is IVariableDeclaratorOperation { Symbol.IsRef: true }) || IsChangedAfterDeclaration(symbol, root))
            return null;
        return symbol;
    }

    private bool IsSameFixedText(IOperation text, ISymbol expected) => SymbolEqualityComparer.Default.Equals(FixedText(text), expected);
}
