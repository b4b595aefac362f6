using McuSharp.Compiler.Diagnostics;
using McuSharp.Compiler.Python;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace McuSharp.Compiler.Lowering;

/// <summary>
/// The program's classes, structs and interfaces as Python classes: constructors (`__init__` and `_init_...`),
/// instance methods, computed properties (Python properties), the aliases interface names need, and the glue that
/// makes Python's own protocols follow the C# members (== in lists and dictionaries calls Equals, sorting calls
/// CompareTo). Bases come before the classes that derive from them. Member bodies are lowered by FunctionLowerer.
/// </summary>
internal sealed class TypeLowerer
{
    private readonly ProgramContext _context;
    private readonly Dictionary<INamedTypeSymbol, List<PyStmt>> _members = new(SymbolEqualityComparer.Default);

    public TypeLowerer(ProgramContext context) => _context = context;

    private FunctionLowerer LowererFor(SyntaxNode syntax) => new(_context, _context.ModelOf(syntax.SyntaxTree));

    /// <summary>Every piece of code in the types' instances: methods, accessors and constructors (for the analyses that need all call sites).</summary>
    public IEnumerable<(IMethodSymbol? Method, SyntaxNode Syntax)> Bodies(IEnumerable<INamedTypeSymbol> types)
    {
        foreach (var type in types)
        {
            foreach (var (method, syntax) in Functions(type)) yield return (method, syntax);
            foreach (var (_, initializer) in InstanceInitializers(type)) if (initializer is not null) yield return (null, initializer);
        }
    }

    /// <summary>The methods, accessors and explicit constructors of a type with their bodies' syntax.</summary>
    private static IEnumerable<(IMethodSymbol Method, SyntaxNode Syntax)> Functions(INamedTypeSymbol type)
    {
        foreach (var member in type.GetMembers())
        {
            if (member.IsImplicitlyDeclared) continue;
            switch (member)
            {
                case IMethodSymbol { IsStatic: false, IsAbstract: false, MethodKind: MethodKind.Ordinary or MethodKind.ExplicitInterfaceImplementation or MethodKind.Constructor } method
                    when method.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax() is BaseMethodDeclarationSyntax syntax && (syntax.Body is not null || syntax.ExpressionBody is not null || method.MethodKind == MethodKind.Constructor):
                    yield return (method, syntax);
                    break;
                case IPropertySymbol { IsStatic: false, IsAbstract: false } property:
                    foreach (var accessor in AccessorBodies(property)) yield return accessor;
                    break;
            }
        }
    }

    /// <summary>The getter and setter bodies of a property with code (none for an auto-property).</summary>
    public static IEnumerable<(IMethodSymbol Method, SyntaxNode Syntax)> AccessorBodies(IPropertySymbol property)
    {
        if (property.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax() is not BasePropertyDeclarationSyntax syntax) yield break;
        if (syntax is PropertyDeclarationSyntax { ExpressionBody: { } arrow } && property.GetMethod is { } arrowGetter) { yield return (arrowGetter, arrow); yield break; }
        if (syntax is IndexerDeclarationSyntax { ExpressionBody: { } indexerArrow } && property.GetMethod is { } indexerGetter) { yield return (indexerGetter, indexerArrow); yield break; }
        foreach (var accessor in syntax.AccessorList?.Accessors ?? default)
        {
            if (accessor.Body is null && accessor.ExpressionBody is null) continue;
            var method = accessor.Keyword.Text == "get" ? property.GetMethod : property.SetMethod;
            if (method is not null) yield return (method, accessor);
        }
    }

    /// <summary>
    /// A type's instance fields and auto-properties in declaration order, with their initializer expressions (null:
    /// the default value). A constructor that chains to a base runs them first, as C# does.
    /// </summary>
    /// <summary>The type of a field, property or event.</summary>
    public static ITypeSymbol MemberType(ISymbol member) => member switch
    {
        IFieldSymbol f => f.Type,
        IEventSymbol e => e.Type,
        _ => ((IPropertySymbol)member).Type,
    };

    public static List<(ISymbol Member, EqualsValueClauseSyntax? Initializer)> InstanceInitializers(INamedTypeSymbol type)
    {
        var list = new List<(ISymbol, EqualsValueClauseSyntax?, SyntaxReference)>();
        foreach (var member in type.GetMembers())
        {
            switch (member)
            {
                case IFieldSymbol { IsStatic: false, IsConst: false, IsImplicitlyDeclared: false } field when field.DeclaringSyntaxReferences.FirstOrDefault() is { } reference:
                    list.Add((field, ((VariableDeclaratorSyntax)reference.GetSyntax()).Initializer, reference));
                    break;
                case IEventSymbol { IsStatic: false, IsAbstract: false } fieldLike when fieldLike.DeclaringSyntaxReferences.FirstOrDefault() is { } reference && reference.GetSyntax() is VariableDeclaratorSyntax declarator:
                    list.Add((fieldLike, declarator.Initializer, reference)); // a field-like event: its delegate (see Events.cs)
                    break;
                case IPropertySymbol { IsStatic: false, IsAbstract: false } property when ProgramTypes.IsAutoProperty(property) && property.DeclaringSyntaxReferences.FirstOrDefault() is { } reference:
                    list.Add((property, ((PropertyDeclarationSyntax)reference.GetSyntax()).Initializer, reference));
                    break;
            }
        }
        return list.OrderBy(m => m.Item3.SyntaxTree.FilePath, StringComparer.Ordinal).ThenBy(m => m.Item3.Span.Start)
            .Select(m => (m.Item1, m.Item2)).ToList();
    }

    /// <summary>Lowers every member of every type (before the module's other code, whose uses the glue depends on).</summary>
    public void LowerMembers(IReadOnlyList<INamedTypeSymbol> types)
    {
        foreach (var type in types) _members[type] = LowerMembersOf(type);
    }

    /// <summary>The class definitions, bases first, with the glue the lowered program turned out to need.</summary>
    public List<(INamedTypeSymbol Type, PyStmt Class)> Finish(IReadOnlyList<INamedTypeSymbol> types)
    {
        var ordered = new List<INamedTypeSymbol>();
        var visited = new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default);
        void Visit(INamedTypeSymbol type)
        {
            if (!_members.ContainsKey(type) || !visited.Add(type)) return;
            if (type.BaseType is { } b) Visit(b.OriginalDefinition);
            foreach (var i in type.Interfaces) Visit(i.OriginalDefinition);
            ordered.Add(type);
        }
        foreach (var type in types) Visit(type);
        return ordered.Select(type =>
        {
            var body = new List<PyStmt>(_members[type]);
            body.AddRange(ObjectGlue(type));
            if (body.Count == 0) body.Add(new PyPass());
            return (type, (PyStmt)new PyClassDef(_context.Names.GlobalName(type)!, Bases(type), body) { Origin = OriginOf(type) });
        }).ToList();
    }

    private static SourceOrigin? OriginOf(ISymbol symbol) => ProgramContext.OriginOf(symbol.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax());

    private List<PyExpr> Bases(INamedTypeSymbol type)
    {
        var bases = new List<PyExpr>();
        if (type.BaseType is { } baseType && _context.Types.IsUserType(baseType)) bases.Add(new PyName(_context.Names.GlobalName(baseType.OriginalDefinition)!));
        else if (type.BaseType is { } libraryBase && ExceptionTypes.IsException(libraryBase))
        {
            if (ExceptionTypes.LibraryExceptionClass(_context, libraryBase) is { } exceptionClass) bases.Add(exceptionClass);
            else _context.Report(McuDiagnostics.UnsupportedMember, (SyntaxNode?)(type.DeclaringSyntaxReferences[0].GetSyntax() as TypeDeclarationSyntax)?.BaseList?.Types[0] ?? type.DeclaringSyntaxReferences[0].GetSyntax(),
                libraryBase.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat),
                "McuSharp supports deriving from these exception types: " + ExceptionTypes.SupportedTypesText);
        }
        foreach (var iface in type.Interfaces.Where(i => _context.Types.IsUserType(i)))
            bases.Add(new PyName(_context.Names.GlobalName(iface.OriginalDefinition)!));
        return bases;
    }

    private List<PyStmt> LowerMembersOf(INamedTypeSymbol type)
    {
        var body = new List<PyStmt>();
        if (type.TypeKind == TypeKind.Interface) return body;
        if (type.IsValueType)
        {
            var lowerer = LowererFor(type.DeclaringSyntaxReferences[0].GetSyntax());
            body.AddRange(lowerer.LowerStructZero(type));
            if (_context.Types.IsMutableStruct(type)) body.Add(lowerer.LowerStructCopy(type));
            if (!type.GetMembers("Equals").OfType<IMethodSymbol>().Any(m => m.IsOverride) && (_context.ComparedStructs?.Contains(type) ?? true))
                body.AddRange(lowerer.LowerStructEquality(type));
        }
        foreach (var constructor in type.InstanceConstructors.Where(c => !(type.IsValueType && c.IsImplicitlyDeclared)))
        {
            var syntax = constructor.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax() ?? type.DeclaringSyntaxReferences[0].GetSyntax();
            var lowered = LowererFor(syntax).LowerConstructor(type, constructor, syntax, _context.Types.ConstructorName(constructor));
            if (!IsInheritedAsIs(type, constructor, lowered)) body.Add(lowered);
        }
        foreach (var member in type.GetMembers())
        {
            if (member.IsImplicitlyDeclared || member.IsStatic) continue;
            switch (member)
            {
                case IPropertySymbol property:
                    body.AddRange(LowerProperty(property));
                    break;
                case IMethodSymbol { IsAbstract: false, MethodKind: MethodKind.Ordinary or MethodKind.ExplicitInterfaceImplementation } method
                    when method.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax() is BaseMethodDeclarationSyntax syntax:
                    if (syntax.Body is null && syntax.ExpressionBody is null) break; // partial without implementation
                    body.Add(LowererFor(syntax).LowerFunction(method, syntax, _context.Members.Of(method), hasSelf: true, prologue: null));
                    break;
            }
        }
        foreach (var (alias, target) in _context.Members.AliasesOf(type))
            body.Add(new PyAssign(new PyName(alias), new PyName(target)));
        return body;
    }

    /// <summary>
    /// A constructor that only hands its parameters, unchanged and in order, to the base class's constructor of the
    /// same Python name and parameter names (`Hygrometer(int id) : base(id) { }`): Python's inherited `__init__` does
    /// exactly that, so the class needs no definition of its own. Names must match too, as a call may pass keywords.
    /// </summary>
    private bool IsInheritedAsIs(INamedTypeSymbol type, IMethodSymbol constructor, PyFunctionDef lowered)
    {
        if (type.BaseType is not { } baseType || !_context.Types.IsUserType(baseType) || constructor.Parameters.Any(p => p.IsOptional || p.IsParams)) return false;
        if (lowered.Body is not [PyExprStmt { Value: PyCall { Function: PyAttribute { Target: PyName owner, Name: var called }, Args: var args, Keywords: null } }]) return false;
        var baseName = _context.Names.GlobalName(baseType.OriginalDefinition);
        var inherited = baseType.OriginalDefinition.InstanceConstructors.Where(c => _context.Types.ConstructorName(c) == lowered.Name).ToList();
        return owner.Id == baseName && called == lowered.Name && inherited.Count == 1
            && inherited[0].Parameters.Select(p => p.Name).SequenceEqual(constructor.Parameters.Select(p => p.Name), StringComparer.Ordinal)
            && !inherited[0].Parameters.Any(p => p.IsOptional || p.IsParams)
            && args.Select(a => (a as PyName)?.Id).SequenceEqual(lowered.Parameters.Select(p => p.Name), StringComparer.Ordinal);
    }

    /// <summary>
    /// A property: nothing for a plain attribute (its constructor stores it); else a Python property whose getter and
    /// setter are the accessor bodies, or read and write a backing attribute for an auto-property in a slot that
    /// other classes override with code.
    /// </summary>
    private IEnumerable<PyStmt> LowerProperty(IPropertySymbol property)
    {
        if (property.IsAbstract || _context.Types.IsStoredProperty(property)) yield break;
        if (property.IsIndexer && (property.Parameters.Length > 1 || property.ContainingType.GetMembers().OfType<IPropertySymbol>().Count(p => p.IsIndexer) > 1))
        {
            // A Python object has one `[]`, taking one key.
            _context.Report(McuDiagnostics.UnsupportedConstruct, property.DeclaringSyntaxReferences[0].GetSyntax(),
                property.Parameters.Length > 1 ? "An indexer with several parameters" : "A second indexer on one type",
                "keep one indexer with one parameter and give the other lookups method names, e.g. Sum(from, to)");
            yield break;
        }
        var name = property.IsIndexer ? null : _context.Members.Of(property);
        if (ProgramTypes.IsAutoProperty(property))
        {
            var backing = name + "_";
            yield return new PyFunctionDef(name!, new[] { new PyParameter("self") }, new PyStmt[] { new PyReturn(new PyAttribute(new PyName("self"), backing)) }, new PyExpr[] { new PyName("property") });
            if (property.SetMethod is not null)
                yield return new PyFunctionDef(name!, new[] { new PyParameter("self"), new PyParameter("value") },
                    new PyStmt[] { new PyAssign(new PyAttribute(new PyName("self"), backing), new PyName("value")) }, new PyExpr[] { new PyAttribute(new PyName(name!), "setter") });
            yield break;
        }
        foreach (var (accessor, syntax) in AccessorBodies(property))
        {
            var isGetter = SymbolEqualityComparer.Default.Equals(accessor, property.GetMethod);
            if (property.IsIndexer)
            {
                yield return LowererFor(syntax).LowerFunction(accessor, syntax, isGetter ? "__getitem__" : "__setitem__", hasSelf: true, prologue: null);
                continue;
            }
            var function = LowererFor(syntax).LowerFunction(accessor, syntax, name!, hasSelf: true, prologue: null);
            yield return function with { Decorators = new PyExpr[] { isGetter ? new PyName("property") : new PyAttribute(new PyName(name!), "setter") } };
        }
    }

    /// <summary>
    /// What Python's own protocols need so that they follow the C# members: `==` (used by `in`, list.index and dict
    /// keys) is Equals, hash() is GetHashCode, `&lt;` (used by sorting) is CompareTo; and object.ToString's type name.
    /// </summary>
    private IEnumerable<PyStmt> ObjectGlue(INamedTypeSymbol type)
    {
        if (type.TypeKind == TypeKind.Interface) yield break;
        var self = new PyName("self");
        var other = new PyName("other");
        var declares = type.GetMembers().OfType<IMethodSymbol>().Where(m => m.IsOverride && !m.IsStatic).Select(m => m.Name).ToHashSet(StringComparer.Ordinal);
        if (declares.Contains("Equals"))
        {
            yield return new PyFunctionDef("__eq__", new[] { new PyParameter("self"), new PyParameter("other") },
                new PyStmt[] { new PyReturn(new PyCall(new PyAttribute(self, "Equals"), new PyExpr[] { other })) });
            yield return new PyFunctionDef("__hash__", new[] { new PyParameter("self") },
                new PyStmt[] { new PyReturn(declares.Contains("GetHashCode") ? new PyCall(new PyAttribute(self, "GetHashCode"), Array.Empty<PyExpr>()) : new PyCall(new PyName("id"), new PyExpr[] { self })) });
        }
        var comparable = type.Interfaces.FirstOrDefault(i => i.Name == "IComparable" && i.ContainingNamespace.ToDisplayString() == "System");
        if (comparable is not null && type.FindImplementationForInterfaceMember(comparable.GetMembers("CompareTo").First()) is { } compareTo
            && SymbolEqualityComparer.Default.Equals(compareTo.ContainingType.OriginalDefinition, type))
        {
            var compare = new PyCall(new PyAttribute(self, _context.Members.Of(compareTo)), new PyExpr[] { other });
            yield return new PyFunctionDef("__lt__", new[] { new PyParameter("self"), new PyParameter("other") },
                new PyStmt[] { new PyReturn(new PyCompare(compare, PyCompareOperator.Lt, PyConst.Int(0))) });
        }
        // foreach over a program object that implements IEnumerable<T> uses its GetEnumerator.
        if (type.AllInterfaces.Any(i => i.Name == "IEnumerable" && i.ContainingNamespace.ToDisplayString() == "System.Collections.Generic")
            && type.GetMembers("GetEnumerator").OfType<IMethodSymbol>().FirstOrDefault(m => m.Parameters.Length == 0 && !m.IsStatic) is { } getEnumerator)
            yield return new PyFunctionDef("__iter__", new[] { new PyParameter("self") },
                new PyStmt[] { new PyReturn(new PyCall(new PyName("iter"), new PyExpr[] { new PyCall(new PyAttribute(self, _context.Members.Of(getEnumerator)), Array.Empty<PyExpr>()) })) });
        // System.Exception's default message names the class by its full name (where the program can see one);
        // InvalidCastException's (see _cast) too, but a nested class by its own name only.
        if (ExceptionTypes.IsException(type) && _context.ExceptionReach.DefaultMessagesSeen) yield return new PyAssign(new PyName("_full"), PyConst.Str(FullName(type)));
        if (_context.HelpersUsed.Contains("_cast"))
            yield return new PyAssign(new PyName("_cname"), PyConst.Str(type.ContainingType is null ? FullName(type) : type.MetadataName));
        if (_context.UsesObjectToString && !OverridesToString(type))
            yield return new PyFunctionDef("ToString", new[] { new PyParameter("self") }, new PyStmt[] { new PyReturn(PyConst.Str(FullName(type))) });
    }

    /// <summary>Whether the type or a base class overrides ToString.</summary>
    public static bool OverridesToString(INamedTypeSymbol type)
    {
        for (var t = type; t is not null && t.SpecialType is not (SpecialType.System_Object or SpecialType.System_ValueType); t = t.BaseType)
            if (t.GetMembers("ToString").OfType<IMethodSymbol>().Any(m => m.IsOverride && m.Parameters.Length == 0)) return true;
        return false;
    }

    /// <summary>What .NET's Type.FullName gives: Namespace.Outer+Inner.</summary>
    public static string FullName(INamedTypeSymbol type)
    {
        var name = type.MetadataName;
        for (var outer = type.ContainingType; outer is not null; outer = outer.ContainingType) name = outer.MetadataName + "+" + name;
        var ns = type.ContainingNamespace?.ToDisplayString();
        return string.IsNullOrEmpty(ns) || type.ContainingNamespace!.IsGlobalNamespace ? name : ns + "." + name;
    }
}
