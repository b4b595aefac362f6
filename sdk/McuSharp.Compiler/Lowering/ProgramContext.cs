using McuSharp.Compiler.Diagnostics;
using McuSharp.Compiler.Python;
using McuSharp.Compiler.Runtime;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

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

    /// <summary>The board and project the program is compiled for.</summary>
    public CompileOptions Options { get; init; } = new();

    /// <summary>The façade and interop bindings (attributes on the façade API, see Facades.cs).</summary>
    public FacadeCatalog Facades => _facades ??= new FacadeCatalog(this);

    private FacadeCatalog? _facades;

    /// <summary>The [McuConfig] values the program reads, by their Python name in config.py.</summary>
    public SortedDictionary<string, object?> ConfigUsed { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// True when a string typed non-nullable can never be null at run time: the program has no nullable warnings and
    /// creates no `new string[n]` (whose elements are null). Only then are `s ?? ""`-style guards left out.
    /// </summary>
    public bool TrustsNullableAnnotations { get; init; }
    public Names Names { get; }

    /// <summary>The Python names of the instance members of the program's types.</summary>
    public MemberNames Members { get; } = new();

    /// <summary>The program's classes, structs and interfaces.</summary>
    public ProgramTypes Types { get; } = new();

    /// <summary>Per generic class, the type parameters whose defaults its objects keep (see Generics.cs).</summary>
    public Dictionary<INamedTypeSymbol, IReadOnlyList<ITypeParameterSymbol>> ReifiedParameters { get; } = new(SymbolEqualityComparer.Default);

    /// <summary>The type parameters whose default value each call of a generic method passes in (see Generics.cs).</summary>
    public Dictionary<IMethodSymbol, IReadOnlyList<ITypeParameterSymbol>> ReifiedMethodParameters { get; } = new(SymbolEqualityComparer.Default);

    /// <summary>The types the program passes for each type parameter (see Generics.cs).</summary>
    public TypeArguments TypeArguments { get; set; } = TypeArguments.None;

    /// <summary>The plain structs, their inlinable methods and flattened fields (see PlainValues.cs).</summary>
    public PlainValues PlainValues { get; set; } = PlainValues.None;

    /// <summary>The structs whose values some code can compare (see StructEquality.cs); null: all of them.</summary>
    public HashSet<INamedTypeSymbol>? ComparedStructs { get; set; }

    /// <summary>The integer fields that hold their values unwrapped, wrapped where read (see DeferredFields.cs).</summary>
    public HashSet<ISymbol> DeferredFields { get; set; } = new(SymbolEqualityComparer.Default);

    /// <summary>Module-level tables the lowered code refers to (enum names), by name; emitted after the imports.</summary>
    public SortedDictionary<string, PyStmt> ModuleDefinitions { get; } = new(StringComparer.Ordinal);

    /// <summary>Set when some code converts one of the program's objects to text: its classes then need object.ToString.</summary>
    public bool UsesObjectToString { get; set; }
    public RuntimeLibrary Runtime { get; }
    public SortedSet<string> HelpersUsed { get; } = new(StringComparer.Ordinal);
    public SortedSet<string> ModulesImported { get; } = new(StringComparer.Ordinal);

    /// <summary>Modules imported by Py.Import: every module of the program imports them, whether its code names them or not.</summary>
    public SortedSet<string> ForcedImports { get; } = new(StringComparer.Ordinal);
    public SortedDictionary<string, SortedSet<string>> FromImports { get; } = new(StringComparer.Ordinal);
    public IReadOnlyList<Diagnostic> Diagnostics => _diagnostics;

    /// <summary>What can run inside the program's try statements (see ExceptionReach.cs).</summary>
    public ExceptionReach ExceptionReach => _exceptionReach ??= new ExceptionReach(this);

    private ExceptionReach? _exceptionReach;

    /// <summary>How many calls of int.Parse the program has (see FunctionLowerer.InlinedParse).</summary>
    public int Int32ParseCalls => _int32ParseCalls ??= Compilation.SyntaxTrees.Sum(tree => tree.GetRoot().DescendantNodes()
        .OfType<Microsoft.CodeAnalysis.CSharp.Syntax.InvocationExpressionSyntax>()
        .Count(call => ModelOf(tree).GetSymbolInfo(call).Symbol is IMethodSymbol { Name: "Parse", Parameters.Length: 1, ContainingType.SpecialType: SpecialType.System_Int32 }));

    private int? _int32ParseCalls;

    private readonly Dictionary<SyntaxTree, SemanticModel> _models = new();

    /// <summary>What each parameter of the program's own methods can hold, from every call site (see CallSiteRanges.cs).</summary>
    public Dictionary<IParameterSymbol, Interval> ParameterFacts { get; } = new(SymbolEqualityComparer.Default);

    /// <summary>What each readonly field and get-only auto-property can hold, from every store, and what each non-virtual method returns (see CallSiteRanges.cs).</summary>
    public Dictionary<ISymbol, Interval> MemberFacts { get; } = new(SymbolEqualityComparer.Default);

    /// <summary>What each attribute of a flattened field (the field, the index of the plain value's field) can hold, from every store (see CallSiteRanges.cs).</summary>
    public Dictionary<(ISymbol Field, int Index), Interval> FlatFieldFacts { get; } = new();

    /// <summary>One semantic model per tree: Roslyn binds a tree's code once per model, so sharing it saves rebinding.</summary>
    public SemanticModel ModelOf(SyntaxTree tree)
    {
        if (!_models.TryGetValue(tree, out var model)) _models[tree] = model = Compilation.GetSemanticModel(tree);
        return model;
    }

    /// <summary>
    /// How every Dictionary&lt;K,V&gt; of the program is represented: the cheapest one that reproduces what the program
    /// can observe of its order.
    /// </summary>
    public DictionaryShape DictionaryShape => UsesDictionaryRemove ? DictionaryShape.Slotted
        : EnumeratesDictionaries ? DictionaryShape.InsertionOrdered
        : DictionaryShape.Hashed;

    /// <summary>Whether any code calls Dictionary.Remove: then dictionaries keep .NET's slot order (see _NetDict).</summary>
    private bool UsesDictionaryRemove => _usesDictionaryRemove ??= Compilation.SyntaxTrees.Any(tree =>
    {
        var model = ModelOf(tree);
        return tree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.InvocationExpressionSyntax>()
            .Any(call => call.Expression.ToString().EndsWith("Remove", StringComparison.Ordinal)
                && model.GetSymbolInfo(call).Symbol is IMethodSymbol { Name: "Remove", ContainingType: var type } && IsDictionary(type));
    });

    private bool? _usesDictionaryRemove;

    /// <summary>
    /// Whether any code can observe a dictionary's order: foreach over it, a spread of it, its Keys or Values, or the
    /// dictionary passed on as another type.
    /// </summary>
    private bool EnumeratesDictionaries => _enumeratesDictionaries ??= Compilation.SyntaxTrees.Any(tree =>
    {
        var model = ModelOf(tree);
        var bodies = tree.GetRoot().DescendantNodes().Where(n => n is Microsoft.CodeAnalysis.CSharp.Syntax.BaseMethodDeclarationSyntax
            or Microsoft.CodeAnalysis.CSharp.Syntax.EqualsValueClauseSyntax or Microsoft.CodeAnalysis.CSharp.Syntax.AccessorDeclarationSyntax
            or Microsoft.CodeAnalysis.CSharp.Syntax.ArrowExpressionClauseSyntax or Microsoft.CodeAnalysis.CSharp.Syntax.GlobalStatementSyntax);
        return bodies.Select(b => model.GetOperation(b)).Where(op => op is not null)
            .SelectMany(op => op!.DescendantsAndSelf()).Any(ObservesDictionaryOrder);
    });

    private bool? _enumeratesDictionaries;

    /// <summary>Dictionary&lt;K,V&gt; and HashSet&lt;T&gt; (a HashSet is a dictionary whose values are not used): they share one shape.</summary>
    private static bool IsDictionary(ITypeSymbol? type) =>
        type is INamedTypeSymbol { Name: "Dictionary", Arity: 2 } or INamedTypeSymbol { Name: "HashSet", Arity: 1 }
        && type.ContainingNamespace.ToDisplayString() == "System.Collections.Generic";

    private static bool ObservesDictionaryOrder(IOperation operation) => operation switch
    {
        IForEachLoopOperation loop => IsDictionary(loop.Collection.Type) || IsDictionary((loop.Collection as IConversionOperation)?.Operand.Type),
        ISpreadOperation spread => IsDictionary(spread.Operand.Type) || IsDictionary((spread.Operand as IConversionOperation)?.Operand.Type),
        IPropertyReferenceOperation { Property.Name: "Keys" or "Values" } p => IsDictionary(p.Instance?.Type),
        IConversionOperation c => IsDictionary(c.Operand.Type) && !IsDictionary(c.Type),
        _ => false,
    };

    /// <summary>A reference to a runtime helper; the helper is then emitted into mcus_rt.py and imported.</summary>
    public PyName Helper(string name)
    {
        if (!Runtime.Has(name)) throw new InvalidOperationException($"Unknown runtime helper '{name}'.");
        HelpersUsed.Add(name);
        return new PyName(name);
    }

    /// <summary>Asks for a part of runtime helpers that only some programs need (see RuntimeLibrary).</summary>
    public void Feature(string name)
    {
        if (!name.Contains('.') || !Runtime.Has(name)) throw new InvalidOperationException($"Unknown runtime feature '{name}'.");
        HelpersUsed.Add(name);
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

    /// <summary>A diagnostic at a C# origin recorded on the Python AST (for checks after lowering).</summary>
    public void ReportAt(DiagnosticDescriptor descriptor, SourceOrigin? origin, params object[] args)
    {
        var location = Location.None;
        if (origin is { } o && Compilation.SyntaxTrees.FirstOrDefault(t => t.FilePath == o.File) is { } tree)
        {
            var lines = tree.GetText().Lines;
            if (o.Line - 1 < lines.Count)
            {
                var position = lines[o.Line - 1].Start + o.Column - 1;
                location = Location.Create(tree, new Microsoft.CodeAnalysis.Text.TextSpan(position, 0));
            }
        }
        _diagnostics.Add(Diagnostic.Create(descriptor, location, args));
    }

    /// <summary>A diagnostic of a rule pass (Diagnostics/Rules): added as it is, whatever else was reported at the node.</summary>
    public void Add(Diagnostic diagnostic) => _diagnostics.Add(diagnostic);

    public void Report(DiagnosticDescriptor descriptor, SyntaxNode? node, params object[] args)
    {
        if (node is not null && !_reported.Add(node)) return;
        if (node is not null && _refusedRegions.Any(r => r.SyntaxTree == node.SyntaxTree && r.Span.Contains(node.Span) && r != node)) return;
        _diagnostics.Add(Diagnostic.Create(descriptor, node?.GetLocation() ?? Location.None, args));
    }

    /// <summary>Code refused as a whole (an unsafe block): one error for it, none for each construct inside.</summary>
    public void RefuseRegion(DiagnosticDescriptor descriptor, SyntaxNode region, params object[] args)
    {
        Report(descriptor, region, args);
        _refusedRegions.Add(region);
    }

    private readonly List<SyntaxNode> _refusedRegions = new();

    public static SourceOrigin? OriginOf(SyntaxNode? node)
    {
        if (node is null) return null;
        var span = node.GetLocation().GetLineSpan();
        if (!span.IsValid) return null;
        return new SourceOrigin(span.Path, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1);
    }

    public bool HasErrors => _diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    public void ReportInternal(SyntaxNode node, Exception e)
    {
        // MCUSHARP_TRACE=1: the stack of the compiler's own failure, for whoever fixes it.
        if (Environment.GetEnvironmentVariable("MCUSHARP_TRACE") == "1") Console.Error.WriteLine(e);
        Report(McuDiagnostics.InternalError, node, e.GetType().Name + ": " + e.Message);
    }
}
