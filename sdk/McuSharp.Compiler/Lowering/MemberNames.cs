using Microsoft.CodeAnalysis;

namespace McuSharp.Compiler.Lowering;

/// <summary>
/// The Python attribute name of every instance member (field, property, method, event) of the program's classes,
/// structs and interfaces, chosen once for the whole program. Python looks attributes up by name alone, so:
/// an override keeps the name of what it overrides (virtual dispatch is Python's own lookup); a member that
/// implements an interface member takes that member's name (a second interface name becomes an alias); a new
/// member takes its C# name unless a base class, an interface or another member of its type already uses it
/// (a private field in a base and a derived class, a `new` method, an overload), and then a suffix.
/// </summary>
public sealed class MemberNames
{
    /// <summary>Names the generated classes use themselves.</summary>
    private static readonly HashSet<string> Reserved = new(StringComparer.Ordinal)
    {
        "__init__", "__str__", "__eq__", "__ne__", "__hash__", "__lt__", "__iter__", "__next__", "__getitem__", "__setitem__",
        "__len__", "__contains__", "__class__", "__dict__", "__name__", "_cp", "_zero",
    };

    private readonly Dictionary<ISymbol, string> _names = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<INamedTypeSymbol, HashSet<string>> _usedByType = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<INamedTypeSymbol, List<(string Alias, string Target)>> _aliases = new(SymbolEqualityComparer.Default);

    /// <summary>The Python name of an instance member (of a user type, or a library member a user type overrides).</summary>
    public string Of(ISymbol member)
    {
        member = member.OriginalDefinition;
        if (_names.TryGetValue(member, out var name)) return name;
        // Library members (object.ToString, IComparable<T>.CompareTo, ...) keep their C# names.
        return Names.Sanitize(member.Name);
    }

    /// <summary>Extra class attributes that make one method answer to a second interface name.</summary>
    public IReadOnlyList<(string Alias, string Target)> AliasesOf(INamedTypeSymbol type) =>
        _aliases.TryGetValue(type.OriginalDefinition, out var list) ? list : Array.Empty<(string, string)>();

    /// <summary>Names every instance member of <paramref name="types"/>; bases and interfaces are named before the types that use them.</summary>
    public void Assign(IReadOnlyList<INamedTypeSymbol> types)
    {
        var userTypes = new HashSet<INamedTypeSymbol>(types.Select(t => t.OriginalDefinition), SymbolEqualityComparer.Default);
        var done = new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default);
        void Visit(INamedTypeSymbol type)
        {
            type = type.OriginalDefinition;
            if (!userTypes.Contains(type) || !done.Add(type)) return;
            if (type.BaseType is { } baseType) Visit(baseType);
            foreach (var iface in type.Interfaces) Visit(iface);
            NameMembersOf(type);
        }
        foreach (var type in types) Visit(type);
    }

    private static bool IsNamedMember(ISymbol member) => !member.IsStatic && !member.IsImplicitlyDeclared && member switch
    {
        IMethodSymbol m => m.MethodKind is MethodKind.Ordinary or MethodKind.ExplicitInterfaceImplementation,
        IPropertySymbol or IFieldSymbol or IEventSymbol => true,
        _ => false,
    };

    /// <summary>Every name an instance of <paramref name="type"/> answers to through its bases and interfaces.</summary>
    private HashSet<string> InheritedNames(INamedTypeSymbol type)
    {
        var names = new HashSet<string>(Reserved, StringComparer.Ordinal);
        for (var b = type.BaseType; b is not null; b = b.BaseType)
            if (_usedByType.TryGetValue(b.OriginalDefinition, out var used)) names.UnionWith(used);
        foreach (var iface in type.AllInterfaces)
        {
            if (_usedByType.TryGetValue(iface.OriginalDefinition, out var used)) names.UnionWith(used);
            else names.UnionWith(iface.GetMembers().Where(m => !m.IsStatic).Select(m => Names.Sanitize(m.Name)));
        }
        return names;
    }

    private void NameMembersOf(INamedTypeSymbol type)
    {
        var taken = InheritedNames(type);
        var own = new HashSet<string>(StringComparer.Ordinal);
        // Explicit interface implementations last: where one would take a name another member already answers to
        // (IEnumerable.GetEnumerator beside the public IEnumerable<T>.GetEnumerator), it gets a name of its own.
        // Overrides first: `Equals(object)` keeps the name `Equals` that `__eq__` and the base class call, and an
        // `Equals(T)` implementing IEquatable<T> beside it gets a name of its own.
        var members = type.GetMembers().Where(IsNamedMember).OrderBy(m => IsExplicitImplementation(m) ? 2 : m.IsOverride ? 0 : 1).ToList();
        var newSlots = new List<ISymbol>();
        foreach (var member in members)
        {
            var inherited = InheritedSlot(type, member);
            if (inherited.Count == 0 || (IsExplicitImplementation(member) || !member.IsOverride) && own.Contains(Of(inherited[0]))) { newSlots.Add(member); continue; }
            var name = Of(inherited[0]);
            _names[member] = name;
            own.Add(name);
            foreach (var other in inherited.Skip(1).Select(Of).Where(n => n != name).Distinct())
            {
                if (!_aliases.TryGetValue(type, out var list)) _aliases[type] = list = new();
                list.Add((other, name));
                own.Add(other);
            }
        }
        // New slots: the C# name where free; overloads (several methods of one name) carry their parameter types.
        var overloaded = newSlots.OfType<IMethodSymbol>().GroupBy(m => m.Name).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var member in newSlots)
        {
            var candidate = Names.Sanitize(member.Name[(member.Name.LastIndexOf('.') + 1)..]);
            if (member is IMethodSymbol method && overloaded.Contains(member.Name))
                candidate += "_" + string.Join("_", method.Parameters.Select(p => Names.ShortTypeName(p.Type)));
            var unique = candidate;
            for (var i = 2; taken.Contains(unique) || own.Contains(unique) || unique.StartsWith("_init", StringComparison.Ordinal); i++)
                unique = candidate + (unique.StartsWith("_init", StringComparison.Ordinal) && i == 2 ? "_" : i.ToString(System.Globalization.CultureInfo.InvariantCulture));
            _names[member] = unique;
            own.Add(unique);
        }
        _usedByType[type] = own;
    }

    private static bool IsExplicitImplementation(ISymbol member) => member switch
    {
        IMethodSymbol m => m.ExplicitInterfaceImplementations.Length > 0,
        IPropertySymbol p => p.ExplicitInterfaceImplementations.Length > 0,
        IEventSymbol e => e.ExplicitInterfaceImplementations.Length > 0,
        _ => false,
    };

    /// <summary>
    /// The members whose Python name <paramref name="member"/> must answer to: what it overrides, or the interface
    /// members it implements (explicitly or implicitly); empty for a new slot.
    /// </summary>
    private static List<ISymbol> InheritedSlot(INamedTypeSymbol type, ISymbol member)
    {
        ISymbol? overridden = member switch
        {
            IMethodSymbol { IsOverride: true } m => m.OverriddenMethod,
            IPropertySymbol { IsOverride: true } p => p.OverriddenProperty,
            IEventSymbol { IsOverride: true } e => e.OverriddenEvent,
            _ => null,
        };
        if (overridden is not null) return new List<ISymbol> { overridden.OriginalDefinition };
        var implemented = new List<ISymbol>();
        switch (member)
        {
            case IMethodSymbol m: implemented.AddRange(m.ExplicitInterfaceImplementations); break;
            case IPropertySymbol p: implemented.AddRange(p.ExplicitInterfaceImplementations); break;
            case IEventSymbol e: implemented.AddRange(e.ExplicitInterfaceImplementations); break;
        }
        foreach (var iface in type.AllInterfaces)
        foreach (var candidate in iface.GetMembers().Where(m => !m.IsStatic))
            if (SymbolEqualityComparer.Default.Equals(type.FindImplementationForInterfaceMember(candidate), member) && !implemented.Contains(candidate, SymbolEqualityComparer.Default))
                implemented.Add(candidate);
        return implemented.Select(m => m.OriginalDefinition).ToList();
    }
}
