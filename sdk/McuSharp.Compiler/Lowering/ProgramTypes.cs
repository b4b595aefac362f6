using Microsoft.CodeAnalysis;

namespace McuSharp.Compiler.Lowering;

/// <summary>
/// The program's own classes, structs and interfaces, and the decisions about their shape on the device that every
/// method body needs: which constructor is `__init__`, which properties are plain attributes.
/// </summary>
internal sealed class ProgramTypes
{
    private readonly HashSet<INamedTypeSymbol> _types = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<IMethodSymbol, string> _constructorNames = new(SymbolEqualityComparer.Default);
    private readonly HashSet<IPropertySymbol> _computedSlots = new(SymbolEqualityComparer.Default);

    /// <summary>The types with instances (classes, structs, interfaces), in declaration order.</summary>
    public List<INamedTypeSymbol> All { get; } = new();

    public bool IsUserType(ITypeSymbol? type) => type is INamedTypeSymbol named && _types.Contains(named.OriginalDefinition);

    public void Add(INamedTypeSymbol type)
    {
        if (_types.Add(type.OriginalDefinition)) All.Add(type.OriginalDefinition);
    }

    /// <summary>
    /// The Python constructor methods: the first declared constructor (or the implicit one) is `__init__`, so that
    /// `new C(...)` is the plain call `C(...)`; the others are `_init_&lt;parameter types&gt;`, called on a fresh object.
    /// </summary>
    public void NameConstructors(INamedTypeSymbol type)
    {
        var constructors = type.InstanceConstructors.Where(c => !(type.IsValueType && c.Parameters.Length == 0 && c.IsImplicitlyDeclared))
            .OrderBy(c => c.IsImplicitlyDeclared ? 0 : 1).ThenBy(c => c.Locations.FirstOrDefault()?.SourceSpan.Start ?? 0).ToList();
        for (var i = 0; i < constructors.Count; i++)
            _constructorNames[constructors[i]] = i == 0 ? "__init__" : "_init_" + string.Join("_", constructors[i].Parameters.Select(p => Names.ShortTypeName(p.Type)));
    }

    /// <summary>
    /// A struct whose value can change after construction: a field that is not readonly, or an auto-property with a
    /// setter. Only such structs need copies (see Structs.cs).
    /// </summary>
    public bool IsMutableStruct(INamedTypeSymbol type)
    {
        type = type.OriginalDefinition;
        if (_mutable.TryGetValue(type, out var known)) return known;
        _mutable[type] = false; // a struct cannot contain itself; this only guards the recursion
        var mutable = !type.IsReadOnly && type.GetMembers().Any(m => m switch
        {
            IFieldSymbol { IsStatic: false, IsConst: false } f => !f.IsReadOnly,
            IPropertySymbol { IsStatic: false } p => IsAutoProperty(p) && p.SetMethod is { IsInitOnly: false },
            _ => false,
        });
        return _mutable[type] = mutable;
    }

    private readonly Dictionary<INamedTypeSymbol, bool> _mutable = new(SymbolEqualityComparer.Default);

    public string ConstructorName(IMethodSymbol constructor) =>
        _constructorNames.TryGetValue(constructor.OriginalDefinition, out var name) ? name : "__init__";

    /// <summary>
    /// A property is a plain attribute when it and everything that overrides it are auto-properties; otherwise
    /// every property of its override chain is a Python property (auto ones over a backing attribute).
    /// </summary>
    public void DecidePropertyShapes(IEnumerable<IPropertySymbol> properties)
    {
        foreach (var property in properties.Where(p => !p.IsAbstract && !IsAutoProperty(p))) _computedSlots.Add(SlotRoot(property));
    }

    public bool IsStoredProperty(IPropertySymbol property) =>
        IsAutoProperty(property.OriginalDefinition) && !_computedSlots.Contains(SlotRoot(property.OriginalDefinition));

    public static bool IsAutoProperty(IPropertySymbol property) =>
        !property.IsAbstract && property.DeclaringSyntaxReferences.Select(r => r.GetSyntax()).OfType<Microsoft.CodeAnalysis.CSharp.Syntax.PropertyDeclarationSyntax>()
            .Any(p => p.ExpressionBody is null && p.AccessorList is { } list && list.Accessors.All(a => a.Body is null && a.ExpressionBody is null));

    private static IPropertySymbol SlotRoot(IPropertySymbol property)
    {
        while (property.OverriddenProperty is { } overridden) property = overridden;
        return property.OriginalDefinition;
    }
}
