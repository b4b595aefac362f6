using McuSharp.Compiler.Diagnostics;
using McuSharp.Compiler.Python;
using McuSharp.Compiler.Runtime;
using Microsoft.CodeAnalysis;

namespace McuSharp.Compiler.Lowering;

/// <summary>What every function's lowering shares: the compilation, chosen names, diagnostics and the imports the module needs.</summary>
internal sealed class ProgramContext
{
    private readonly HashSet<SyntaxNode> _reported = new();
    private readonly List<Diagnostic> _diagnostics = new();

    public ProgramContext(Compilation compilation, Names names, RuntimeLibrary runtime)
    {
        Compilation = compilation;
        Names = names;
        Runtime = runtime;
    }

    public Compilation Compilation { get; }

    /// <summary>
    /// True when a string typed non-nullable can never be null at run time: the program has no nullable warnings and
    /// creates no `new string[n]` (whose elements are null). Only then are `s ?? ""`-style guards left out.
    /// </summary>
    public bool TrustsNullableAnnotations { get; init; }
    public Names Names { get; }
    public RuntimeLibrary Runtime { get; }
    public SortedSet<string> HelpersUsed { get; } = new(StringComparer.Ordinal);
    public SortedSet<string> ModulesImported { get; } = new(StringComparer.Ordinal);
    public SortedDictionary<string, SortedSet<string>> FromImports { get; } = new(StringComparer.Ordinal);
    public IReadOnlyList<Diagnostic> Diagnostics => _diagnostics;

    /// <summary>Whether any code calls Dictionary.Remove: then dictionaries keep .NET's slot order (see _NetDict).</summary>
    public bool UsesDictionaryRemove => _usesDictionaryRemove ??= Compilation.SyntaxTrees.Any(tree =>
    {
        var model = Compilation.GetSemanticModel(tree);
        return tree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.InvocationExpressionSyntax>()
            .Any(call => call.Expression.ToString().EndsWith("Remove", StringComparison.Ordinal)
                && model.GetSymbolInfo(call).Symbol is IMethodSymbol { Name: "Remove", ContainingType: { Name: "Dictionary", Arity: 2 } });
    });

    private bool? _usesDictionaryRemove;

    /// <summary>A reference to a runtime helper; the helper is then emitted into mcus_rt.py and imported.</summary>
    public PyName Helper(string name)
    {
        if (!Runtime.Has(name)) throw new InvalidOperationException($"Unknown runtime helper '{name}'.");
        HelpersUsed.Add(name);
        return new PyName(name);
    }

    public PyName ImportFrom(string module, string name)
    {
        if (!FromImports.TryGetValue(module, out var names)) FromImports[module] = names = new SortedSet<string>(StringComparer.Ordinal);
        names.Add(name);
        return new PyName(name);
    }

    public PyName ImportModule(string module)
    {
        ModulesImported.Add(module);
        return new PyName(module);
    }

    public void Report(DiagnosticDescriptor descriptor, SyntaxNode? node, params object[] args)
    {
        if (node is not null && !_reported.Add(node)) return;
        _diagnostics.Add(Diagnostic.Create(descriptor, node?.GetLocation() ?? Location.None, args));
    }

    public static SourceOrigin? OriginOf(SyntaxNode? node)
    {
        if (node is null) return null;
        var span = node.GetLocation().GetLineSpan();
        if (!span.IsValid) return null;
        return new SourceOrigin(span.Path, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1);
    }

    public bool HasErrors => _diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    public void ReportInternal(SyntaxNode node, Exception e) => Report(McuDiagnostics.InternalError, node, e.GetType().Name + ": " + e.Message);
}
