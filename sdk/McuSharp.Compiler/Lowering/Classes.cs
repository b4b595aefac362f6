using McuSharp.Compiler.Python;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace McuSharp.Compiler.Lowering;

/// <summary>
/// Objects of the program's classes and structs: constructors and `new`, `this`, instance fields, properties and
/// indexers, instance and base calls, object initializers, type tests and casts. A C# object is a Python object;
/// fields and auto-properties are attributes; virtual dispatch is Python's attribute lookup (MemberNames.cs keeps
/// the names of an override chain equal).
/// </summary>
internal sealed partial class FunctionLowerer
{
    private static readonly PyName Self = new("self");

    private bool IsUserType(ITypeSymbol? type) => _context.Types.IsUserType(type);

    private PyName ClassName(ITypeSymbol type) => new(_context.Names.GlobalName(type.OriginalDefinition)!);

    // ---- constructors ----

    /// <summary>A constructor (explicit or implicit) of <paramref name="type"/>, named <paramref name="name"/>.</summary>
    public PyFunctionDef LowerConstructor(INamedTypeSymbol type, IMethodSymbol constructor, SyntaxNode syntax, string name) =>
        LowerFunction(constructor, syntax, name, hasSelf: true, prologue: initializer => ConstructorPrologue(type, constructor, initializer));

    /// <summary>
    /// What runs before a constructor's body, in C#'s order: a constructor that chains to `this(...)` runs only that
    /// constructor; any other first initializes the fields (a struct's all to zero first), then runs the base constructor.
    /// </summary>
    private List<PyStmt> ConstructorPrologue(INamedTypeSymbol type, IMethodSymbol constructor, IOperation? initializer)
    {
        var output = new List<PyStmt>();
        var chained = (initializer as IExpressionStatementOperation)?.Operation as IInvocationOperation ?? initializer as IInvocationOperation;
        if (chained is { TargetMethod.MethodKind: MethodKind.Constructor } && SymbolEqualityComparer.Default.Equals(chained.TargetMethod.ContainingType.OriginalDefinition, type.OriginalDefinition))
        {
            output.Add(At(new PyExprStmt(ConstructorCall(chained.TargetMethod, chained.Arguments)), chained));
            return output;
        }
        var assignedFirst = AssignedBeforeAnyRead(type, constructor);
        if (type.IsValueType) output.AddRange(ZeroFields(type, assignedFirst));
        // A class that fixes a generic base's type arguments keeps the defaults the base's code needs.
        if (type.BaseType is { } genericBase && IsUserType(genericBase))
            foreach (var pair in ReifiedDefaults(genericBase, constructor.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax() ?? type.DeclaringSyntaxReferences[0].GetSyntax()).Cast<PyTuple>())
                output.Add(new PyAssign(new PyAttribute(Self, (string)((PyConst)pair.Elements[0]).Value!), pair.Elements[1]));
        foreach (var (member, init) in TypeLowerer.InstanceInitializers(type))
        {
            if (init is null && (type.IsValueType || assignedFirst.Contains(member.OriginalDefinition))) continue;
            if (Plain.FlatNames(member) is { } flat)
            {
                var shape = Plain.ShapeOf(TypeLowerer.MemberType(member))!;
                var memberSyntax = init ?? member.DeclaringSyntaxReferences[0].GetSyntax();
                if (init is not null && _context.ModelOf(init.SyntaxTree).GetOperation(init) is ISymbolInitializerOperation flatInit)
                    output.AddRange(new FunctionLowerer(_context, _context.ModelOf(init.SyntaxTree)).FlatInitializer(flat, shape, flatInit.Value, flatInit));
                else output.AddRange(FlatDefaults(flat, shape, memberSyntax).Select(s => s with { Origin = ProgramContext.OriginOf(memberSyntax) }));
                continue;
            }
            var target = new PyAttribute(Self, StorageName(member));
            var memberType = TypeLowerer.MemberType(member);
            PyExpr value = init is not null && _context.ModelOf(init.SyntaxTree).GetOperation(init) is ISymbolInitializerOperation op
                ? new FunctionLowerer(_context, _context.ModelOf(init.SyntaxTree)).LowerStored(op.Value, memberType)
                : DefaultValue(memberType, init ?? (SyntaxNode?)member.DeclaringSyntaxReferences[0].GetSyntax() ?? constructor.DeclaringSyntaxReferences[0].GetSyntax());
            output.Add(new PyAssign(target, value) { Origin = ProgramContext.OriginOf(init ?? member.DeclaringSyntaxReferences[0].GetSyntax()) });
        }
        if (type.BaseType is { } baseType && IsUserType(baseType))
        {
            if (chained is not null) output.Add(At(new PyExprStmt(ConstructorCall(chained.TargetMethod, chained.Arguments)), chained));
            else if (baseType.InstanceConstructors.FirstOrDefault(c => c.Parameters.All(p => p.IsOptional)) is { } implicitBase)
                output.Add(new PyExprStmt(new PyCall(new PyAttribute(ClassName(baseType), _context.Types.ConstructorName(implicitBase)), new PyExpr[] { Self })));
        }
        else if (type.BaseType is { } libraryBase && ExceptionTypes.IsException(libraryBase) && LowerBaseExceptionConstructor(libraryBase, chained) is { } baseCall)
        {
            output.Add(baseCall);
        }
        return output;
    }

    /// <summary>
    /// Members without an initializer that the constructor's first statements assign (`X = x;`) before anything could
    /// read them: their default value is never observed, so `self.X = 0` before `self.X = x` is left out. Nothing can
    /// read it while the values on the right contain no `this` and no base constructor (which could call an override) runs.
    /// </summary>
    private IReadOnlySet<ISymbol> AssignedBeforeAnyRead(INamedTypeSymbol type, IMethodSymbol constructor)
    {
        var assigned = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        // The runtime's exception constructors read no member of the derived class; a user base constructor could.
        if (constructor.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax() is not { } syntax) return assigned;
        if (_context.ModelOf(syntax.SyntaxTree).GetOperation(syntax) is not IConstructorBodyOperation { BlockBody: { } body } operation) return assigned;
        if (type.BaseType is { } baseType && IsUserType(baseType) && !BaseConstructionCannotReadDerived(operation.Initializer, baseType)) return assigned;
        foreach (var statement in body.Operations)
        {
            if (statement is not IExpressionStatementOperation { Operation: ISimpleAssignmentOperation { Target: var target, Value: var value } }) break;
            var member = target switch
            {
                IFieldReferenceOperation { Instance: IInstanceReferenceOperation, Field: var field } => (ISymbol)field,
                IPropertyReferenceOperation { Instance: IInstanceReferenceOperation, Property: var property } when _context.Types.IsStoredProperty(property) => property,
                _ => null,
            };
            if (member is null || value.DescendantsAndSelf().Any(o => o is IInstanceReferenceOperation)) break;
            assigned.Add(member.OriginalDefinition);
        }
        return assigned;
    }

    /// <summary>
    /// Whether the base class's construction (its field initializers and constructor bodies, up the chain) could not
    /// reach a derived class's member: `this` is only used to store or read its own fields and non-virtual
    /// auto-properties, so no override runs and `this` escapes nowhere. <paramref name="initializer"/> is the
    /// derived constructor's `base(...)` call, null when it calls the parameterless one implicitly.
    /// </summary>
    private bool BaseConstructionCannotReadDerived(IOperation? initializer, INamedTypeSymbol baseType)
    {
        var chained = ((initializer as IExpressionStatementOperation)?.Operation ?? initializer) as IInvocationOperation;
        if (chained is not null && chained.Arguments.SelectMany(a => a.DescendantsAndSelf()).Any(o => o is IInstanceReferenceOperation)) return false;
        var constructor = chained?.TargetMethod ?? baseType.InstanceConstructors.FirstOrDefault(c => c.Parameters.Length == 0);
        if (constructor is null) return false;
        var code = new List<IOperation>();
        foreach (var (_, init) in TypeLowerer.InstanceInitializers(constructor.ContainingType))
            if (init is not null && _context.ModelOf(init.SyntaxTree).GetOperation(init) is { } value) code.Add(value);
        IOperation? next = null;
        if (constructor.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax() is { } syntax)
        {
            if (_context.ModelOf(syntax.SyntaxTree).GetOperation(syntax) is not IConstructorBodyOperation body) return false;
            if (body.BlockBody is { } block) code.Add(block);
            if (body.ExpressionBody is { } expression) code.Add(expression);
            next = body.Initializer;
        }
        if (code.SelectMany(c => c.DescendantsAndSelf()).OfType<IInstanceReferenceOperation>().Any(r => !IsOwnStateAccess(r.Parent))) return false;
        // A `this(...)` chain is not followed: such a base is taken to possibly read derived state.
        if (next is not null && ((next as IExpressionStatementOperation)?.Operation ?? next) is IInvocationOperation { TargetMethod: var target }
            && SymbolEqualityComparer.Default.Equals(target.ContainingType.OriginalDefinition, constructor.ContainingType.OriginalDefinition))
            return false;
        return constructor.ContainingType.BaseType is not { } further || !IsUserType(further) || BaseConstructionCannotReadDerived(next, further);
    }

    /// <summary>
    /// Whether a field or auto-property can be read before its class's constructor body stored it: it has no
    /// initializer (those run before the base constructor) and the base's construction can call an override that
    /// reads it. Its non-null annotation then does not hold there (C# reads null, and prints "").
    /// </summary>
    private bool MayBeReadUnassigned(ISymbol member)
    {
        if (member.IsStatic || member.DeclaringSyntaxReferences.Length == 0 || member.ContainingType is not { BaseType: { } baseType } type || !IsUserType(baseType)) return false;
        if (TypeLowerer.InstanceInitializers(type).Any(m => SymbolEqualityComparer.Default.Equals(m.Member, member.OriginalDefinition) && m.Initializer is not null)) return false;
        return type.InstanceConstructors.Any(constructor =>
        {
            var syntax = constructor.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax();
            var body = syntax is null ? null : _context.ModelOf(syntax.SyntaxTree).GetOperation(syntax) as IConstructorBodyOperation;
            return !BaseConstructionCannotReadDerived(body?.Initializer, baseType);
        });
    }

    private bool IsOwnStateAccess(IOperation? access) => access switch
    {
        IFieldReferenceOperation => true,
        IPropertyReferenceOperation { Property: var p } => !p.IsVirtual && !p.IsAbstract && !p.IsOverride && _context.Types.IsStoredProperty(p),
        _ => false,
    };

    /// <summary>`Class.ctor(self, args)`: runs another constructor on this object.</summary>
    private PyExpr ConstructorCall(IMethodSymbol constructor, IReadOnlyList<IArgumentOperation> arguments) =>
        LowerUserCall(new PyAttribute(ClassName(constructor.ContainingType), _context.Types.ConstructorName(constructor)), constructor, arguments, Self);

    /// <summary>The attribute that holds a field or auto-property (an auto-property behind a Python property keeps its value beside it).</summary>
    private string StorageName(ISymbol member) =>
        member is IPropertySymbol property && !_context.Types.IsStoredProperty(property) ? _context.Members.Of(property) + "_" : _context.Members.Of(member);

    /// <summary>`self.x = 0` for every field of a struct: its default value, which every struct constructor starts from.</summary>
    private IEnumerable<PyStmt> ZeroFields(INamedTypeSymbol type, IReadOnlySet<ISymbol>? assignedFirst = null) =>
        TypeLowerer.InstanceInitializers(type).Where(m => !(m.Initializer is null && assignedFirst is not null && assignedFirst.Contains(m.Member.OriginalDefinition)))
            .SelectMany(m => Plain.FlatNames(m.Member) is { } flat
                ? FlatDefaults(flat, Plain.ShapeOf(TypeLowerer.MemberType(m.Member))!, m.Member.DeclaringSyntaxReferences[0].GetSyntax())
                : new[] { (PyStmt)new PyAssign(new PyAttribute(Self, StorageName(m.Member)),
                    DefaultValue(TypeLowerer.MemberType(m.Member), m.Member.DeclaringSyntaxReferences[0].GetSyntax())) });

    /// <summary>
    /// A struct's zero-initializer: `__init__` when the struct declares no constructor (so `S()` is its default value),
    /// else `_zero`, used by default(S) and arrays of S.
    /// </summary>
    public IEnumerable<PyStmt> LowerStructZero(INamedTypeSymbol type)
    {
        var hasConstructors = type.InstanceConstructors.Any(c => !c.IsImplicitlyDeclared);
        var body = ZeroFields(type).ToList();
        var origin = ProgramContext.OriginOf(type.DeclaringSyntaxReferences[0].GetSyntax());
        if (!hasConstructors && body.Count > 0 && ClassLevelZero(type, body) is { } attributes) return attributes.Select(a => a with { Origin = origin });
        return new[] { new PyFunctionDef(hasConstructors ? "_zero" : "__init__", new[] { new PyParameter("self") }, body.Count == 0 ? new PyStmt[] { new PyPass() } : body) { Origin = origin } };
    }

    /// <summary>
    /// `X = Y = 0` in the class body instead of an `__init__` that stores only constants: an object reads a field
    /// it never stored from its class, and its first store makes it its own (Python never changes an int, string or
    /// None in place). Every code that reads the fields (copies, ==, hash) reads attributes, never `__dict__`. Not for a
    /// struct with user interfaces among its bases, whose classes could define a property of a field's name, nor
    /// where a field's name is also a module-level name (a name in a class body would be taken for it).
    /// </summary>
    private IReadOnlyList<PyStmt>? ClassLevelZero(INamedTypeSymbol type, IReadOnlyList<PyStmt> zeroes)
    {
        if (type.AllInterfaces.Any(i => i.DeclaringSyntaxReferences.Length > 0)) return null;
        var attributes = new List<PyStmt>();
        foreach (var zero in zeroes)
        {
            if (zero is not PyAssign { Targets: [PyAttribute { Target: PyName { Id: "self" }, Name: var name }], Value: PyConst { Value: null or bool or string or long or int or double or System.Numerics.BigInteger } value }
                || _context.Names.IsGlobalName(name)) return null;
            attributes.Add(new PyAssign(new PyName(name), value));
        }
        return AdjacentStatements.JoinConstantAssignments(attributes);
    }

    /// <summary>A struct's default value: a new object with every field zero.</summary>
    private PyExpr StructDefault(INamedTypeSymbol type) =>
        type.InstanceConstructors.Any(c => !c.IsImplicitlyDeclared)
            ? Call(Helper("_new"), ClassName(type), new PyAttribute(ClassName(type), "_zero"))
            : Call(ClassName(type));

    /// <summary>`new C(args)`: the plain call for `__init__`, else a fresh object on which the named constructor runs.</summary>
    private PyExpr LowerUserObjectCreation(IObjectCreationOperation creation, INamedTypeSymbol type)
    {
        if (type.TypeKind == TypeKind.Struct && creation.Constructor is { IsImplicitlyDeclared: true }) return WithInitializer(StructDefault(type), creation);
        var constructor = creation.Constructor!;
        var name = _context.Types.ConstructorName(constructor);
        var defaults = ReifiedDefaults(type, creation.Syntax);
        PyExpr created = defaults.Count > 0
            ? LowerUserCall(Helper("_new_kept"), constructor, creation.Arguments, ClassName(type), new PyAttribute(ClassName(type), name), new PyTuple(defaults))
            : name == "__init__"
                ? LowerUserCall(ClassName(type), constructor, creation.Arguments)
                : LowerUserCall(Helper("_new"), constructor, creation.Arguments, ClassName(type), new PyAttribute(ClassName(type), name));
        return WithInitializer(created, creation);
    }

    /// <summary>`new C { X = 1, Y = 2 }` as a value: the object, then each member set in order (by the `_set` helper).</summary>
    private PyExpr WithInitializer(PyExpr created, IObjectCreationOperation creation)
    {
        if (creation.Initializer is null || creation.Initializer.Initializers.Length == 0) return created;
        var arguments = new List<PyExpr> { created };
        foreach (var init in creation.Initializer.Initializers)
        {
            if (init is not ISimpleAssignmentOperation { Target: IMemberReferenceOperation { Member: var member } target } assignment || target is IPropertyReferenceOperation { Property.IsIndexer: true })
                return Unsupported(init.Syntax, "This object initializer", "set the members with assignments after `new`");
            if (Plain.FlatNames(member) is { } flat)
            {
                arguments.AddRange(FlatInitializerPairs(flat, Plain.ShapeOf(target.Type)!, assignment.Value));
                continue;
            }
            arguments.Add(Str(StorageNameForAccess(member)));
            arguments.Add(LowerStored(assignment.Value, target.Type));
        }
        return Call(Helper("_set"), arguments.ToArray());
    }

    /// <summary>The attribute a member is read and written through (a Python property's own name, not its backing attribute).</summary>
    private string StorageNameForAccess(ISymbol member) => _context.Members.Of(member);

    // ---- member access ----

    private PyExpr LowerInstanceReceiver(IOperation? instance) => instance is null || instance is IInstanceReferenceOperation && _inlining.Count == 0 ? Self : Lower(instance);

    private PyExpr LowerInstanceField(IFieldReferenceOperation field)
    {
        if (LowerPlainMember(field) is { } plain) return plain;
        var attribute = new PyAttribute(LowerInstanceReceiver(field.Instance), _context.Members.Of(field.Field));
        // A deferred field holds its value unwrapped (see DeferredFields.cs): a read outside its updates wraps it.
        return IsDeferredField(field) ? WrapHelpers.Read(attribute, ValueKinds.Of(field.Type)) : attribute;
    }

    private PyExpr LowerUserProperty(IPropertyReferenceOperation property)
    {
        if (property.Property.IsStatic)
        {
            if (_context.Names.GlobalName(property.Property) is { } global) return new PyName(global);
            if (property.Property.GetMethod is { } getter && _context.Names.GlobalName(getter) is { } getterName) return Call(new PyName(getterName));
            return Unsupported(property.Syntax, "This static property", "give it a getter");
        }
        // Python finds a property by attribute lookup, which always reaches the override: `base.Kind` would call itself.
        if (property.Instance?.Syntax is Microsoft.CodeAnalysis.CSharp.Syntax.BaseExpressionSyntax && !_context.Types.IsStoredProperty(property.Property)
            && (property.Property.IsVirtual || property.Property.IsOverride || property.Property.IsAbstract))
            return Unsupported(property.Syntax, "base." + property.Property.Name + " on a virtual property", "move the base class's logic into a protected method and call base.Method()");
        if (!property.Property.IsIndexer && LowerPlainMember(property) is { } plainMember) return plainMember;
        if (property.Property.GetMethod is { } inlinableGetter && InlinedValue(inlinableGetter, property.Instance, Array.Empty<IOperation>()) is { } inlinedGetter) return inlinedGetter;
        var receiver = LowerInstanceReceiver(property.Instance);
        if (property.Property.IsIndexer) return new PySubscript(receiver, IndexerKey(property.Arguments));
        return new PyAttribute(receiver, _context.Members.Of(property.Property));
    }

    /// <summary>The key of a user indexer: one argument as it is, several as a tuple.</summary>
    private PyExpr IndexerKey(IReadOnlyList<IArgumentOperation> arguments)
    {
        var values = ArgumentsInParameterOrder(arguments).Select(Lower).ToList();
        return values.Count == 1 ? values[0] : new PyTuple(values);
    }

    /// <summary>
    /// A call of one of the program's instance methods. A call that C# does not dispatch virtually (`base.M()`) calls
    /// the class's own function; every other call is Python's attribute lookup, which finds the override.
    /// </summary>
    private PyExpr LowerInstanceCall(IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod;
        var name = _context.Members.Of(method);
        if (!invocation.IsVirtual && (method.IsVirtual || method.IsOverride || method.IsAbstract) && invocation.Instance is IInstanceReferenceOperation)
            return LowerUserCall(new PyAttribute(ClassName(method.ContainingType), name), method, invocation.Arguments, Self);
        var receiver = LowerInstanceReceiver(invocation.Instance);
        if (CallsOnCopy(method, invocation.Instance)) receiver = CopyOf(receiver, invocation.Instance!.Type);
        return LowerUserCall(new PyAttribute(receiver, name), method, invocation.Arguments);
    }

    // ---- type tests and casts ----

    /// <summary>The Python class that a C# type test can check for, or null when the device cannot tell (numbers boxed as object).</summary>
    private PyExpr? TypeTestClass(ITypeSymbol type)
    {
        if (IsUserType(type)) return ClassName(type);
        if (type.SpecialType == SpecialType.System_String) return new PyName("str");
        return type is INamedTypeSymbol named ? ExceptionTypes.LibraryExceptionClass(_context, named) : null;
    }

    private PyExpr LowerTypeTest(IOperation value, ITypeSymbol type, SyntaxNode syntax)
    {
        if (TypeTestClass(type) is not { } cls) return Unsupported(syntax, $"A type test against {type.ToDisplayString()}", "the device can test for the program's classes, string and the exception types");
        return Call(new PyName("isinstance"), Lower(value), cls);
    }

    /// <summary>`(C)x` for a reference type: the same object, or InvalidCastException (`_cast`); `x as C`: the object or null.</summary>
    private PyExpr LowerReferenceCast(IConversionOperation conversion)
    {
        var type = conversion.Type!;
        if (TypeTestClass(type) is not { } cls)
            return Unsupported(conversion.Syntax, $"A cast from {conversion.Operand.Type?.ToDisplayString() ?? "this value"} to {type.ToDisplayString()}", "the device can check casts to the program's classes, string and the exception types");
        return Call(Helper(conversion.IsTryCast ? "_as" : "_cast"), Lower(conversion.Operand), cls);
    }

    // ---- text ----

    /// <summary>A program object as text: its ToString() (object.ToString gives the type's full name), "" for null.</summary>
    /// <param name="operation">The operation the value comes from, when it is the whole value (for its nullability).</param>
    private PyExpr StringifyObject(PyExpr value, ITypeSymbol type, IOperation? operation)
    {
        _context.UsesObjectToString = true;
        if (type is INamedTypeSymbol { IsGenericType: true } generic && !TypeLowerer.OverridesToString(generic))
            return Unsupported(operation?.Syntax ?? generic.DeclaringSyntaxReferences[0].GetSyntax(), $"Printing a {generic.ToDisplayString()} without a ToString override", ".NET prints its type arguments, which the device does not keep; override ToString");
        var call = Method(value, "ToString");
        return type.IsValueType || value is PyName { Id: "self" } || operation is not null && IsNeverNull(operation) ? call : Call(Helper("_tostr"), value);
    }


    /// <summary>`a.Equals(b)` on a program object: its override, else reference equality (a class) or field equality (a struct).</summary>
    private PyExpr LowerObjectEquals(IInvocationOperation invocation)
    {
        var receiver = invocation.Instance!;
        var other = Lower(invocation.Arguments[0].Value);
        if (invocation.TargetMethod.IsOverride && IsUserType(invocation.TargetMethod.ContainingType) || receiver.Type is INamedTypeSymbol t && DeclaresOverride(t, "Equals"))
            return Method(Lower(receiver), "Equals", other);
        return receiver.Type?.IsValueType == true
            ? new PyCompare(Lower(receiver), PyCompareOperator.Eq, other)
            : new PyCompare(Lower(receiver), PyCompareOperator.Is, other);
    }

    private static void AddObjectMembers(Dictionary<string, MemberLowering> table)
    {
        table["Object.ReferenceEquals/2"] = (f, c) => f.LowerReferenceEquals(c);
    }

    /// <summary>
    /// `ReferenceEquals(a, b)`: Python's `is` for objects, lists and arrays. Strings and value types are refused: .NET's
    /// answer there depends on string interning and boxing, which the device does differently.
    /// </summary>
    private PyExpr LowerReferenceEquals(LibraryCall call)
    {
        var operands = call.Arguments.Select(WithoutImplicitConversions).ToList();
        var unclear = operands.FirstOrDefault(o => o.ConstantValue is not { HasValue: true, Value: null } && (o.Type is null || o.Type.IsValueType || o.Type.SpecialType == SpecialType.System_String || o.Type is ITypeParameterSymbol { IsReferenceType: false }));
        if (unclear is not null)
            return Unsupported(unclear.Syntax, $"ReferenceEquals on a {unclear.Type?.ToDisplayString() ?? "value"}", "compare with == (.NET's answer depends on string interning and boxing, which differ on the device)");
        return new PyCompare(Lower(call.Arguments[0]), PyCompareOperator.Is, Lower(call.Arguments[1]));
    }

    private static bool DeclaresOverride(INamedTypeSymbol type, string name)
    {
        for (var t = type; t is not null && t.SpecialType is not (SpecialType.System_Object or SpecialType.System_ValueType); t = t.BaseType)
            if (t.GetMembers(name).OfType<IMethodSymbol>().Any(m => m.IsOverride)) return true;
        return false;
    }
}
