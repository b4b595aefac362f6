using McuSharp.Compiler.Diagnostics;
using McuSharp.Compiler.Python;
using McuSharp.Compiler.Runtime;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace McuSharp.Compiler.Lowering;

/// <summary>
/// Lowers a whole program into main.py: the program's classes, structs and interfaces with instances become Python
/// classes (TypeLowerer.cs); static members of every type become module-level functions and globals; then come the
/// static initializers and the call of the entry point.
/// </summary>
internal sealed class ProgramLowerer
{
    private readonly ProgramContext _context;
    private readonly Compilation _compilation;

    public ProgramLowerer(Compilation compilation, RuntimeLibrary runtime, bool hasNullableWarnings = true, CompileOptions? options = null)
    {
        _compilation = compilation;
        _context = new ProgramContext(compilation, new Names(runtime.HelperNames), runtime)
        {
            Options = options ?? new CompileOptions(),
            TrustsNullableAnnotations = !hasNullableWarnings && !CreatesStringArraysWithoutInitializer(compilation) && !SuppressesNullableWarnings(compilation),
        };
    }

    /// <summary>`x!` tells Roslyn a value is not null without making it so (`default!` is null).</summary>
    private static bool SuppressesNullableWarnings(Compilation compilation) =>
        compilation.SyntaxTrees.Any(tree => tree.GetRoot().DescendantNodes().Any(n => n.IsKind(Microsoft.CodeAnalysis.CSharp.SyntaxKind.SuppressNullableWarningExpression)));

    /// <summary>`new string[n]` holds nulls although its elements are typed non-nullable, and Roslyn does not warn about it.</summary>
    private static bool CreatesStringArraysWithoutInitializer(Compilation compilation) =>
        compilation.SyntaxTrees.Any(tree =>
        {
            var model = compilation.GetSemanticModel(tree);
            return tree.GetRoot().DescendantNodes().OfType<ArrayCreationExpressionSyntax>().Any(a => a.Initializer is null
                && model.GetTypeInfo(a).Type is IArrayTypeSymbol { ElementType.SpecialType: SpecialType.System_String });
        });

    /// <summary>The program's modules (main.py first), or null when it cannot be translated.</summary>
    public (List<PyModule>? Modules, ProgramContext Context) Lower()
    {
        UnsafeCode.Check(_context, _compilation.SyntaxTrees);
        var declared = DeclaredTypes();
        var members = new List<ISymbol>();
        var methods = new List<(IMethodSymbol Symbol, SyntaxNode Syntax)>();
        var fields = new List<(ISymbol Symbol, SyntaxNode Syntax)>(); // static fields and static auto-properties
        var staticConstructors = new List<(IMethodSymbol Symbol, ConstructorDeclarationSyntax Syntax)>();
        var created = CreatedTypes();

        foreach (var type in declared)
        {
            if (_context.Facades.IsBindingType(type)) continue; // [MicroPythonType], [MicroPythonModule], [McuConfig]: they describe Python, they are not emitted
            if (!CheckType(type)) continue;
            if (HasInstances(type, created))
            {
                _context.Types.Add(type);
                members.Add(type);
            }
            foreach (var member in type.GetMembers())
            {
                if (member.IsImplicitlyDeclared || member is INamedTypeSymbol) continue;
                var syntax = member.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax();
                if (syntax is null) continue;
                switch (member)
                {
                    case IMethodSymbol { MethodKind: MethodKind.StaticConstructor } cctor when syntax is ConstructorDeclarationSyntax c:
                        staticConstructors.Add((cctor, c));
                        break;
                    case IMethodSymbol { MethodKind: MethodKind.Constructor or MethodKind.PropertyGet or MethodKind.PropertySet }:
                        break; // lowered with their type or property
                    case IMethodSymbol { IsStatic: true, MethodKind: MethodKind.Ordinary or MethodKind.UserDefinedOperator or MethodKind.Conversion } method:
                        if (method.IsGenericMethod && !AllowsGenerics(method, syntax)) continue;
                        if (syntax is MethodDeclarationSyntax { Body: null, ExpressionBody: null } or OperatorDeclarationSyntax { Body: null, ExpressionBody: null }) { Unsupported(syntax, "A method without a body", "give it a body"); continue; }
                        members.Add(method);
                        methods.Add((method, syntax));
                        break;
                    case IMethodSymbol { MethodKind: MethodKind.Ordinary or MethodKind.ExplicitInterfaceImplementation } method:
                        if (method.IsGenericMethod) AllowsGenerics(method, syntax);
                        break; // lowered with its type
                    case IFieldSymbol { IsConst: true }:
                        break; // constants are folded where they are used
                    case IFieldSymbol { IsStatic: true } field when syntax is VariableDeclaratorSyntax v:
                        members.Add(field);
                        fields.Add((field, v));
                        break;
                    case IFieldSymbol:
                        break; // instance fields belong to the type's instances
                    case IPropertySymbol { IsStatic: true } property when ProgramTypes.IsAutoProperty(property) && syntax is PropertyDeclarationSyntax:
                        members.Add(property); // a static auto-property is a module-level variable, like a static field
                        fields.Add((property, syntax));
                        break;
                    case IPropertySymbol { IsStatic: true } property:
                        // Its accessors are module-level functions, like static methods.
                        foreach (var (accessor, accessorBody) in TypeLowerer.AccessorBodies(property))
                        {
                            members.Add(accessor);
                            methods.Add((accessor, accessorBody));
                        }
                        break;
                    case IPropertySymbol:
                        break;
                    case IEventSymbol { IsStatic: false, IsAbstract: false, IsVirtual: false, IsOverride: false } when syntax is VariableDeclaratorSyntax:
                        break; // a field-like event: a delegate stored in its objects (see Events.cs)
                    case IEventSymbol:
                        _context.Report(McuDiagnostics.MulticastDelegate, syntax, "A static, virtual or abstract event, or one with add/remove accessors, is not supported (an instance event declared like a field is)");
                        break;
                    case IMethodSymbol { MethodKind: MethodKind.Destructor }:
                        Unsupported(syntax, "A finalizer", "MicroPython objects have no finalizers; release resources with Dispose()");
                        break;
                    default:
                        Unsupported(syntax, "This kind of member", "it has no MicroPython translation yet");
                        break;
                }
            }
        }

        _context.Names.AssignGlobals(members);
        _context.Members.Assign(_context.Types.All);
        foreach (var type in _context.Types.All) _context.Types.NameConstructors(type);
        _context.Types.DecidePropertyShapes(_context.Types.All.SelectMany(t => t.GetMembers().OfType<IPropertySymbol>()));
        var typeLowerer = new TypeLowerer(_context);
        _context.TypeArguments = TypeArguments.Compute(_context, AllBodies(), _context.Types.All);
        var bodies = AllBodies().ToList();
        _context.PlainValues = PlainValues.Compute(_context, bodies);
        _context.ComparedStructs = StructEquality.Compared(_context, bodies);
        _context.DeferredFields = DeferredFields.Choose(_context, bodies);
        FunctionLowerer.CallSiteRanges.Compute(_context, methods.Select(m => ((IMethodSymbol?)m.Symbol, m.Syntax))
            .Concat(fields.Where(f => InitializerOf(f.Syntax) is not null).Select(f => ((IMethodSymbol?)null, (SyntaxNode)InitializerOf(f.Syntax)!)))
            .Concat(staticConstructors.Select(c => ((IMethodSymbol?)c.Symbol, (SyntaxNode)c.Syntax)))
            .Concat(typeLowerer.Bodies(_context.Types.All)).ToList());

        StaticInitialization.Check(_context, fields.Where(f => InitializerOf(f.Syntax) is not null).Select(f => (f.Symbol.ContainingType, (SyntaxNode)InitializerOf(f.Syntax)!))
            .Concat(staticConstructors.Select(c => (c.Symbol.ContainingType, (SyntaxNode)c.Syntax))).ToList(), AllBodies().ToList());
        var body = new List<(ISymbol Owner, PyStmt Function)>();
        foreach (var (symbol, syntax) in methods)
        {
            var lowerer = new FunctionLowerer(_context, _context.ModelOf(syntax.SyntaxTree));
            body.Add((symbol, lowerer.LowerFunction(symbol, syntax, _context.Names.GlobalName(symbol)!, hasSelf: false, prologue: null)));
        }
        typeLowerer.LowerMembers(_context.Types.All);
        var initializers = new List<PyStmt>();
        var (defaults, ordered) = InitializationOrder(fields, methods.Concat(typeLowerer.Bodies(_context.Types.All).Where(b => b.Method is not null).Select(b => (b.Method!, b.Syntax)))
            .Concat(staticConstructors.Select(c => (c.Symbol, (SyntaxNode)c.Syntax))).ToList());
        foreach (var (field, syntax) in defaults)
            initializers.Add(new FunctionLowerer(_context, _context.ModelOf(syntax.SyntaxTree)).LowerStaticMemberDefault(field, syntax));
        var constructorsLeft = staticConstructors.ToList();
        foreach (var (field, syntax) in ordered)
        {
            var lowerer = new FunctionLowerer(_context, _context.ModelOf(syntax.SyntaxTree));
            initializers.Add(lowerer.LowerStaticMemberInitializer(field, syntax));
            // A static constructor runs after its class's field initializers.
            var isLastOfClass = !ordered.SkipWhile(f => !SymbolEqualityComparer.Default.Equals(f.Item1, field)).Skip(1).Any(f => SymbolEqualityComparer.Default.Equals(f.Item1.ContainingType, field.ContainingType));
            if (isLastOfClass) initializers.AddRange(StaticConstructorCalls(constructorsLeft, field.ContainingType, body));
        }
        foreach (var (cctor, _) in constructorsLeft.ToList()) initializers.AddRange(StaticConstructorCalls(constructorsLeft, cctor.ContainingType, body));
        var classes = typeLowerer.Finish(_context.Types.All);

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

        DeadDefinitions.Prune(_context, classes, body, initializers.Append(start).Concat(_context.ModuleDefinitions.Values).ToList());

        // Classes and functions are defined first: a static field initializer may use them.
        var definitions = new List<Definition>();
        definitions.AddRange(classes.Select(c => new Definition(c.Class, NamespaceOf(c.Type), new[] { ((PyClassDef)c.Class).Name })));
        definitions.AddRange(body.Select(f => new Definition(f.Function, NamespaceOf(f.Owner), new[] { ((PyFunctionDef)f.Function).Name })));
        // A static field lives in its namespace's module; main.py's initializers set it there.
        definitions.AddRange(fields.Select(f => new Definition(null, NamespaceOf(f.Symbol), new[] { _context.Names.GlobalName(f.Symbol)! })));
        var mainCode = new List<PyStmt>(initializers) { start };
        (definitions, mainCode) = WrapHelpers.Decide(_context, definitions, mainCode);
        return (Modules.Split(_context, definitions, mainCode), _context);
    }

    /// <summary>The C# namespace a member or type belongs to (a nested type's: its outermost type's), "" for the global one.</summary>
    private static string NamespaceOf(ISymbol symbol)
    {
        var type = symbol as INamedTypeSymbol ?? symbol.ContainingType;
        while (type?.ContainingType is not null) type = type.ContainingType;
        var ns = type?.ContainingNamespace;
        return ns is null || ns.IsGlobalNamespace ? "" : ns.ToDisplayString();
    }

    /// <summary>
    /// The call of a class's static constructor (its body is a function defined with the others). C# runs it when the
    /// class is first used; the device runs it once before Main, after the class's field initializers.
    /// </summary>
    private IEnumerable<PyStmt> StaticConstructorCalls(List<(IMethodSymbol Symbol, ConstructorDeclarationSyntax Syntax)> left, INamedTypeSymbol type, List<(ISymbol, PyStmt)> functions)
    {
        foreach (var (cctor, syntax) in left.Where(c => SymbolEqualityComparer.Default.Equals(c.Symbol.ContainingType, type)).ToList())
        {
            left.Remove((cctor, syntax));
            var name = _context.Names.StaticConstructorName(cctor);
            functions.Add((cctor, new FunctionLowerer(_context, _context.ModelOf(syntax.SyntaxTree)).LowerStaticConstructor(cctor, syntax, name)));
            yield return new PyExprStmt(new PyCall(new PyName(name), Array.Empty<PyExpr>())) { Origin = ProgramContext.OriginOf(syntax) };
        }
    }

    /// <summary>Every operation tree of the program's code: member bodies and initializers.</summary>
    private IEnumerable<IOperation> AllBodies()
    {
        foreach (var tree in _compilation.SyntaxTrees)
        {
            var model = _context.ModelOf(tree);
            foreach (var node in tree.GetRoot().DescendantNodes().Where(n => n is BaseMethodDeclarationSyntax or AccessorDeclarationSyntax or ArrowExpressionClauseSyntax or EqualsValueClauseSyntax))
                if (model.GetOperation(node) is { } operation) yield return operation;
        }
    }

    /// <summary>The program's types (classes, structs, interfaces, enums), each once, in source order; a delegate type needs no Python code.</summary>
    private List<INamedTypeSymbol> DeclaredTypes()
    {
        var types = new List<INamedTypeSymbol>();
        var seen = new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default);
        foreach (var tree in _compilation.SyntaxTrees)
        {
            var model = _context.ModelOf(tree);
            foreach (var node in tree.GetRoot().DescendantNodes().OfType<BaseTypeDeclarationSyntax>())
                if (model.GetDeclaredSymbol(node) is INamedTypeSymbol type && seen.Add(type)) types.Add(type);
        }
        return types;
    }

    /// <summary>The types the program creates with `new`.</summary>
    private HashSet<INamedTypeSymbol> CreatedTypes()
    {
        var created = new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default);
        foreach (var tree in _compilation.SyntaxTrees)
        {
            var model = _context.ModelOf(tree);
            foreach (var node in tree.GetRoot().DescendantNodes().OfType<BaseObjectCreationExpressionSyntax>())
                if (model.GetTypeInfo(node).Type is INamedTypeSymbol type) created.Add(type.OriginalDefinition);
        }
        return created;
    }

    /// <summary>
    /// Whether the type becomes a Python class: structs and interfaces do, and classes that have instance members, are
    /// created, or take part in inheritance. A class of static methods stays a set of module-level functions.
    /// </summary>
    private static bool HasInstances(INamedTypeSymbol type, HashSet<INamedTypeSymbol> created)
    {
        if (type.TypeKind is TypeKind.Struct or TypeKind.Interface) return true;
        if (type.TypeKind != TypeKind.Class || type.IsStatic) return false;
        if (created.Contains(type) || type.BaseType is { SpecialType: not SpecialType.System_Object } || type.Interfaces.Length > 0 || type.IsAbstract) return true;
        return type.GetMembers().Any(m => !m.IsStatic && !m.IsImplicitlyDeclared && m is not INamedTypeSymbol);
    }

    /// <summary>Generic methods are erased on the device: the same code serves every type argument.</summary>
    private static bool AllowsGenerics(IMethodSymbol method, SyntaxNode syntax) => true;

    /// <summary>
    /// The order of the static field initializers. C# initializes a class's static fields in textual order when the
    /// class is first used; the device runs every initializer once before Main. A class whose initializers use another
    /// class's fields (directly or through the methods they call) is initialized after that class. A field that is read
    /// before its own initializer has run (a forward or circular reference) reads C#'s default value: it is set to the
    /// default first (<paramref name="fields"/> order kept otherwise).
    /// </summary>
    private (List<(ISymbol, SyntaxNode)> Defaults, List<(ISymbol, SyntaxNode)> Ordered) InitializationOrder(
        List<(ISymbol Symbol, SyntaxNode Syntax)> fields, List<(IMethodSymbol Symbol, SyntaxNode Syntax)> methods)
    {
        var fieldSet = new HashSet<ISymbol>(fields.Select(f => f.Symbol), SymbolEqualityComparer.Default);
        var methodSet = new HashSet<IMethodSymbol>(methods.Select(m => m.Symbol), SymbolEqualityComparer.Default);

        (HashSet<ISymbol> Fields, HashSet<IMethodSymbol> Calls) References(SyntaxNode node)
        {
            var model = _context.ModelOf(node.SyntaxTree);
            var usedFields = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
            var calls = new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default);
            foreach (var name in node.DescendantNodesAndSelf().Where(n => n is SimpleNameSyntax or BaseObjectCreationExpressionSyntax))
            {
                switch (model.GetSymbolInfo(name).Symbol?.OriginalDefinition)
                {
                    case IMethodSymbol m when methodSet.Contains(m): calls.Add(m); break;
                    case IPropertySymbol { GetMethod: { } getter } p when !fieldSet.Contains(p) && methodSet.Contains(getter.OriginalDefinition): calls.Add(getter.OriginalDefinition); break;
                    case { } f when fieldSet.Contains(f): usedFields.Add(f); break;
                }
            }
            return (usedFields, calls);
        }

        // The fields each method uses, through the methods it calls too.
        var direct = methods.ToDictionary(m => m.Symbol, m => References(m.Syntax), (IEqualityComparer<IMethodSymbol>)SymbolEqualityComparer.Default);
        var closure = new Dictionary<IMethodSymbol, HashSet<ISymbol>>(SymbolEqualityComparer.Default);
        HashSet<ISymbol> FieldsUsedBy(IMethodSymbol method)
        {
            if (closure.TryGetValue(method, out var known)) return known;
            var result = new HashSet<ISymbol>(direct[method].Fields, SymbolEqualityComparer.Default);
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

        var reads = new Dictionary<ISymbol, HashSet<ISymbol>>(SymbolEqualityComparer.Default);
        foreach (var (field, syntax) in fields)
        {
            var set = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
            if (InitializerOf(syntax) is { } initializer)
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
        var initialized = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        var needsDefault = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        foreach (var (field, _) in ordered)
        {
            foreach (var used in reads[field]) if (!initialized.Contains(used)) needsDefault.Add(used);
            initialized.Add(field);
        }
        var defaults = fields.Where(f => needsDefault.Contains(f.Symbol)).Select(f => (f.Symbol, f.Syntax)).ToList();
        return (defaults, ordered.Select(f => (f.Symbol, f.Syntax)).ToList());
    }

    /// <summary>The `= value` of a static field's declarator or a static auto-property.</summary>
    private static EqualsValueClauseSyntax? InitializerOf(SyntaxNode declaration) => declaration switch
    {
        VariableDeclaratorSyntax v => v.Initializer,
        PropertyDeclarationSyntax p => p.Initializer,
        _ => null,
    };


    private bool CheckType(INamedTypeSymbol type)
    {
        var syntax = type.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax();
        if (syntax is null) return false;
        switch (type.TypeKind)
        {
            case TypeKind.Enum:
                return false; // enum members are constants, folded where they are used
            case TypeKind.Delegate:
                return false;
            case TypeKind.Class or TypeKind.Struct or TypeKind.Interface when type.IsRecord:
                Unsupported(syntax, "A record", "write a class (or struct) with the members you need, and Equals/GetHashCode if you compare values");
                return false;
            case TypeKind.Class or TypeKind.Struct or TypeKind.Interface:
                if (type.IsRefLikeType) { Unsupported(syntax, "A ref struct", "use a plain struct"); return false; }
                if (type.TypeKind == TypeKind.Interface && type.GetMembers().Any(m => m is IMethodSymbol { IsAbstract: false, IsStatic: false, MethodKind: MethodKind.Ordinary }))
                    Unsupported(syntax, "An interface with default method bodies", "implement the method in each class, or in a common base class");
                return true;
            default:
                Unsupported(syntax, $"A {type.TypeKind} declaration", "it has no MicroPython translation");
                return false;
        }
    }

    private void Unsupported(SyntaxNode node, string what, string why) => _context.Report(McuDiagnostics.UnsupportedConstruct, node, what, why);
}
