using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace McuSharp.Compiler.Lowering;

/// <summary>
/// Plain values: the program's structs that are nothing but their fields. A struct is plain when nothing can change
/// one of its values after construction (readonly fields or get-only auto-properties, no `this = ...`), it is not
/// generic, and its first constructor (the `__init__` every `new S(...)` calls) does nothing but store each parameter
/// in one field. Such a value is its fields' values and nothing else, so the lowering (StructValues.cs) may keep it as
/// those values instead of an object:
/// <list type="bullet">
/// <item>a method of the struct whose body is one expression (and an operator) is inlined where it is called;</item>
/// <item>a local of the struct type can be one Python local per field (see <c>ScalarLocals</c>);</item>
/// <item>a field of the struct type in a class or a mutable struct can be one attribute per field of the value
/// (<see cref="FlatNames"/>), when every use of the field in the program is a read or a whole store.</item>
/// </list>
/// Where the whole value is needed as an object, it is built again (`S(x, y)`): a copy C# could not tell apart.
/// </summary>
internal sealed class PlainValues
{
    /// <summary>
    /// A plain struct: its fields (and stored get-only auto-properties) in declaration order, the constructor
    /// parameter that each field takes, and that constructor.
    /// </summary>
    public sealed record Shape(INamedTypeSymbol Type, IReadOnlyList<ISymbol> Fields, IReadOnlyList<int> ParameterOfField, IMethodSymbol Constructor)
    {
        public int IndexOf(ISymbol member)
        {
            for (var i = 0; i < Fields.Count; i++) if (SymbolEqualityComparer.Default.Equals(Fields[i], member.OriginalDefinition)) return i;
            return -1;
        }
    }

    /// <summary>The largest inlined body, in operations: beyond it a call is cheaper to keep than the code it copies.</summary>
    private const int MaxInlinedOperations = 60;

    private readonly Dictionary<INamedTypeSymbol, Shape> _shapes = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<ISymbol, IReadOnlyList<string>> _flat = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<IMethodSymbol, IOperation> _inline = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<IMethodSymbol, bool> _pureBodies = new(SymbolEqualityComparer.Default);

    /// <summary>The methods inlined at least once: their definitions go when nothing else calls them (see ProgramLowerer).</summary>
    public HashSet<IMethodSymbol> Inlined { get; } = new(SymbolEqualityComparer.Default);

    public static PlainValues None { get; } = new();

    public Shape? ShapeOf(ITypeSymbol? type) => type is INamedTypeSymbol named && _shapes.TryGetValue(named.OriginalDefinition, out var shape) ? shape : null;

    /// <summary>The attributes that hold a flattened field's value, one per field of its plain type; null for any other member.</summary>
    public IReadOnlyList<string>? FlatNames(ISymbol member) => _flat.TryGetValue(member.OriginalDefinition, out var names) ? names : null;

    /// <summary>Every attribute name of a flattened field (plain attributes: no type has a member of such a name).</summary>
    public IReadOnlySet<string> AllFlatNames => _allFlatNames ??= new HashSet<string>(_flat.Values.SelectMany(n => n), StringComparer.Ordinal);

    private HashSet<string>? _allFlatNames;

    /// <summary>The one expression an inlinable method returns, or null.</summary>
    public IOperation? InlineBody(IMethodSymbol method) => _inline.TryGetValue(method.OriginalDefinition, out var body) ? body : null;

    public static PlainValues Compute(ProgramContext context, IReadOnlyList<IOperation> bodies)
    {
        var values = new PlainValues();
        var operations = bodies.SelectMany(b => b.DescendantsAndSelf()).ToList();
        foreach (var type in context.Types.All)
            if (ShapeOfType(context, type, operations) is { } shape) values._shapes[type] = shape;
        if (values._shapes.Count == 0) return values;
        foreach (var type in values._shapes.Keys)
        foreach (var method in type.GetMembers().OfType<IMethodSymbol>())
            if (InlinableBody(context, method) is { } body) values._inline[method] = body;
        // A method that reaches itself through inlinable calls stays a call: inlining it would only unroll it.
        foreach (var method in values._inline.Keys.Where(values.IsRecursive).ToList()) values._inline.Remove(method);
        values.ChooseFlatFields(context, operations);
        return values;
    }

    private bool IsRecursive(IMethodSymbol method)
    {
        var seen = new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default);
        var pending = new Stack<IMethodSymbol>(Callees(method));
        while (pending.Count > 0)
        {
            var callee = pending.Pop();
            if (SymbolEqualityComparer.Default.Equals(callee, method)) return true;
            if (seen.Add(callee)) foreach (var next in Callees(callee)) pending.Push(next);
        }
        return false;
    }

    /// <summary>The inlinable methods (and operators) a method's body calls.</summary>
    private IEnumerable<IMethodSymbol> Callees(IMethodSymbol method) =>
        InlineBody(method)?.DescendantsAndSelf().Select(o => o switch
        {
            IInvocationOperation i => i.TargetMethod,
            IPropertyReferenceOperation { Property.GetMethod: { } getter } => getter,
            IBinaryOperation { OperatorMethod: { } op } => op,
            IUnaryOperation { OperatorMethod: { } op } => op,
            _ => null,
        }).OfType<IMethodSymbol>().Select(m => m.OriginalDefinition).Where(m => _inline.ContainsKey(m)) ?? Enumerable.Empty<IMethodSymbol>();

    /// <summary>
    /// How many times an inlined body reads field <paramref name="field"/> of what <paramref name="isOperand"/>
    /// picks out (`this` or a parameter); a read of the whole value reads every field once.
    /// </summary>
    public static int Reads(IOperation body, Func<IOperation, bool> isOperand, int field, Shape? shape)
    {
        var count = 0;
        foreach (var operation in body.DescendantsAndSelf())
        {
            if (!isOperand(operation)) continue;
            if (shape is not null && operation.Parent is IMemberReferenceOperation member && ReferenceEquals(member.Instance, operation) && shape.IndexOf(member.Member) is var index && index >= 0)
            {
                if (index == field) count++;
            }
            else count++;
        }
        return count;
    }

    private static Shape? ShapeOfType(ProgramContext context, INamedTypeSymbol type, List<IOperation> operations)
    {
        if (type.TypeKind != TypeKind.Struct || type.IsGenericType || type.IsRefLikeType || context.Types.IsMutableStruct(type)) return null;
        for (var outer = type.ContainingType; outer is not null; outer = outer.ContainingType) if (outer.IsGenericType) return null;
        var members = TypeLowerer.InstanceInitializers(type);
        if (members.Count == 0 || members.Any(m => m.Initializer is not null)) return null;
        foreach (var (member, _) in members)
        {
            var ok = member switch
            {
                IFieldSymbol { IsReadOnly: true } => true,
                IPropertySymbol p => context.Types.IsStoredProperty(p) && p.SetMethod is null or { IsInitOnly: true },
                _ => false,
            };
            if (!ok) return null;
            var memberType = TypeLowerer.MemberType(member);
            if (memberType is ITypeParameterSymbol || memberType is INamedTypeSymbol { TypeKind: TypeKind.Struct } s && context.Types.IsUserType(s) && context.Types.IsMutableStruct(s)) return null;
        }
        var constructor = type.InstanceConstructors.FirstOrDefault(c => !c.IsImplicitlyDeclared && context.Types.ConstructorName(c) == "__init__");
        if (constructor is null || constructor.Parameters.Length != members.Count || constructor.Parameters.Any(p => p.RefKind != RefKind.None || p.IsParams)) return null;
        if (constructor.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax() is not ConstructorDeclarationSyntax syntax) return null;
        if (context.ModelOf(syntax.SyntaxTree).GetOperation(syntax) is not IConstructorBodyOperation { Initializer: null, ExpressionBody: null, BlockBody: { } block } || block.Locals.Length > 0) return null;
        var parameterOf = new int[members.Count];
        Array.Fill(parameterOf, -1);
        var used = new bool[constructor.Parameters.Length];
        if (block.Operations.Length != members.Count) return null;
        foreach (var statement in block.Operations)
        {
            if (statement is not IExpressionStatementOperation { Operation: ISimpleAssignmentOperation { Target: var target, Value: IParameterReferenceOperation { Parameter: var parameter } } }) return null;
            var member = target switch
            {
                IFieldReferenceOperation { Instance: IInstanceReferenceOperation, Field: var f } => (ISymbol)f.OriginalDefinition,
                IPropertyReferenceOperation { Instance: IInstanceReferenceOperation, Property: var p } => p.OriginalDefinition,
                _ => null,
            };
            var index = member is null ? -1 : members.FindIndex(m => SymbolEqualityComparer.Default.Equals(m.Member.OriginalDefinition, member));
            if (index < 0 || parameterOf[index] >= 0 || used[parameter.Ordinal] || !SymbolEqualityComparer.Default.Equals(parameter.Type, TypeLowerer.MemberType(members[index].Member))) return null;
            parameterOf[index] = parameter.Ordinal;
            used[parameter.Ordinal] = true;
        }
        // A struct that is not declared readonly can still replace itself (`this = other;`) in a method.
        if (!type.IsReadOnly && operations.Any(o => o is IInstanceReferenceOperation { Type: var t } self && SymbolEqualityComparer.Default.Equals(t?.OriginalDefinition, type) && IsWritten(self)))
            return null;
        return new Shape(type, members.Select(m => m.Member.OriginalDefinition).ToList(), parameterOf, constructor);
    }

    private static bool IsWritten(IOperation reference) => reference.Parent switch
    {
        IAssignmentOperation a => ReferenceEquals(a.Target, reference),
        IIncrementOrDecrementOperation => true,
        IArgumentOperation { Parameter.RefKind: RefKind.Ref or RefKind.Out } => true,
        ITupleOperation => true,
        _ => false,
    };

    /// <summary>
    /// The expression a method of a plain struct returns, when the method can be inlined: not virtual, not an
    /// interface's, not generic, by-value parameters, a body of one expression (or one return) with no locals, no
    /// lambdas, no patterns and no writes.
    /// </summary>
    private static IOperation? InlinableBody(ProgramContext context, IMethodSymbol method)
    {
        if (method.MethodKind is not (MethodKind.Ordinary or MethodKind.UserDefinedOperator or MethodKind.PropertyGet) || method.IsVirtual || method.IsOverride || method.IsAbstract
            || method.IsExtern || method.IsGenericMethod || method.ReturnsVoid || method.ReturnsByRef || method.ReturnsByRefReadonly || method.IsAsync
            || method.ExplicitInterfaceImplementations.Length > 0 || method.Parameters.Any(p => p.RefKind != RefKind.None || p.IsParams)) return null;
        var type = method.ContainingType;
        if (!method.IsStatic && type.AllInterfaces.SelectMany(i => i.GetMembers()).Any(m => SymbolEqualityComparer.Default.Equals(type.FindImplementationForInterfaceMember(m), method))) return null;
        if (method.IsStatic && context.Names.GlobalName(method) is null) return null;
        IOperation? block;
        if (method.MethodKind == MethodKind.PropertyGet)
        {
            // A computed get-only property (`int Sum => X + Y;`): its getter's body.
            if (method.AssociatedSymbol is not IPropertySymbol { IsIndexer: false, SetMethod: null, IsStatic: false } property || ProgramTypes.IsAutoProperty(property)
                || property.IsVirtual || property.IsOverride || property.ExplicitInterfaceImplementations.Length > 0
                || type.AllInterfaces.SelectMany(i => i.GetMembers()).Any(m => SymbolEqualityComparer.Default.Equals(type.FindImplementationForInterfaceMember(m), property))) return null;
            var accessor = TypeLowerer.AccessorBodies(property).FirstOrDefault(a => SymbolEqualityComparer.Default.Equals(a.Method, method));
            if (accessor.Syntax is null) return null;
            block = context.ModelOf(accessor.Syntax.SyntaxTree).GetOperation(accessor.Syntax) switch
            {
                IMethodBodyOperation b => b.BlockBody ?? b.ExpressionBody,
                IBlockOperation b => b,
                _ => null,
            };
        }
        else
        {
            if (method.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax() is not BaseMethodDeclarationSyntax syntax) return null;
            if (context.ModelOf(syntax.SyntaxTree).GetOperation(syntax) is not IMethodBodyOperation body) return null;
            block = body.BlockBody ?? body.ExpressionBody;
        }
        if (block is not IBlockOperation { Locals.Length: 0, Operations: [IReturnOperation { ReturnedValue: { } value }] }) return null;
        var count = 0;
        foreach (var operation in value.DescendantsAndSelf())
        {
            if (++count > MaxInlinedOperations) return null;
            switch (operation)
            {
                case IAnonymousFunctionOperation or ILocalFunctionOperation or IDelegateCreationOperation or IMethodReferenceOperation:
                case ILocalReferenceOperation or IDeclarationExpressionOperation or IPatternOperation or IIsPatternOperation or ISwitchExpressionOperation:
                case IAssignmentOperation or IIncrementOrDecrementOperation or IDeconstructionAssignmentOperation:
                case IConditionalAccessOperation or IConditionalAccessInstanceOperation or IThrowOperation or IAwaitOperation:
                case IArgumentOperation { Parameter.RefKind: not RefKind.None }:
                case IInstanceReferenceOperation { ReferenceKind: not InstanceReferenceKind.ContainingTypeInstance }:
                case IObjectOrCollectionInitializerOperation or IWithOperation or IAddressOfOperation:
                    return null;
                case IInstanceReferenceOperation self when self.Syntax is BaseExpressionSyntax:
                    return null;
            }
        }
        return value;
    }

    // ---- flattened fields ----

    /// <summary>
    /// The fields of a plain struct type, in a class or mutable struct, that become one attribute per field of the value
    /// (`p.Position` → `p.Position_X`, `p.Position_Y`): every use of the field in the program must be a read, or a
    /// store by an assignment statement or an object initializer; the plain type must keep .NET's field-by-field
    /// equality (no Equals override), and the attribute names must be free.
    /// </summary>
    private void ChooseFlatFields(ProgramContext context, List<IOperation> operations)
    {
        var candidates = new Dictionary<IFieldSymbol, Shape>(SymbolEqualityComparer.Default);
        foreach (var owner in context.Types.All)
        {
            if (owner.TypeKind is not (TypeKind.Class or TypeKind.Struct) || _shapes.ContainsKey(owner)) continue;
            foreach (var field in owner.GetMembers().OfType<IFieldSymbol>())
            {
                if (field.IsStatic || field.IsConst || field.IsImplicitlyDeclared || field.IsVolatile || field.DeclaringSyntaxReferences.Length == 0) continue;
                if (ShapeOf(field.Type) is not { } shape || DeclaresEquals(shape.Type)) continue;
                candidates[field] = shape;
            }
        }
        if (candidates.Count == 0) return;
        foreach (var reference in operations.OfType<IFieldReferenceOperation>())
            if (reference.Field.OriginalDefinition is { } field && candidates.ContainsKey(field) && !IsSupportedUse(reference))
                candidates.Remove(field);
        // Names: the field's, then the value field's, joined by '_', where no member of any type has that name.
        var taken = new HashSet<string>(StringComparer.Ordinal) { "_cp", "_zero" };
        foreach (var type in context.Types.All)
        foreach (var member in type.GetMembers().Where(m => !m.IsStatic && m is IFieldSymbol or IPropertySymbol or IMethodSymbol or IEventSymbol))
            taken.Add(context.Members.Of(member));
        foreach (var (field, shape) in candidates.OrderBy(c => c.Key.ContainingType.Name, StringComparer.Ordinal).ThenBy(c => c.Key.Name, StringComparer.Ordinal))
        {
            var names = shape.Fields.Select(f => context.Members.Of(field) + "_" + context.Members.Of(f)).ToList();
            if (names.Any(taken.Contains) || names.Distinct(StringComparer.Ordinal).Count() != names.Count) continue;
            taken.UnionWith(names);
            _flat[field] = names;
        }
    }

    private static bool DeclaresEquals(INamedTypeSymbol type) =>
        type.GetMembers().OfType<IMethodSymbol>().Any(m => m.Name is "Equals" or "GetHashCode" || m.MethodKind == MethodKind.UserDefinedOperator && m.Name is "op_Equality" or "op_Inequality");

    /// <summary>A read of the field, or a whole store by an assignment statement or an object initializer.</summary>
    private bool IsSupportedUse(IFieldReferenceOperation reference)
    {
        switch (reference.Parent)
        {
            case ISimpleAssignmentOperation assignment when ReferenceEquals(assignment.Target, reference):
                return assignment.Parent is IExpressionStatementOperation
                    || assignment.Parent is IObjectOrCollectionInitializerOperation { Parent: IObjectCreationOperation };
            case ICompoundAssignmentOperation { OperatorMethod: { } op } compound when ReferenceEquals(compound.Target, reference):
                // `o.F += v` with the struct's operator: o.F = op(o.F, v), o read twice, so o must be pure.
                return compound.Parent is IExpressionStatementOperation && op.DeclaringSyntaxReferences.Length > 0
                    && SymbolEqualityComparer.Default.Equals(op.ReturnType, reference.Type) && reference.Instance is { } owner && IsPure(owner);
            case IAssignmentOperation assignment when ReferenceEquals(assignment.Target, reference):
            case IIncrementOrDecrementOperation or IDeconstructionAssignmentOperation or ITupleOperation or IAddressOfOperation:
            case IArgumentOperation { Parameter.RefKind: not RefKind.None }:
            case IPropertySubpatternOperation or IRecursivePatternOperation:
                return false;
            case IVariableInitializerOperation { Parent: IVariableDeclaratorOperation { Symbol.IsRef: true } }:
                return false;
            case IReturnOperation:
                return !IsInRefReturningFunction(reference);
            case IConditionalOperation { IsRef: true }:
                return false;
            default:
                return true;
        }
    }

    private static bool IsInRefReturningFunction(IOperation operation)
    {
        for (var parent = operation.Parent; parent is not null; parent = parent.Parent)
        {
            switch (parent)
            {
                case IAnonymousFunctionOperation lambda: return lambda.Symbol.ReturnsByRef || lambda.Symbol.ReturnsByRefReadonly;
                case ILocalFunctionOperation local: return local.Symbol.ReturnsByRef || local.Symbol.ReturnsByRefReadonly;
                case IMethodBodyOperation { Syntax: var syntax }:
                    return syntax is MethodDeclarationSyntax { ReturnType: RefTypeSyntax } or LocalFunctionStatementSyntax { ReturnType: RefTypeSyntax };
            }
        }
        return false;
    }

    // ---- purity ----

    /// <summary>
    /// Whether evaluating <paramref name="operation"/> can neither change anything nor throw: then it may be evaluated
    /// more than once, in any order, or not at all. Variables, constants, `this`, fields of struct values, arithmetic
    /// without division by a variable, comparisons, conditionals, plain values built from such operands, and calls of
    /// inlinable methods on them.
    /// </summary>
    public bool IsPure(IOperation operation, int depth = 0)
    {
        if (depth > 12) return false;
        if (operation.ConstantValue.HasValue) return true;
        switch (operation)
        {
            case ILocalReferenceOperation { Local.IsRef: false } or IParameterReferenceOperation { Parameter.RefKind: RefKind.None }:
            case IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ContainingTypeInstance }:
            case IDefaultValueOperation:
                return true;
            case IParenthesizedOperation p:
                return IsPure(p.Operand, depth + 1);
            case IFieldReferenceOperation { Field.IsStatic: true } field:
                return field.Field.DeclaringSyntaxReferences.Length > 0;
            case IFieldReferenceOperation { Instance: { } instance } field:
                return field.Field.DeclaringSyntaxReferences.Length > 0 && IsNeverNull(instance) && IsPure(instance, depth + 1);
            case IPropertyReferenceOperation { Instance: { } instance, Property: { IsIndexer: false } property } when ProgramTypes.IsAutoProperty(property.OriginalDefinition) && property.DeclaringSyntaxReferences.Length > 0:
                return IsNeverNull(instance) && IsPure(instance, depth + 1);
            case IBinaryOperation { OperatorMethod: { } method } binary:
                return InlineBody(method) is not null && IsPure(binary.LeftOperand, depth + 1) && IsPure(binary.RightOperand, depth + 1) && IsPureBody(method, depth);
            case IBinaryOperation { IsChecked: false, IsLifted: false } binary:
                if (binary.OperatorKind is BinaryOperatorKind.Divide or BinaryOperatorKind.Remainder && ValueKinds.Of(binary.Type).IsInteger()
                    && (binary.RightOperand.ConstantValue is not { HasValue: true, Value: { } divisor } || IsZeroOrMinusOne(divisor)))
                    return false;
                return IsPure(binary.LeftOperand, depth + 1) && IsPure(binary.RightOperand, depth + 1);
            case IUnaryOperation { OperatorMethod: { } method } unary:
                return InlineBody(method) is not null && IsPure(unary.Operand, depth + 1) && IsPureBody(method, depth);
            case IUnaryOperation { IsChecked: false, IsLifted: false } unary:
                return IsPure(unary.Operand, depth + 1);
            case IConversionOperation { IsChecked: false, OperatorMethod: null } conversion:
                var from = ValueKinds.Of(conversion.Operand.Type);
                var to = ValueKinds.Of(conversion.Type);
                var exact = conversion.Conversion.IsIdentity || conversion.IsImplicit && (conversion.Conversion.IsNumeric || conversion.Conversion.IsReference)
                    || from.IsInteger() && to.IsInteger();
                return exact && IsPure(conversion.Operand, depth + 1);
            case IConditionalOperation { WhenFalse: { } whenFalse, IsRef: false } conditional:
                return IsPure(conditional.Condition, depth + 1) && IsPure(conditional.WhenTrue, depth + 1) && IsPure(whenFalse, depth + 1);
            case IObjectCreationOperation { Initializer: null } creation when ShapeOf(creation.Type) is { } shape:
                return (creation.Constructor is { IsImplicitlyDeclared: true } || SymbolEqualityComparer.Default.Equals(creation.Constructor?.OriginalDefinition, shape.Constructor))
                    && creation.Arguments.All(a => IsPure(a.Value, depth + 1));
            case IPropertyReferenceOperation { Instance: { } instance, Property.GetMethod: { } getter } when InlineBody(getter) is not null:
                return IsPure(instance, depth + 1) && IsPureBody(getter, depth);
            case IInvocationOperation invocation when InlineBody(invocation.TargetMethod) is not null:
                return (invocation.Instance is null || IsPure(invocation.Instance, depth + 1)) && invocation.Arguments.All(a => IsPure(a.Value, depth + 1)) && IsPureBody(invocation.TargetMethod, depth);
            default:
                return false;
        }
    }

    private static bool IsZeroOrMinusOne(object? value) => value is not null && Convert.ToDecimal(value, System.Globalization.CultureInfo.InvariantCulture) is 0 or -1;

    /// <summary>A struct value (never null), or `this`.</summary>
    private static bool IsNeverNull(IOperation instance) => instance.Type?.IsValueType == true || instance is IInstanceReferenceOperation;

    /// <summary>Whether an inlinable method's body is pure (its parameters and `this` being pure values).</summary>
    private bool IsPureBody(IMethodSymbol method, int depth)
    {
        method = method.OriginalDefinition;
        if (_pureBodies.TryGetValue(method, out var known)) return known;
        _pureBodies[method] = false; // recursion is not pure: it could run forever
        return _pureBodies[method] = InlineBody(method) is { } body && IsPure(body, depth + 1);
    }
}
