using McuSharp.Compiler.Python;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace McuSharp.Compiler.Lowering;

/// <summary>
/// Generics are erased on the device: one Python class or function serves every type argument. What erasure loses
/// is recovered from the whole program: <see cref="TypeArguments"/> knows, for each type parameter, every type the
/// program can pass for it. Where those types agree, generic code that depends on T (default(T), T's ToString,
/// Equals, CompareTo) is lowered as it would be for them; where they disagree, it is refused with a message.
/// </summary>
internal sealed class TypeArguments
{
    /// <summary>Before the analysis has run: nothing known.</summary>
    public static TypeArguments None { get; } = new();

    private TypeArguments() { }

    private readonly Dictionary<ITypeParameterSymbol, HashSet<ITypeSymbol>> _sets = new(SymbolEqualityComparer.Default);

    private readonly HashSet<IMethodSymbol> _methodGroups = new(SymbolEqualityComparer.Default);

    /// <summary>Whether the program makes a delegate of the generic method (a call through it cannot pass hidden arguments).</summary>
    public bool IsUsedAsMethodGroup(IMethodSymbol method) => _methodGroups.Contains(method.OriginalDefinition);

    /// <summary>Every concrete type (never a type parameter) the program can pass for <paramref name="parameter"/>; empty when unknown.</summary>
    public IReadOnlyCollection<ITypeSymbol> Of(ITypeParameterSymbol parameter) =>
        _sets.TryGetValue((ITypeParameterSymbol)parameter.OriginalDefinition, out var set) ? set : (IReadOnlyCollection<ITypeSymbol>)Array.Empty<ITypeSymbol>();

    /// <summary>
    /// Scans every body for constructed uses of the program's generic types and methods (creations, calls, base
    /// types, member accesses), then lets type parameters passed on as arguments inherit their own sets.
    /// </summary>
    public static TypeArguments Compute(ProgramContext context, IEnumerable<IOperation> bodies, IEnumerable<INamedTypeSymbol> types)
    {
        var result = new TypeArguments();
        var edges = new List<(ITypeParameterSymbol Target, ITypeParameterSymbol Source)>();
        void Record(IReadOnlyList<ITypeParameterSymbol> parameters, IReadOnlyList<ITypeSymbol> arguments)
        {
            for (var i = 0; i < Math.Min(parameters.Count, arguments.Count); i++)
            {
                var parameter = (ITypeParameterSymbol)parameters[i].OriginalDefinition;
                if (arguments[i] is ITypeParameterSymbol source) edges.Add((parameter, (ITypeParameterSymbol)source.OriginalDefinition));
                else result.Add(parameter, arguments[i]);
            }
        }
        void RecordType(ITypeSymbol? type)
        {
            for (var t = type as INamedTypeSymbol; t is not null; t = t.ContainingType)
                if (t.IsGenericType && !SymbolEqualityComparer.Default.Equals(t, t.OriginalDefinition) && context.Types.IsUserType(t))
                    Record(t.OriginalDefinition.TypeParameters, t.TypeArguments);
        }
        foreach (var type in types)
        {
            RecordType(type.BaseType);
            foreach (var iface in type.Interfaces) RecordType(iface);
        }
        foreach (var body in bodies)
        {
            foreach (var operation in body.DescendantsAndSelf())
            {
                switch (operation)
                {
                    case IInvocationOperation { TargetMethod: { IsGenericMethod: true } method } when method.DeclaringSyntaxReferences.Length > 0:
                        Record(method.OriginalDefinition.TypeParameters, method.TypeArguments);
                        RecordType(method.ContainingType);
                        break;
                    case IMethodReferenceOperation { Method: { IsGenericMethod: true } referenced } when referenced.DeclaringSyntaxReferences.Length > 0:
                        Record(referenced.OriginalDefinition.TypeParameters, referenced.TypeArguments);
                        result._methodGroups.Add(referenced.OriginalDefinition);
                        break;
                    case IObjectCreationOperation creation:
                        RecordType(creation.Type);
                        break;
                    case IMemberReferenceOperation member:
                        RecordType(member.Member.ContainingType);
                        break;
                    case IInvocationOperation call:
                        RecordType(call.TargetMethod.ContainingType);
                        break;
                }
            }
        }
        // T passed on as U: U can be anything T can be (a fixed point over the edges).
        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var (target, source) in edges)
                foreach (var type in result.Of(source).ToList())
                    changed |= result.Add(target, type);
        }
        return result;
    }

    private bool Add(ITypeParameterSymbol parameter, ITypeSymbol type)
    {
        if (!_sets.TryGetValue(parameter, out var set)) _sets[parameter] = set = new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default);
        return set.Add(type);
    }
}

internal sealed partial class FunctionLowerer
{
    /// <summary>
    /// default(T) for a type parameter: the default every type the program passes for T shares (null for classes
    /// and nullables, 0, 0.0, false, '\0', the zero value of the one struct), else the default the object or the
    /// call keeps for T (copied where T can be a mutable struct), else a refusal.
    /// </summary>
    private PyExpr TypeParameterDefault(ITypeParameterSymbol parameter, SyntaxNode syntax, bool copied = true)
    {
        if (parameter.HasReferenceTypeConstraint) return PyConst.None;
        var types = _context.TypeArguments.Of(parameter);
        if (types.Count == 0) return PyConst.None; // no code passes a type for T: this code never runs
        if (HasSharedDefault(parameter))
        {
            if (types.Count == 1) return DefaultValue(types.First(), syntax);
            return DefaultKinds(parameter)[0] switch
            {
                "null" => PyConst.None,
                "false" => PyConst.False,
                "char" => Str("\0"),
                "0.0" => new PyConst(0.0),
                _ => Int(0),
            };
        }
        PyExpr? kept = ReifiedDefaultName(parameter) is { } attribute && _hasSelf ? new PyAttribute(Self, attribute) // kept by each object (see ReifiedParameters)
            : IsReifiedByCall(parameter) ? new PyName(HiddenDefaultName(parameter)) // passed in by each call (see ReifiedMethodParameters)
            : null;
        if (kept is not null) return copied && IsMutableStruct(parameter) ? CopyOf(kept, parameter) : kept;
        return Unsupported(syntax, $"default({parameter.Name})", $"the program uses {parameter.Name} with {string.Join(", ", types.Select(t => t.ToDisplayString()))}, whose default values differ (the device does not keep type arguments); constrain {parameter.Name} (where {parameter.Name} : class) or pass the default value in");
    }

    /// <summary>Whether every type the program passes for T has the same default value (or there is only one such type).</summary>
    private bool HasSharedDefault(ITypeParameterSymbol parameter)
    {
        if (parameter.HasReferenceTypeConstraint || _context.TypeArguments.Of(parameter).Count <= 1) return true;
        var kinds = DefaultKinds(parameter);
        return kinds.Count == 1 && kinds[0] != "other";
    }

    /// <summary>The type parameters of the program's code that need default(T) (or arrays of T's defaults) in <paramref name="declaration"/>.</summary>
    private HashSet<ITypeParameterSymbol> DefaultsNeeded(SyntaxReference declaration)
    {
        var needed = new HashSet<ITypeParameterSymbol>(SymbolEqualityComparer.Default);
        var model = _context.ModelOf(declaration.SyntaxTree);
        foreach (var node in declaration.GetSyntax().DescendantNodes())
        {
            switch (model.GetOperation(node))
            {
                case IDefaultValueOperation { Type: ITypeParameterSymbol t }: needed.Add(t); break;
                case IArrayCreationOperation { Initializer: null, Type: IArrayTypeSymbol { ElementType: ITypeParameterSymbol t } }: needed.Add(t); break;
                // Passing T on to code that needs its default: a generic method's call, a generic class's creation.
                case IInvocationOperation { TargetMethod: { IsGenericMethod: true } callee } when callee.DeclaringSyntaxReferences.Length > 0:
                    foreach (var p in ReifiedMethodParameters(callee))
                        if (callee.TypeArguments[p.Ordinal] is ITypeParameterSymbol passed) needed.Add(passed);
                    break;
                case IObjectCreationOperation { Type: INamedTypeSymbol created }:
                    for (var t = created; t is not null && IsUserType(t); t = t.BaseType)
                        foreach (var p in ReifiedParameters(t))
                            if (t.TypeArguments[p.Ordinal] is ITypeParameterSymbol passed) needed.Add(passed);
                    break;
            }
        }
        return needed;
    }

    /// <summary>
    /// The type parameters of a generic method whose default value each call passes in, as a hidden last argument
    /// `_d_T`: the program passes types with different defaults for them and the method needs the default. Not for
    /// methods that can be called without knowing which one runs (virtual, interface, delegates, local functions).
    /// </summary>
    private IReadOnlyList<ITypeParameterSymbol> ReifiedMethodParameters(IMethodSymbol method)
    {
        method = method.OriginalDefinition;
        if (_context.ReifiedMethodParameters.TryGetValue(method, out var known)) return known;
        var result = new List<ITypeParameterSymbol>();
        _context.ReifiedMethodParameters[method] = result; // a recursive call sees what is known so far
        if (method is { IsGenericMethod: true, IsVirtual: false, IsAbstract: false, IsOverride: false, MethodKind: MethodKind.Ordinary }
            && method.ContainingType.TypeKind != TypeKind.Interface && method.DeclaringSyntaxReferences.Length == 1 && !_context.TypeArguments.IsUsedAsMethodGroup(method))
        {
            var needed = DefaultsNeeded(method.DeclaringSyntaxReferences[0]);
            result.AddRange(method.TypeParameters.Where(t => needed.Contains(t) && !HasSharedDefault(t)));
        }
        _context.ReifiedMethodParameters[method] = result;
        return result;
    }

    private bool IsReifiedByCall(ITypeParameterSymbol parameter) =>
        parameter.ContainingSymbol is IMethodSymbol owner && ReifiedMethodParameters(owner).Contains(parameter, SymbolEqualityComparer.Default);

    private static string HiddenDefaultName(ITypeParameterSymbol parameter) => "_d_" + parameter.Name;

    /// <summary>The hidden parameters of a generic method that is passed its type arguments' defaults.</summary>
    private IEnumerable<PyParameter> HiddenDefaultParameters(IMethodSymbol method) =>
        ReifiedMethodParameters(method).Select(t => new PyParameter(HiddenDefaultName(t)));

    /// <summary>The defaults a call of <paramref name="method"/> (constructed with this call's type arguments) passes in.</summary>
    private IEnumerable<PyExpr> HiddenDefaultArguments(IMethodSymbol method, SyntaxNode syntax) =>
        ReifiedMethodParameters(method).Select(t => method.TypeArguments[t.Ordinal] is ITypeParameterSymbol passedOn
            ? TypeParameterDefault(passedOn, syntax, copied: false) // the callee copies it where it uses it
            : DefaultValue(method.TypeArguments[t.Ordinal], syntax));

    /// <summary>The kinds of default value the types the program passes for T have ("null", "0", "0.0", "false", "char", "other").</summary>
    private List<string> DefaultKinds(ITypeParameterSymbol parameter) =>
        _context.TypeArguments.Of(parameter).Select(t => t.IsReferenceType || IsNullableValueType(t) ? "null" : ValueKinds.Of(t) switch
        {
            ValueKind.Bool => "false",
            ValueKind.Char => "char",
            ValueKind.Single or ValueKind.Double => "0.0",
            var k when k.IsInteger() && t.TypeKind != TypeKind.Enum => "0",
            var k when k.IsInteger() => "0",
            _ => "other",
        }).Distinct().ToList();

    /// <summary>
    /// The type parameters of a generic class whose default value its objects must keep: the program passes types
    /// with different defaults for them, and the class's code needs the default (default(T), a field of type T
    /// without initializer, new T[n]). Each object then holds its defaults in `_d_Class_T` attributes, set when it
    /// is created (or by the constructor of a class that derives from it with a type argument).
    /// </summary>
    private IReadOnlyList<ITypeParameterSymbol> ReifiedParameters(INamedTypeSymbol type)
    {
        type = type.OriginalDefinition;
        if (_context.ReifiedParameters.TryGetValue(type, out var known)) return known;
        var result = new List<ITypeParameterSymbol>();
        _context.ReifiedParameters[type] = result; // code of the class that creates its own kind sees what is known so far
        if (type.IsGenericType && IsUserType(type))
        {
            var needed = new HashSet<ITypeParameterSymbol>(type.DeclaringSyntaxReferences.SelectMany(DefaultsNeeded), SymbolEqualityComparer.Default);
            foreach (var (member, init) in TypeLowerer.InstanceInitializers(type))
                if (init is null && TypeLowerer.MemberType(member) is ITypeParameterSymbol t) needed.Add(t);
            result.AddRange(type.TypeParameters.Where(t => needed.Contains(t) && !HasSharedDefault(t)));
        }
        _context.ReifiedParameters[type] = result;
        return result;
    }

    private string? ReifiedDefaultName(ITypeParameterSymbol parameter) =>
        parameter.ContainingSymbol is INamedTypeSymbol owner && ReifiedParameters(owner).Contains(parameter, SymbolEqualityComparer.Default)
            ? "_d_" + _context.Names.GlobalName(owner) + "_" + parameter.Name
            : null;

    /// <summary>
    /// The (attribute, default) pairs an object of <paramref name="constructed"/> (and of its generic bases) needs,
    /// for the type arguments as this code knows them.
    /// </summary>
    private List<PyExpr> ReifiedDefaults(INamedTypeSymbol constructed, SyntaxNode syntax)
    {
        var pairs = new List<PyExpr>();
        for (var t = constructed; t is not null && IsUserType(t); t = t.BaseType)
        {
            var parameters = ReifiedParameters(t);
            foreach (var parameter in parameters)
            {
                var argument = t.TypeArguments[parameter.Ordinal];
                pairs.Add(new PyTuple(new PyExpr[] { Str(ReifiedDefaultName(parameter)!), DefaultValue(argument, syntax) }));
            }
        }
        return pairs;
    }

    /// <summary>How a value of type parameter T behaves, from the types the program passes for it: one <see cref="ValueKind"/> for all, or null.</summary>
    private ITypeSymbol? SingleBehaviour(ITypeParameterSymbol parameter)
    {
        var types = _context.TypeArguments.Of(parameter);
        if (types.Count == 0) return null;
        var first = types.First();
        var kind = ValueKinds.Of(first);
        if (kind != ValueKind.Other && types.All(t => ValueKinds.Of(t) == kind && t.TypeKind != TypeKind.Enum)) return first;
        return types.Count == 1 ? first : null;
    }

    /// <summary>A T value as text: as its type argument's values print when the program passes one kind for T; else as object.</summary>
    private PyExpr StringifyTypeParameter(PyExpr value, ITypeParameterSymbol parameter, IOperation origin)
    {
        if (SingleBehaviour(parameter) is { } single && single.TypeKind != TypeKind.Enum) return StringifyValue(value, single, origin);
        if (_context.TypeArguments.Of(parameter).Any(t => ValueKinds.Of(t).IsFloating() || t.TypeKind == TypeKind.Enum))
            return Unsupported(origin.Syntax, $"Converting a {parameter.Name} to text", $"the program uses {parameter.Name} with {string.Join(", ", _context.TypeArguments.Of(parameter).Select(t => t.ToDisplayString()))}, and the device cannot tell how to print each; convert before the call");
        _context.UsesObjectToString = true;
        return Call(Helper("_tostr_any"), value);
    }

    /// <summary>`a.Equals(b)` and `a.CompareTo(b)` on T values: as for the type arguments when they agree, else through a helper that dispatches at run time.</summary>
    private PyExpr? LowerTypeParameterCall(IInvocationOperation invocation, ITypeParameterSymbol parameter)
    {
        var method = invocation.TargetMethod;
        var receiver = Lower(invocation.Instance!);
        var single = SingleBehaviour(parameter);
        switch (method.Name)
        {
            case "ToString" when method.Parameters.Length == 0:
                return StringifyTypeParameter(receiver, parameter, invocation.Instance!);
            case "Equals" when method.Parameters.Length == 1:
            {
                var other = Lower(invocation.Arguments[0].Value);
                if (single is not null && !IsUserType(single) && !ValueKinds.Of(single).IsFloating()) return new PyCompare(receiver, PyCompareOperator.Eq, other);
                return Call(Helper("_equals"), receiver, other);
            }
            case "CompareTo" when method.Parameters.Length == 1:
            {
                var other = Lower(invocation.Arguments[0].Value);
                var types = _context.TypeArguments.Of(parameter);
                if (types.Any(t => t.SpecialType == SpecialType.System_String))
                    return Unsupported(invocation.Syntax, $"{parameter.Name}.CompareTo with {parameter.Name} = string", "string.CompareTo compares by the current culture, which the device does not have; pass a Comparison that uses string.CompareOrdinal");
                if (single is not null && IsUserType(single)) return Call(Helper("_compare_to"), receiver, other);
                if (single is not null && (ValueKinds.Of(single).IsInteger() || ValueKinds.Of(single) == ValueKind.Char)) return Call(Helper("_compare_ints"), receiver, other);
                return Call(Helper("_compare_any"), receiver, other);
            }
            default:
                return null;
        }
    }
}
