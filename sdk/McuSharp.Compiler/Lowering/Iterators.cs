using McuSharp.Compiler.Python;
using Microsoft.CodeAnalysis;

namespace McuSharp.Compiler.Lowering;

/// <summary>
/// Iterators: a method with `yield return` is a Python generator function (lazy in the same way: its body runs as
/// the caller asks for elements, and a `yield break` is a return). A C# IEnumerable can be enumerated again and
/// starts over each time, where a Python generator is used up: such a method is decorated with `_reiterable`, whose
/// calls return an object that makes a new generator for every enumeration. A class implementing IEnumerable&lt;T&gt;
/// iterates through its GetEnumerator (TypeLowerer's glue).
/// </summary>
internal sealed partial class FunctionLowerer
{
    private IReadOnlyList<PyExpr>? IteratorDecorators(IMethodSymbol method, IReadOnlyList<PyStmt> body)
    {
        if (!body.Any(ContainsYield)) return null;
        if (method.ReturnType is INamedTypeSymbol { Name: "IEnumerator" }) return null;
        return new PyExpr[] { Helper("_reiterable") };
    }

    private static bool ContainsYield(PyStmt statement) => statement switch
    {
        PyYield => true,
        PyIf s => s.Body.Any(ContainsYield) || s.OrElse.Any(ContainsYield),
        PyWhile s => s.Body.Any(ContainsYield),
        PyFor s => s.Body.Any(ContainsYield),
        PyTry s => s.Body.Any(ContainsYield) || s.Handlers.Any(h => h.Body.Any(ContainsYield)) || s.OrElse.Any(ContainsYield) || s.Finally.Any(ContainsYield),
        _ => false,
    };
}
