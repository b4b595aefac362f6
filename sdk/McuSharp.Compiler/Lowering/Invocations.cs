using McuSharp.Compiler.Python;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace McuSharp.Compiler.Lowering;

/// <summary>
/// Method calls: the program's own static methods become calls of module functions; library members are
/// looked up in the tables of Strings.cs, ConsoleOutput.cs, MathMembers.cs, Collections.cs and Parsing.cs.
/// </summary>
internal sealed partial class FunctionLowerer
{
    /// <summary>One library call being lowered: the operation, its receiver and its arguments in parameter order.</summary>
    private sealed record LibraryCall(IOperation Operation, IOperation? Receiver, IReadOnlyList<IOperation> Arguments)
    {
        public IOperation this[int index] => Arguments[index];
        public int Count => Arguments.Count;
    }

    private delegate PyExpr? MemberLowering(FunctionLowerer lowerer, LibraryCall call);

    /// <summary>The library tables: "Type.Member/arity" (arity -1: any) to its lowering.</summary>
    private static readonly Dictionary<string, MemberLowering> LibraryMembers = BuildLibraryTable();

    private static Dictionary<string, MemberLowering> BuildLibraryTable()
    {
        var table = new Dictionary<string, MemberLowering>(StringComparer.Ordinal);
        AddStringMembers(table);
        AddConsoleMembers(table);
        AddMathMembers(table);
        AddCollectionMembers(table);
        AddQueueStackSetMembers(table);
        AddParsingMembers(table);
        AddExceptionMembers(table);
        AddObjectMembers(table);
        AddPrimitiveEqualityMembers(table);
        AddDelegateMethodMembers(table);
        AddLinqMembers(table);
        return table;
    }

    private static string MemberKey(ISymbol member, int arity) => member.ContainingType.Name + "." + member.Name + "/" + arity;

    private PyExpr LowerInvocation(IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod;
        if (method.MethodKind == MethodKind.DelegateInvoke) return LowerDelegateInvocation(invocation);
        if (method.MethodKind == MethodKind.LocalFunction) return LowerLocalFunctionCall(invocation);
        if (InlinedValue(method, invocation.Instance, ParameterOperands(method, invocation.Arguments)) is { } inlined) return inlined;
        var arguments = ArgumentsInParameterOrder(invocation.Arguments);
        if (HasReturnedArguments(invocation)) return LowerOutCallExpression(invocation);
        if (method.DeclaringSyntaxReferences.Length > 0 && method.MethodKind is MethodKind.Ordinary or MethodKind.ExplicitInterfaceImplementation)
        {
            if (!method.IsStatic) return LowerInstanceCall(invocation);
            var name = _context.Names.GlobalName(method);
            if (name is null) return Unsupported(invocation.Syntax, $"Calling '{method.Name}'", "the method could not be translated");
            return LowerUserCall(new PyName(name), method, invocation.Arguments);
        }
        if (invocation.Instance is { Type: INamedTypeSymbol { TypeKind: TypeKind.Enum } enumType } enumValue)
        {
            if (method.Name == "ToString" && method.Parameters.Length == 0) return Stringify(enumValue);
            if (method.Name == "HasFlag") return LowerHasFlag(new LibraryCall(invocation, enumValue, arguments));
        }
        if (invocation.Instance is { Type: ITypeParameterSymbol typeParameter } && LowerTypeParameterCall(invocation, typeParameter) is { } onTypeParameter) return onTypeParameter;
        if (invocation.Instance is { } receiver && (IsUserType(receiver.Type) || receiver.Type is ITypeParameterSymbol))
        {
            switch (method.Name)
            {
                case "ToString" when method.Parameters.Length == 0 && receiver.Type is not ITypeParameterSymbol:
                    return ExceptionTypes.IsException(receiver.Type) && !ExceptionTypes.ProgramOverridesToString(receiver.Type!)
                        ? ExceptionText(invocation)
                        : StringifyObject(LowerInstanceReceiver(receiver), receiver.Type!, receiver);
                case "Equals" when method.Parameters.Length == 1: return LowerObjectEquals(invocation);
                // Without an override: a struct's __hash__ (its fields'), a class's identity; with one, its __hash__ calls it.
                case "GetHashCode" when method.Parameters.Length == 0 && receiver.Type is not ITypeParameterSymbol:
                    return Call(new PyName("hash"), LowerInstanceReceiver(receiver));
            }
            if (method.ContainingType.TypeKind == TypeKind.Interface || method.IsOverride) return LowerUserCall(new PyAttribute(LowerInstanceReceiver(receiver), _context.Members.Of(method)), method, invocation.Arguments);
        }
        return LowerLibraryMember(invocation, method, invocation.Instance, arguments);
    }

    /// <summary>
    /// A call of one of the program's methods. C# evaluates arguments in the order they are written; when named
    /// arguments change that order, the ones after the in-order prefix are passed by keyword, in written order.
    /// </summary>
    private PyExpr LowerUserCall(PyExpr function, IMethodSymbol method, IReadOnlyList<IArgumentOperation> arguments, params PyExpr[] leading)
    {
        var positional = new List<PyExpr>(leading);
        var firstParameter = positional.Count;
        var keywords = new List<PyKeyword>();
        foreach (var argument in arguments)
        {
            var parameter = argument.Parameter ?? method.Parameters[Math.Min(positional.Count - firstParameter, method.Parameters.Length - 1)];
            var value = LowerStored(argument.Value, parameter.Type);
            if (keywords.Count == 0 && parameter.Ordinal == positional.Count - firstParameter) positional.Add(value);
            else keywords.Add(new PyKeyword(_context.Names.LocalName(parameter.Name), value));
        }
        if (method.IsGenericMethod && ReifiedMethodParameters(method).Count > 0)
        {
            var hidden = HiddenDefaultArguments(method, arguments.FirstOrDefault()?.Parent?.Syntax ?? method.DeclaringSyntaxReferences[0].GetSyntax()).ToList();
            if (keywords.Count == 0) positional.AddRange(hidden);
            else keywords.AddRange(hidden.Select((value, i) => new PyKeyword(HiddenDefaultName(ReifiedMethodParameters(method)[i]), value)));
        }
        return new PyCall(function, positional, keywords.Count == 0 ? null : keywords);
    }

    private PyExpr LowerLibraryMember(IOperation operation, ISymbol member, IOperation? receiver, IReadOnlyList<IOperation> arguments)
    {
        if (receiver is not null && IsNullableValueType(receiver.Type) && LowerNullableMember(operation, member, receiver, arguments) is { } nullableMember) return nullableMember;
        var call = new LibraryCall(operation, receiver is null ? null : WithoutImplicitConversions(receiver), arguments);
        if (LibraryMembers.TryGetValue(MemberKey(member, arguments.Count), out var lowering) || LibraryMembers.TryGetValue(MemberKey(member, -1), out lowering))
        {
            var result = lowering(this, call);
            if (result is not null) return result;
        }
        return UnsupportedMember(operation, member, "McuSharp has no translation for it yet");
    }

    private static IReadOnlyList<IOperation> ArgumentsInParameterOrder(IEnumerable<IArgumentOperation> arguments) =>
        arguments.OrderBy(a => a.Parameter?.Ordinal ?? 0).Select(a => a.Value).ToList();

    private PyExpr LowerPropertyReference(IPropertyReferenceOperation property)
    {
        if (property.Property.DeclaringSyntaxReferences.Length > 0) return LowerUserProperty(property);
        var arguments = ArgumentsInParameterOrder(property.Arguments);
        return LowerLibraryMember(property, property.Property, property.Instance, arguments);
    }

    /// <summary>
    /// The elements of an expanded `params` argument (a `params T[]` array or, since .NET 9, a `params ReadOnlySpan&lt;T&gt;`
    /// collection), or null when the caller passed one collection itself.
    /// </summary>
    private static IReadOnlyList<IOperation>? ParamsElements(IOperation argument) => argument switch
    {
        IArrayCreationOperation { IsImplicit: true, Initializer: { } init } => init.ElementValues,
        IArrayCreationOperation { IsImplicit: true, DimensionSizes: [{ ConstantValue: { HasValue: true, Value: 0 } }] } => Array.Empty<IOperation>(),
        ICollectionExpressionOperation { IsImplicit: true } collection when collection.Elements.All(e => e is not ISpreadOperation) => collection.Elements,
        _ => null,
    };
}
