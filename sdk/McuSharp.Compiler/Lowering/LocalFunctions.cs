using McuSharp.Compiler.Diagnostics;
using McuSharp.Compiler.Python;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace McuSharp.Compiler.Lowering;

/// <summary>
/// Local functions: a nested `def` at the start of the block that declares it, so that C# code may call it before
/// its declaration, and local functions of one block may call each other (recursion is Python's own). A captured
/// variable is read when the function runs, as in C#; `static` local functions capture nothing and need nothing else.
/// One capturing a loop's per-iteration variable reads the current iteration's variable, which is exact as long as it
/// is only called (MCU0017 where it becomes a delegate, or is called from a lambda, that could outlive the iteration).
/// </summary>
internal sealed partial class FunctionLowerer
{
    /// <summary>The block's local functions first, then its other statements.</summary>
    private void LowerBlockStatements(IBlockOperation block, List<PyStmt> output)
    {
        foreach (var function in block.Operations.OfType<ILocalFunctionOperation>()) LowerLocalFunction(function, output);
        var statements = block.Operations.Where(s => s is not ILocalFunctionOperation).ToList();
        for (var i = 0; i < statements.Count; i++)
        {
            if (statements[i] is IUsingDeclarationOperation { DeclarationGroup: var declared, IsAsynchronous: false } usingDeclaration)
            {
                // `using var r = ...;` covers the rest of the block.
                LowerUsing(declared, statements.Skip(i + 1).ToList(), usingDeclaration, output);
                break;
            }
            LowerStatement(statements[i], output);
        }
    }

    private void LowerLocalFunction(ILocalFunctionOperation function, List<PyStmt> output)
    {
        var symbol = function.Symbol;
        if (symbol.IsAsync) { Refuse(McuDiagnostics.AsyncFunction, function.Syntax); return; }
        if (RefusesByReference(symbol, function.Syntax, $"The local function '{symbol.Name}'")) return;
        var (_, nonlocal) = CapturesOf(function, bindPerIteration: false);
        var name = DeclareLocal(symbol);
        var (parameters, body, _) = LowerNestedBody(symbol, function.Body);
        var decorators = IteratorDecorators(symbol, body);
        output.Add(At(new PyFunctionDef(name, parameters, WithNonlocals(body, nonlocal), decorators), function));
    }

    /// <summary>A call of a local function, every argument by position.</summary>
    private PyExpr LowerLocalFunctionCall(IInvocationOperation invocation)
    {
        if (RefusesByReference(invocation.TargetMethod, invocation.Syntax, $"The local function '{invocation.TargetMethod.Name}'")) return PyConst.None;
        // Called from a lambda, which may run after the iteration: as if used as a delegate.
        if (InnermostFunction(invocation) is IAnonymousFunctionOperation && PerIterationCapture(invocation.TargetMethod) is { } variable)
            return Refuse(McuDiagnostics.EscapingLoopLocalFunction, invocation.Syntax, invocation.TargetMethod.Name, variable.Name);
        return new PyCall(LocalReference(invocation.TargetMethod.OriginalDefinition), PositionalArguments(invocation.Arguments));
    }

    /// <summary>A local function used as a delegate: its def; refused where it captures a per-iteration variable.</summary>
    private PyExpr LocalFunctionAsDelegate(IMethodSymbol method, IOperation use)
    {
        method = method.OriginalDefinition;
        if (PerIterationCapture(method) is { } variable) return Refuse(McuDiagnostics.EscapingLoopLocalFunction, use.Syntax, method.Name, variable.Name);
        return LocalReference(method);
    }

    /// <summary>A loop's per-iteration variable that the local function captures, if any.</summary>
    private ISymbol? PerIterationCapture(IMethodSymbol method)
    {
        method = method.OriginalDefinition;
        if (_closureRoot?.DescendantsAndSelf().OfType<ILocalFunctionOperation>().FirstOrDefault(f => SymbolEqualityComparer.Default.Equals(f.Symbol, method)) is not { } declaration) return null;
        var span = declaration.Syntax.Span;
        return declaration.Descendants().Select(VariableOf).OfType<ISymbol>().FirstOrDefault(v => DeclarationSpan(v) is { } d && !span.Contains(d) && IsPerIteration(v));
    }
}
