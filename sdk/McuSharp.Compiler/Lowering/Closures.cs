using McuSharp.Compiler.Diagnostics;
using McuSharp.Compiler.Python;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace McuSharp.Compiler.Lowering;

/// <summary>
/// C#'s capture rules on Python's closures. A lambda or local function becomes a nested Python function, whose free
/// variables are cells of the enclosing function: a captured local is shared by reference, as in C#, and a write to
/// it from inside needs `nonlocal`. Python has one variable per function where C# has one per scope instance, so:
/// <list type="bullet">
/// <item>A variable declared inside a loop (a foreach variable, a local of the body) is a new variable in every C#
/// iteration. When it never changes after its declaration, a lambda binds its value as a parameter default
/// (`lambda v=v: ...`), which is the iteration's copy; one that changes is refused (MCU0014).</item>
/// <item>A catch clause's variable is bound the same way: Python unbinds it when the handler ends.</item>
/// <item>A `for` loop's own variable is one shared variable, as Python's is; its loop stays a while loop (a range
/// loop would leave it one step short).</item>
/// <item>Two C# variables of one name in different scopes share a Python name unless one of them is captured: a
/// captured variable gets a name of its own, so that a later variable cannot overwrite its cell.</item>
/// </list>
/// </summary>
internal sealed partial class FunctionLowerer
{
    /// <summary>The capture facts of the method (or initializer) being lowered.</summary>
    private sealed class ClosureFacts
    {
        /// <summary>Locals and parameters read or written by a lambda or local function that does not declare them.</summary>
        public HashSet<ISymbol> Captured { get; } = new(SymbolEqualityComparer.Default);

        /// <summary>Captured variables that some lambda or local function writes.</summary>
        public HashSet<ISymbol> WrittenInside { get; } = new(SymbolEqualityComparer.Default);

        /// <summary>
        /// Captured variables the range flow must not track: those a lambda writes (at calls the flow cannot see) and
        /// those changed after their declaration (a lambda made before the change reads it later). A captured variable
        /// that never changes keeps its declaration's range everywhere, in the lambdas too.
        /// </summary>
        public HashSet<ISymbol> Untracked { get; } = new(SymbolEqualityComparer.Default);

        public static readonly ClosureFacts None = new();
    }

    private ClosureFacts _closures = ClosureFacts.None;

    /// <summary>The Python name each name of this function was given to, to keep captured variables apart.</summary>
    private readonly Dictionary<string, ISymbol> _nameOwners = new(StringComparer.Ordinal);

    private readonly HashSet<ISymbol> _refusedCaptures = new(SymbolEqualityComparer.Default);

    private void AnalyzeClosures(IOperation root)
    {
        var facts = new ClosureFacts();
        foreach (var nested in root.DescendantsAndSelf().Where(IsNestedFunction))
        {
            var span = nested.Syntax.Span;
            foreach (var reference in nested.Descendants())
            {
                if (VariableOf(reference) is not { } variable || DeclarationSpan(variable) is not { } declared || span.Contains(declared)) continue;
                facts.Captured.Add(variable);
                if (IsWriteTarget(reference)) facts.WrittenInside.Add(variable);
            }
        }
        foreach (var variable in facts.Captured)
            if (facts.WrittenInside.Contains(variable) || IsChangedAfterDeclaration(variable, root)) facts.Untracked.Add(variable);
        _closures = facts;
    }

    /// <summary>Whether the range flow leaves the variable alone (see <see cref="ClosureFacts.Untracked"/>).</summary>
    private bool IsUntracked(ISymbol variable) => _closures.Untracked.Contains(variable);

    private static bool IsNestedFunction(IOperation operation) => operation is IAnonymousFunctionOperation or ILocalFunctionOperation;

    private static Microsoft.CodeAnalysis.Text.TextSpan? DeclarationSpan(ISymbol variable) =>
        variable.Locations.FirstOrDefault(l => l.IsInSource)?.SourceSpan;

    private bool IsCaptured(ISymbol variable) => _closures.Captured.Contains(variable);

    /// <summary>The Python name of a local: its C# name, or a fresh one where sharing the name would join a captured variable to another.</summary>
    private string ChooseLocalName(ISymbol symbol)
    {
        var name = _context.Names.LocalName(symbol.Name);
        if (_nameOwners.TryGetValue(name, out var owner) && !SymbolEqualityComparer.Default.Equals(owner, symbol) && (IsCaptured(owner) || IsCaptured(symbol)))
        {
            var n = 1;
            while (_nameOwners.ContainsKey(name + "_" + n) || _context.Names.IsGlobalName(name + "_" + n)) n++;
            name = name + "_" + n;
        }
        if (!_nameOwners.ContainsKey(name) || IsCaptured(symbol)) _nameOwners[name] = symbol;
        return name;
    }

    /// <summary>
    /// True for a variable that C# makes anew in every iteration of a loop of its own function: a foreach variable,
    /// or one declared in a loop's body or condition (not a for loop's own declaration).
    /// </summary>
    private static bool IsPerIteration(ISymbol variable)
    {
        if (variable is not ILocalSymbol || variable.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax() is not { } node) return false;
        if (node is CommonForEachStatementSyntax) return true;
        for (SyntaxNode? child = node, parent = node.Parent; parent is not null; child = parent, parent = parent.Parent)
        {
            switch (parent)
            {
                case AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax or BaseMethodDeclarationSyntax or AccessorDeclarationSyntax:
                    return false;
                case CommonForEachStatementSyntax or WhileStatementSyntax or DoStatementSyntax:
                    return true;
                case ForStatementSyntax loop when child != loop.Declaration && !loop.Initializers.Contains(child):
                    return true;
            }
        }
        return false;
    }

    /// <summary>
    /// A catch clause's exception variable: Python unbinds `except ... as e` when the handler ends, so a lambda that
    /// outlives the handler must hold the exception itself (a parameter default, like a per-iteration variable).
    /// </summary>
    private static bool IsCatchVariable(ISymbol variable) =>
        variable.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax() is CatchDeclarationSyntax;

    /// <summary>True when the variable is assigned anywhere after its declaration (not by its initializer or out var).</summary>
    private static bool IsChangedAfterDeclaration(ISymbol variable, IOperation root) =>
        root.DescendantsAndSelf().Any(op => VariableOf(op) is { } v && SymbolEqualityComparer.Default.Equals(v, variable) && IsWriteTarget(op) && !IsDeclaringWrite(op));

    private static bool IsDeclaringWrite(IOperation reference)
    {
        var node = reference.Parent;
        while (node is ITupleOperation) node = node.Parent;
        return node is IDeclarationExpressionOperation || node is IForEachLoopOperation;
    }

    /// <summary>The root operation of the function being lowered (for the capture analysis of nested functions).</summary>
    private IOperation? _closureRoot;

    /// <summary>
    /// The variables <paramref name="nested"/> captures from outside, split into those it binds per iteration
    /// (parameter defaults) and those it writes (`nonlocal`); refuses a per-iteration variable that changes.
    /// </summary>
    private (List<ISymbol> Bound, List<ISymbol> Nonlocal) CapturesOf(IOperation nested, bool bindPerIteration)
    {
        var span = nested.Syntax.Span;
        var bound = new List<ISymbol>();
        var nonlocal = new List<ISymbol>();
        var seen = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        foreach (var reference in nested.Descendants())
        {
            if (VariableOf(reference) is not { } variable || DeclarationSpan(variable) is not { } declared || span.Contains(declared)) continue;
            // A write directly in this function's body (not in a function nested in it) needs `nonlocal` here.
            if (IsWriteTarget(reference) && InnermostFunction(reference) == nested && !nonlocal.Contains(variable, SymbolEqualityComparer.Default)) nonlocal.Add(variable);
            if (!bindPerIteration || !seen.Add(variable) || !(IsPerIteration(variable) || IsCatchVariable(variable))) continue;
            if (_closureRoot is not null && IsChangedAfterDeclaration(variable, _closureRoot))
            {
                if (_refusedCaptures.Add(variable)) _context.Report(McuDiagnostics.CapturedLoopVariableChanged, reference.Syntax, variable.Name);
                continue;
            }
            bound.Add(variable);
        }
        return (bound, nonlocal);
    }

    /// <summary>The outermost operation of the body holding <paramref name="operation"/> (a lambda's writes included).</summary>
    private static IOperation RootOf(IOperation operation)
    {
        while (operation.Parent is { } parent) operation = parent;
        return operation;
    }

    private static IOperation? InnermostFunction(IOperation operation)
    {
        for (var parent = operation.Parent; parent is not null; parent = parent.Parent)
            if (IsNestedFunction(parent)) return parent;
        return null;
    }

    /// <summary>`v=v` parameters that bind the current iteration's variables.</summary>
    /// A foreach variable of a mutable struct is the collection's element object on the device, where C# gives the
    /// iteration a copy: the lambda binds a copy of it.
    private List<PyParameter> BoundParameters(IEnumerable<ISymbol> bound) =>
        bound.Select(v => new PyParameter(DeclareLocal(v),
            v.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax() is CommonForEachStatementSyntax && IsMutableStruct(TypeOfVariable(v))
                ? CopyOf(LocalReference(v), TypeOfVariable(v))
                : LocalReference(v))).ToList();

    /// <summary>
    /// A captured variable declared without a value still needs a binding in the enclosing Python function, so that
    /// `nonlocal` finds it: C# guarantees it is assigned before it is read, so any value does.
    /// </summary>
    private bool NeedsPlaceholderBinding(ILocalSymbol local) => IsCaptured(local) && _closures.WrittenInside.Contains(local);

    /// <summary>Whether a loop's counter is captured: it must stay one shared variable that ends one step past the bound.</summary>
    private bool IsCapturedCounter(ILocalSymbol counter) => IsCaptured(counter);

    /// <summary>Whether a variable may be changed by a call of a lambda or local function (any call, for the flow analyses).</summary>
    private bool IsWrittenByClosures(ISymbol variable) => _closures.WrittenInside.Contains(variable);
}
