using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace McuSharp.Compiler.Lowering;

/// <summary>
/// The structs whose values the program can compare, which need the `__eq__` and `__hash__` that give .NET's
/// field-by-field ValueType.Equals (see Structs.cs). Python compares objects only where the lowered code or a runtime
/// helper does: `a.Equals(b)`, GetHashCode, a collection's Contains, IndexOf, Remove, dictionary keys, sets, tuples,
/// object.Equals. Each of those takes the struct as a type argument (List&lt;S&gt;, (S, int), Func&lt;S&gt;, a generic
/// method's T), as another type (boxed to object, an interface, IEnumerable of an array of S), or calls Equals or
/// GetHashCode on it. A struct that no code uses in any of these ways is never compared, and neither is a struct
/// that only sits in the fields of such structs; the rest keep the methods.
/// </summary>
internal static class StructEquality
{
    public static HashSet<INamedTypeSymbol> Compared(ProgramContext context, IReadOnlyList<IOperation> bodies)
    {
        var structs = context.Types.All.Where(t => t.TypeKind == TypeKind.Struct).ToList();
        var compared = new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default);
        if (structs.Count == 0) return compared;
        foreach (var operation in bodies.SelectMany(b => b.DescendantsAndSelf()))
            foreach (var type in structs)
                if (!compared.Contains(type) && Exposes(operation, type)) compared.Add(type);
        // A compared struct compares its fields: the structs in them are compared too.
        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var type in compared.ToList())
            foreach (var (member, _) in TypeLowerer.InstanceInitializers(type))
            {
                if (context.PlainValues.FlatNames(member) is not null) continue; // compared field by field
                foreach (var inner in structs.Where(s => !compared.Contains(s) && Contains(TypeLowerer.MemberType(member), s)))
                {
                    compared.Add(inner);
                    changed = true;
                }
            }
        }
        return compared;
    }

    private static bool Exposes(IOperation operation, INamedTypeSymbol type)
    {
        if (InTypeArguments(operation.Type, type)) return true;
        switch (operation)
        {
            case IConversionOperation conversion when !conversion.Conversion.IsIdentity && Contains(conversion.Operand.Type, type):
                return conversion.Parent is not IForEachLoopOperation; // foreach over an array of S only reads the elements
            case IInvocationOperation invocation:
                return invocation.TargetMethod.TypeArguments.Any(a => Contains(a, type)) || InTypeArguments(invocation.TargetMethod.ContainingType, type)
                    || invocation.TargetMethod.Name is "Equals" or "GetHashCode" && Contains(invocation.Instance?.Type, type);
            case IMethodReferenceOperation reference:
                return reference.Method.TypeArguments.Any(a => Contains(a, type)) || InTypeArguments(reference.Method.ContainingType, type);
            case IAnonymousObjectCreationOperation anonymous:
                return anonymous.Type is INamedTypeSymbol shape && shape.GetMembers().OfType<IPropertySymbol>().Any(p => Contains(p.Type, type));
            default:
                return false;
        }
    }

    /// <summary>S itself, an array of it, or a type with S among its type arguments.</summary>
    private static bool Contains(ITypeSymbol? candidate, INamedTypeSymbol type) => candidate switch
    {
        null => false,
        IArrayTypeSymbol array => Contains(array.ElementType, type),
        _ => SymbolEqualityComparer.Default.Equals(candidate.OriginalDefinition, type) || InTypeArguments(candidate, type),
    };

    private static bool InTypeArguments(ITypeSymbol? candidate, INamedTypeSymbol type) => candidate switch
    {
        IArrayTypeSymbol array => InTypeArguments(array.ElementType, type),
        INamedTypeSymbol named => named.TypeArguments.Any(a => Contains(a, type)) || InTypeArguments(named.ContainingType, type),
        _ => false,
    };
}
