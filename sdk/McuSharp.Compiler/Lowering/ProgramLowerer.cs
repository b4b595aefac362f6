using McuSharp.Compiler.Diagnostics;
using McuSharp.Compiler.Python;
using McuSharp.Compiler.Runtime;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace McuSharp.Compiler.Lowering;

/// <summary>
/// Lowers a whole program: the static members of its classes become module-level functions and globals of
/// main.py (static fields first, then functions, then the call of the entry point).
/// </summary>
internal sealed class ProgramLowerer
{
    private readonly ProgramContext _context;
    private readonly Compilation _compilation;

    public ProgramLowerer(Compilation compilation, RuntimeLibrary runtime, bool hasNullableWarnings = true)
    {
        _compilation = compilation;
        _context = new ProgramContext(compilation, new Names(runtime.HelperNames), runtime)
        {
            TrustsNullableAnnotations = !hasNullableWarnings && !CreatesStringArraysWithoutInitializer(compilation),
        };
    }

    /// <summary>`new string[n]` holds nulls although its elements are typed non-nullable, and Roslyn does not warn about it.</summary>
    private static bool CreatesStringArraysWithoutInitializer(Compilation compilation) =>
        compilation.SyntaxTrees.Any(tree =>
        {
            var model = compilation.GetSemanticModel(tree);
            return tree.GetRoot().DescendantNodes().OfType<ArrayCreationExpressionSyntax>().Any(a => a.Initializer is null
                && model.GetTypeInfo(a).Type is IArrayTypeSymbol { ElementType.SpecialType: SpecialType.System_String });
        });

    public (PyModule? Main, ProgramContext Context) Lower()
    {
        var types = _compilation.SyntaxTrees
            .SelectMany(t => t.GetRoot().DescendantNodes().OfType<TypeDeclarationSyntax>())
            .ToList();
        // Enums and delegates would otherwise pass unnoticed (and an enum value would print as its number).
        foreach (var other in _compilation.SyntaxTrees.SelectMany(t => t.GetRoot().DescendantNodes()))
        {
            if (other is EnumDeclarationSyntax e) Unsupported(e, "An enum declaration", "enums arrive with the object model; use int constants");
            else if (other is DelegateDeclarationSyntax d) Unsupported(d, "A delegate declaration", "delegates arrive with the object model");
        }
        var members = new List<ISymbol>();
        var methods = new List<(IMethodSymbol Symbol, BaseMethodDeclarationSyntax Syntax)>();
        var fields = new List<(IFieldSymbol Symbol, VariableDeclaratorSyntax Syntax)>();

        foreach (var typeSyntax in types)
        {
            var model = _context.ModelOf(typeSyntax.SyntaxTree);
            if (!CheckType(typeSyntax)) continue;
            foreach (var memberSyntax in typeSyntax.Members)
            {
                switch (memberSyntax)
                {
                    case MethodDeclarationSyntax m when model.GetDeclaredSymbol(m) is { } symbol:
                        if (!symbol.IsStatic) { Unsupported(m.Identifier.Parent!, "An instance method", "classes with instances arrive with the object model; make the method static"); continue; }
                        if (symbol.IsGenericMethod) { Unsupported(m, "A generic method", "generics arrive with the object model"); continue; }
                        if (m.Body is null && m.ExpressionBody is null) { Unsupported(m, "A method without a body", "give it a body"); continue; }
                        members.Add(symbol);
                        methods.Add((symbol, m));
                        break;
                    case FieldDeclarationSyntax f:
                        foreach (var v in f.Declaration.Variables)
                        {
                            if (model.GetDeclaredSymbol(v) is not IFieldSymbol field) continue;
                            if (field.IsConst) continue; // constants are folded where they are used
                            if (!field.IsStatic) { Unsupported(v, "An instance field", "classes with instances arrive with the object model; make the field static"); continue; }
                            members.Add(field);
                            fields.Add((field, v));
                        }
                        break;
                    case TypeDeclarationSyntax:
                        break; // nested types are visited on their own
                    default:
                        Unsupported(memberSyntax, "This kind of member", "only static methods, static fields and constants are supported so far");
                        break;
                }
            }
        }

        _context.Names.AssignGlobals(members);
        FunctionLowerer.CallSiteRanges.Compute(_context, methods.Select(m => ((IMethodSymbol?)m.Symbol, (SyntaxNode)m.Syntax))
            .Concat(fields.Where(f => f.Syntax.Initializer is not null).Select(f => ((IMethodSymbol?)null, (SyntaxNode)f.Syntax.Initializer!))).ToList());

        var body = new List<PyStmt>();
        foreach (var (symbol, syntax) in methods)
        {
            var lowerer = new FunctionLowerer(_context, _context.ModelOf(syntax.SyntaxTree));
            body.Add(lowerer.LowerMethod(symbol, syntax));
        }
        var initializers = new List<PyStmt>();
        var (defaults, ordered) = InitializationOrder(fields, methods);
        foreach (var (field, syntax) in defaults)
            initializers.Add(new FunctionLowerer(_context, _context.ModelOf(syntax.SyntaxTree)).LowerStaticFieldDefault(field, syntax));
        foreach (var (field, syntax) in ordered)
        {
            var lowerer = new FunctionLowerer(_context, _context.ModelOf(syntax.SyntaxTree));
            initializers.Add(lowerer.LowerStaticFieldInitializer(field, syntax));
        }

        // Every method is lowered before the entry point is checked, so one build reports every problem.
        var entry = _compilation.GetEntryPoint(CancellationToken.None);
        if (entry is null || entry.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax() is not MethodDeclarationSyntax)
        {
            if (entry is not null && entry.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax() is CompilationUnitSyntax cu)
                Unsupported(cu.Members.OfType<GlobalStatementSyntax>().First(), "Top-level statements", "put the program in 'static void Main()' inside a class");
            else
                _context.Report(McuDiagnostics.NoEntryPoint, null);
            return (null, _context);
        }
        if (_context.Names.GlobalName(entry) is not { } entryName) return (null, _context);
        var entryCall = new PyCall(new PyName(entryName), entry.Parameters.Length == 1 ? new PyExpr[] { new PyList(Array.Empty<PyExpr>()) } : Array.Empty<PyExpr>());
        var entryOrigin = ProgramContext.OriginOf(entry.DeclaringSyntaxReferences[0].GetSyntax());
        PyStmt start = entry.ReturnsVoid
            ? new PyExprStmt(entryCall) { Origin = entryOrigin }
            : new PyExprStmt(new PyCall(new PyAttribute(_context.ImportModule("sys"), "exit"), entryCall)) { Origin = entryOrigin };

        // The functions are defined first: a static field initializer may call them.
        var module = new List<PyStmt>();
        module.AddRange(Imports());
        module.AddRange(body);
        module.AddRange(initializers);
        module.Add(start);
        return (new PyModule("main", module), _context);
    }

    /// <summary>
    /// The order of the static field initializers. C# initializes a class's static fields in textual order when the
    /// class is first used; the device runs every initializer once before Main. A class whose initializers use another
    /// class's fields (directly or through the methods they call) is initialized after that class. A field that is read
    /// before its own initializer has run (a forward or circular reference) reads C#'s default value: it is set to the
    /// default first (<paramref name="fields"/> order kept otherwise).
    /// </summary>
    private (List<(IFieldSymbol, VariableDeclaratorSyntax)> Defaults, List<(IFieldSymbol, VariableDeclaratorSyntax)> Ordered) InitializationOrder(
        List<(IFieldSymbol Symbol, VariableDeclaratorSyntax Syntax)> fields, List<(IMethodSymbol Symbol, BaseMethodDeclarationSyntax Syntax)> methods)
    {
        var fieldSet = new HashSet<IFieldSymbol>(fields.Select(f => f.Symbol), SymbolEqualityComparer.Default);
        var methodSet = new HashSet<IMethodSymbol>(methods.Select(m => m.Symbol), SymbolEqualityComparer.Default);

        (HashSet<IFieldSymbol> Fields, HashSet<IMethodSymbol> Calls) References(SyntaxNode node)
        {
            var model = _context.ModelOf(node.SyntaxTree);
            var usedFields = new HashSet<IFieldSymbol>(SymbolEqualityComparer.Default);
            var calls = new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default);
            foreach (var name in node.DescendantNodesAndSelf().OfType<SimpleNameSyntax>())
            {
                switch (model.GetSymbolInfo(name).Symbol?.OriginalDefinition)
                {
                    case IFieldSymbol f when fieldSet.Contains(f): usedFields.Add(f); break;
                    case IMethodSymbol m when methodSet.Contains(m): calls.Add(m); break;
                }
            }
            return (usedFields, calls);
        }

        // The fields each method uses, through the methods it calls too.
        var direct = methods.ToDictionary(m => m.Symbol, m => References(m.Syntax), (IEqualityComparer<IMethodSymbol>)SymbolEqualityComparer.Default);
        var closure = new Dictionary<IMethodSymbol, HashSet<IFieldSymbol>>(SymbolEqualityComparer.Default);
        HashSet<IFieldSymbol> FieldsUsedBy(IMethodSymbol method)
        {
            if (closure.TryGetValue(method, out var known)) return known;
            var result = new HashSet<IFieldSymbol>(direct[method].Fields, SymbolEqualityComparer.Default);
            closure[method] = result; // recursion sees the partial set; the caller's loop below completes it
            foreach (var callee in direct[method].Calls) result.UnionWith(FieldsUsedBy(callee));
            return result;
        }
        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var method in direct.Keys)
            {
                var set = FieldsUsedBy(method);
                var before = set.Count;
                foreach (var callee in direct[method].Calls) set.UnionWith(FieldsUsedBy(callee));
                changed |= set.Count != before;
            }
        }

        var reads = new Dictionary<IFieldSymbol, HashSet<IFieldSymbol>>(SymbolEqualityComparer.Default);
        foreach (var (field, syntax) in fields)
        {
            var set = new HashSet<IFieldSymbol>(SymbolEqualityComparer.Default);
            if (syntax.Initializer is { } initializer)
            {
                var (usedFields, calls) = References(initializer.Value);
                set.UnionWith(usedFields);
                foreach (var call in calls) set.UnionWith(FieldsUsedBy(call));
            }
            reads[field] = set;
        }

        // Classes in declaration order, each after the classes its initializers depend on.
        var classes = fields.Select(f => f.Symbol.ContainingType).Distinct<INamedTypeSymbol>(SymbolEqualityComparer.Default).ToList();
        var orderedClasses = new List<INamedTypeSymbol>();
        var visiting = new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default);
        void Visit(INamedTypeSymbol type)
        {
            if (!visiting.Add(type)) return;
            foreach (var (field, _) in fields.Where(f => SymbolEqualityComparer.Default.Equals(f.Symbol.ContainingType, type)))
            foreach (var used in reads[field])
                if (!SymbolEqualityComparer.Default.Equals(used.ContainingType, type)) Visit(used.ContainingType);
            orderedClasses.Add(type);
        }
        foreach (var type in classes) Visit(type);

        var ordered = orderedClasses.SelectMany(type => fields.Where(f => SymbolEqualityComparer.Default.Equals(f.Symbol.ContainingType, type))).ToList();
        var initialized = new HashSet<IFieldSymbol>(SymbolEqualityComparer.Default);
        var needsDefault = new HashSet<IFieldSymbol>(SymbolEqualityComparer.Default);
        foreach (var (field, _) in ordered)
        {
            foreach (var used in reads[field]) if (!initialized.Contains(used)) needsDefault.Add(used);
            initialized.Add(field);
        }
        var defaults = fields.Where(f => needsDefault.Contains(f.Symbol)).Select(f => (f.Symbol, f.Syntax)).ToList();
        return (defaults, ordered.Select(f => (f.Symbol, f.Syntax)).ToList());
    }

    private IEnumerable<PyStmt> Imports()
    {
        foreach (var module in _context.ModulesImported) yield return new PyImport(module);
        foreach (var (module, names) in _context.FromImports) yield return new PyImportFrom(module, names.ToList());
        if (_context.HelpersUsed.Count > 0) yield return new PyImportFrom(RuntimeLibrary.ModuleName, _context.HelpersUsed.ToList());
    }

    private bool CheckType(TypeDeclarationSyntax type)
    {
        switch (type)
        {
            case ClassDeclarationSyntax c when c.BaseList is not null:
                Unsupported(c.BaseList, "A base class or interface", "inheritance arrives with the object model");
                return false;
            case ClassDeclarationSyntax c when c.TypeParameterList is not null:
                Unsupported(c.TypeParameterList, "A generic class", "generics arrive with the object model");
                return false;
            case ClassDeclarationSyntax:
                return true;
            default:
                Unsupported(type, $"A '{type.Keyword.Text}' declaration", "only classes with static members are supported so far");
                return false;
        }
    }

    private void Unsupported(SyntaxNode node, string what, string why) => _context.Report(McuDiagnostics.UnsupportedConstruct, node, what, why);
}
