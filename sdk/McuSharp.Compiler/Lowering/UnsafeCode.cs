using McuSharp.Compiler.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace McuSharp.Compiler.Lowering;

/// <summary>
/// Pointers, `unsafe`, `fixed` and `stackalloc`: MicroPython has no addressable memory to point into, so each is
/// refused once, at its outermost construct (the compilation allows unsafe code so that the refusal, not
/// Roslyn's CS0227, is what the user reads).
/// </summary>
internal static class UnsafeCode
{
    private const string Instead = "MicroPython has no pointers; use arrays, byte[] or bytearray-backed buffers and indexes instead";

    public static void Check(ProgramContext context, IEnumerable<SyntaxTree> trees)
    {
        foreach (var tree in trees)
        {
            var reported = new List<SyntaxNode>();
            foreach (var node in tree.GetRoot().DescendantNodes())
            {
                if (reported.Any(r => r.Span.Contains(node.Span))) continue;
                var what = node switch
                {
                    MemberDeclarationSyntax member when member.Modifiers.Any(SyntaxKind.UnsafeKeyword) => "Unsafe code",
                    LocalFunctionStatementSyntax local when local.Modifiers.Any(SyntaxKind.UnsafeKeyword) => "Unsafe code",
                    UnsafeStatementSyntax => "Unsafe code",
                    FixedStatementSyntax => "A fixed statement",
                    StackAllocArrayCreationExpressionSyntax or ImplicitStackAllocArrayCreationExpressionSyntax => "stackalloc",
                    PointerTypeSyntax or FunctionPointerTypeSyntax => "A pointer type",
                    _ => null,
                };
                if (what is null) continue;
                reported.Add(node);
                context.RefuseRegion(McuDiagnostics.UnsupportedConstruct, node, what, Instead);
            }
        }
    }
}
