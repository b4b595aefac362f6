using Microsoft.CodeAnalysis;

namespace McuSharp.Compiler.Lowering;

/// <summary>
/// Chooses the Python name of every C# symbol, once, at compile time, so names are stable and never collide
/// with Python keywords, the builtins the output uses, runtime helpers or each other.
/// </summary>
public sealed class Names
{
    private static readonly HashSet<string> PythonReserved = new(StringComparer.Ordinal)
    {
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del", "elif",
        "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or",
        "pass", "raise", "return", "try", "while", "with", "yield",
        // builtins and modules the generated code refers to by name
        "print", "len", "range", "str", "int", "float", "bool", "ord", "chr", "abs", "min", "max", "list", "dict", "tuple",
        "set", "sum", "any", "all", "sorted", "reversed", "enumerate", "zip", "map", "filter", "iter", "next", "isinstance",
        "type", "object", "super", "round", "divmod", "pow", "hash", "id", "repr", "format", "open", "input", "bytes",
        "bytearray", "Exception", "BaseException", "ValueError", "IndexError", "KeyError", "TypeError", "ZeroDivisionError",
        "OverflowError", "StopIteration", "AttributeError", "RuntimeError", "SystemExit", "math", "sys", "gc", "struct",
        "micropython", "const", "OrderedDict", "collections", "main", "self", "cls",
        // the modules the McuSharp.Device façades import (a local of that name would hide the module)
        "network", "machine", "time", "socket", "urequests", "binascii", "config",
    };

    private readonly Dictionary<ISymbol, string> _globals = new(SymbolEqualityComparer.Default);
    private readonly HashSet<string> _taken = new(StringComparer.Ordinal);
    private readonly HashSet<string> _helperNames;

    public Names(IEnumerable<string> runtimeHelperNames)
    {
        _helperNames = new HashSet<string>(runtimeHelperNames, StringComparer.Ordinal);
    }

    public static bool IsPythonReserved(string name) => PythonReserved.Contains(name);

    public static string Sanitize(string csharpName)
    {
        // C# allows @keywords and Unicode identifiers; Python 3 identifiers accept the same letters.
        var name = csharpName.TrimStart('@');
        return PythonReserved.Contains(name) ? name + "_" : name;
    }

    private bool IsTaken(string name) => _taken.Contains(name) || _helperNames.Contains(name) || PythonReserved.Contains(name);

    /// <summary>
    /// Assigns module-level names to types and static members: the plain name when unique, else Type_Member (a nested
    /// type: Outer_Inner).
    /// </summary>
    public void AssignGlobals(IReadOnlyList<ISymbol> members)
    {
        var counts = members.GroupBy(m => m.Name).ToDictionary(g => g.Key, g => g.Count());
        foreach (var member in members)
        {
            var baseName = Sanitize(member.Name);
            var qualifier = member.ContainingType is { } container ? Sanitize(container.Name) : Sanitize(member.ContainingNamespace?.Name is { Length: > 0 } ns ? ns : "global");
            var candidate = counts[member.Name] == 1 && !IsTaken(baseName) ? baseName : qualifier + "_" + member.Name.TrimStart('@');
            if (member is IMethodSymbol method && members.Count(m => m.Name == member.Name && SymbolEqualityComparer.Default.Equals(m.ContainingType, member.ContainingType)) > 1)
                candidate += "_" + string.Join("_", method.Parameters.Select(p => ShortTypeName(p.Type)));
            var unique = candidate;
            for (var i = 2; IsTaken(unique); i++) unique = candidate + i;
            _taken.Add(unique);
            _globals[member] = unique;
        }
    }

    /// <summary>A short, stable spelling of a parameter type for overload suffixes.</summary>
    public static string ShortTypeName(ITypeSymbol type) => type switch
    {
        IArrayTypeSymbol a => ShortTypeName(a.ElementType) + "Array",
        INamedTypeSymbol { IsGenericType: true } g => g.Name + string.Concat(g.TypeArguments.Select(ShortTypeName)),
        _ => type.SpecialType switch
        {
            SpecialType.System_Int32 => "int",
            SpecialType.System_Int64 => "long",
            SpecialType.System_Double => "double",
            SpecialType.System_Single => "float",
            SpecialType.System_String => "string",
            SpecialType.System_Boolean => "bool",
            SpecialType.System_Char => "char",
            SpecialType.System_Byte => "byte",
            _ => type.Name,
        },
    };

    /// <summary>The module-level table of an enum's names: `&lt;Enum&gt;_names`.</summary>
    public string EnumTableName(INamedTypeSymbol type) => UniqueFor(type, Sanitize(type.Name) + "_names");

    private string UniqueFor(ISymbol symbol, string candidate)
    {
        if (_globals.TryGetValue(symbol, out var known)) return known;
        var unique = candidate;
        for (var i = 2; IsTaken(unique); i++) unique = candidate + i;
        _taken.Add(unique);
        return _globals[symbol] = unique;
    }

    /// <summary>The module-level function that runs a static constructor: `&lt;Type&gt;_cctor`.</summary>
    public string StaticConstructorName(IMethodSymbol constructor) => UniqueFor(constructor, Sanitize(constructor.ContainingType.Name) + "_cctor");

    public string? GlobalName(ISymbol symbol) => _globals.TryGetValue(symbol.OriginalDefinition, out var name) ? name : null;

    public bool IsGlobalName(string name) => _taken.Contains(name);

    /// <summary>A local's Python name: its C# name unless that would hide a module-level name or a helper.</summary>
    public string LocalName(string csharpName)
    {
        var name = Sanitize(csharpName);
        while (IsTaken(name) || name.StartsWith("_t", StringComparison.Ordinal) && name.Length > 2 && name[2..].All(char.IsDigit)) name += "_";
        return name;
    }
}
