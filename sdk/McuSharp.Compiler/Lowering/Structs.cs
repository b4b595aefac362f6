using McuSharp.Compiler.Python;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace McuSharp.Compiler.Lowering;

/// <summary>
/// Value semantics of the program's structs. A struct is a Python object, so a copy must be made wherever C#
/// copies the value and the copy could be told apart: when a value read from a variable, field, element or
/// auto-property is stored somewhere else (assigned, passed, returned, added to a collection, boxed), and when a
/// method that can change the struct is called on a value that is not a variable (a list element, a readonly
/// field, a method result), which C# runs on a temporary copy. A struct nobody can change (readonly fields only)
/// is never copied; a freshly made value (new, a call's result) needs no copy either.
/// </summary>
internal sealed partial class FunctionLowerer
{
    /// <summary>A user struct whose instances can change after construction (a non-readonly field or settable auto-property).</summary>
    private bool IsMutableStruct(ITypeSymbol? type) => type switch
    {
        INamedTypeSymbol { TypeKind: TypeKind.Struct } named => IsUserType(named) && _context.Types.IsMutableStruct(named),
        // Generic code copies a T where the program passes a mutable struct for it.
        ITypeParameterSymbol parameter => _context.TypeArguments.Of(parameter).Any(IsMutableStruct),
        _ => false,
    };

    /// <summary>A copy of a struct value; where T is a mutable struct in some uses only, the runtime tells which.</summary>
    private PyExpr CopyOf(PyExpr value, ITypeSymbol? type)
    {
        if (IsFreshCopy(value)) return value;
        return type is ITypeParameterSymbol parameter && !_context.TypeArguments.Of(parameter).All(IsMutableStruct) ? Call(Helper("_cp_any"), value) : Method(value, "_cp");
    }

    /// <summary>Whether <paramref name="value"/> is already a copy made just now (a second one would be thrown away).</summary>
    private static bool IsFreshCopy(PyExpr value) => value is PyCall { Args.Count: 1, Function: PyName { Id: "_cp_any" } } or PyCall { Args.Count: 0, Function: PyAttribute { Name: "_cp" } };

    /// <summary>A value stored into a variable, field, element, argument or collection: a struct read from a place is copied.</summary>
    private PyExpr LowerStored(IOperation value, ITypeSymbol? target)
    {
        var lowered = LowerConverted(value, target);
        return NeedsCopy(value) ? CopyOf(lowered, value.Type) : lowered;
    }

    /// <summary>Whether <paramref name="value"/> is a mutable struct read from somewhere it also stays (a C# copy on read).</summary>
    private bool NeedsCopy(IOperation value)
    {
        value = WithoutImplicitConversions(value);
        if (!IsMutableStruct(value.Type)) return false;
        return value switch
        {
            IObjectCreationOperation or IDefaultValueOperation or IInvocationOperation => false,
            IPropertyReferenceOperation { Property: var p } when p.DeclaringSyntaxReferences.Length > 0 && !_context.Types.IsStoredProperty(p) => false, // a getter returns a copy
            IConditionalOperation c => NeedsCopy(c.WhenTrue) || c.WhenFalse is not null && NeedsCopy(c.WhenFalse),
            ILocalReferenceOperation local when IsLastUse(local) => false,
            IArrayElementReferenceOperation element when IsCheckedOut(element) => false,
            _ => true,
        };
    }

    /// <summary>
    /// `list[i] = p;` as the last statement of the block that declares p, its only use there: p's object is never
    /// seen again (the block ends, a loop body declares a fresh p), so it can be handed over instead of copied.
    /// </summary>
    private static bool IsLastUse(ILocalReferenceOperation reference)
    {
        if (!IsOwnedLocal(reference)) return false;
        IOperation statement = reference;
        while (statement.Parent is { } parent and not IBlockOperation) statement = parent;
        if (statement.Parent is not IBlockOperation block || !block.Locals.Contains(reference.Local, SymbolEqualityComparer.Default)) return false;
        if (!ReferenceEquals(block.Operations[^1], statement)) return false;
        if (block.DescendantsAndSelf().Any(o => o is IAnonymousFunctionOperation or ILocalFunctionOperation)) return false;
        return statement.DescendantsAndSelf().Count(o => o is ILocalReferenceOperation other && SymbolEqualityComparer.Default.Equals(other.Local, reference.Local)) == 1;
    }

    /// <summary>
    /// `T p = a[i]; ...; a[i] = p;` in one block: p may be the element's own object instead of a copy, because
    /// nothing can look at the element before it is stored back. That holds when only this function can see the
    /// array (a local made by `new`, used only by indexing, Length and foreach), no statement in between mentions the
    /// array, changes i or leaves the block early, and no try statement encloses the block (an exception ends the
    /// array's life with the function).
    /// </summary>
    private static bool IsCheckedOut(IArrayElementReferenceOperation element)
    {
        if (element is not { ArrayReference: ILocalReferenceOperation { Local: var array }, Indices: [ILocalReferenceOperation { Local: var index }] }
            || element.Parent is not IVariableInitializerOperation { Parent: IVariableDeclaratorOperation { Symbol: var holder } declarator }) return false;
        IOperation statement = declarator;
        while (statement.Parent is { } parent and not IBlockOperation) statement = parent;
        if (statement.Parent is not IBlockOperation block) return false;
        var start = block.Operations.IndexOf(statement);
        if (start < 0 || start == block.Operations.Length - 1) return false;
        if (block.Operations[^1] is not IExpressionStatementOperation { Operation: ISimpleAssignmentOperation { Target: IArrayElementReferenceOperation store } assignment }
            || store is not { ArrayReference: ILocalReferenceOperation { Local: var storedArray }, Indices: [ILocalReferenceOperation { Local: var storedIndex }] }
            || WithoutImplicitConversions(assignment.Value) is not ILocalReferenceOperation { Local: var storedHolder }
            || !SameSymbol(storedArray, array) || !SameSymbol(storedIndex, index) || !SameSymbol(storedHolder, holder)) return false;
        var between = block.Operations.Skip(start + 1).Take(block.Operations.Length - start - 2).SelectMany(o => o.DescendantsAndSelf());
        if (between.Any(o => o is IBranchOperation or IReturnOperation || o is ILocalReferenceOperation r && (SameSymbol(r.Local, array) || SameSymbol(r.Local, index) && IsWriteTarget(r))))
            return false;
        IOperation function = element;
        while (function.Parent is { } enclosing)
        {
            if (enclosing is ITryOperation) return false;
            function = enclosing;
        }
        if (function.DescendantsAndSelf().Any(o => o is IAnonymousFunctionOperation or ILocalFunctionOperation)) return false;
        return function.DescendantsAndSelf().All(o => o switch
        {
            IVariableDeclaratorOperation d when SameSymbol(d.Symbol, array) => d.GetVariableInitializer()?.Value is IArrayCreationOperation,
            ILocalReferenceOperation r when SameSymbol(r.Local, array) => r.Parent is IArrayElementReferenceOperation owner && owner.ArrayReference == r
                || r.Parent is IPropertyReferenceOperation { Property.Name: "Length" }
                || r.Parent is IForEachLoopOperation or IConversionOperation { Parent: IForEachLoopOperation },
            _ => true,
        });
    }

    private static bool SameSymbol(ISymbol a, ISymbol b) => SymbolEqualityComparer.Default.Equals(a, b);

    /// <summary>
    /// The `a[i] = p;` that ends a checkout (see <see cref="IsCheckedOut"/>) when p still holds the element's own object
    /// (nothing assigned p another value): storing it back would put the element where it already is.
    /// </summary>
    private static bool IsStoreBackOfCheckedOut(ISimpleAssignmentOperation assignment)
    {
        if (assignment is not { Parent: IExpressionStatementOperation { Parent: IBlockOperation block } statement, Target: IArrayElementReferenceOperation }
            || WithoutImplicitConversions(assignment.Value) is not ILocalReferenceOperation { Local: var holder }
            || !ReferenceEquals(block.Operations[^1], statement)) return false;
        foreach (var candidate in block.Operations)
        {
            if (candidate is not IVariableDeclarationGroupOperation group) continue;
            foreach (var declarator in group.Declarations.SelectMany(d => d.Declarators))
            {
                if (!SameSymbol(declarator.Symbol, holder) || declarator.Initializer?.Value is not IArrayElementReferenceOperation element || !IsCheckedOut(element)) continue;
                var start = block.Operations.IndexOf(candidate);
                var between = block.Operations.Skip(start + 1).Take(block.Operations.Length - start - 2).SelectMany(o => o.DescendantsAndSelf());
                return !between.Any(o => o is ILocalReferenceOperation r && SameSymbol(r.Local, holder) && IsWriteTarget(r));
            }
        }
        return false;
    }

    /// <summary>
    /// A local or parameter that owns its struct object (every store into it copied), so returning it needs no copy:
    /// not a foreach variable (which is the collection's element).
    /// </summary>
    private static bool IsOwnedLocal(IOperation value) => WithoutImplicitConversions(value) switch
    {
        IParameterReferenceOperation { Parameter.RefKind: RefKind.None } => true,
        ILocalReferenceOperation { Local: var local } => !local.IsRef && local.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax() is not Microsoft.CodeAnalysis.CSharp.Syntax.ForEachStatementSyntax,
        _ => false,
    };

    /// <summary>
    /// Whether C# calls <paramref name="method"/> on a temporary copy of <paramref name="receiver"/>: a struct method
    /// that can change it, on a receiver that is not a variable (a list element, a property, a readonly field, a call).
    /// </summary>
    private bool CallsOnCopy(IMethodSymbol method, IOperation? receiver)
    {
        if (receiver is null || method.IsReadOnly || !IsMutableStruct(receiver.Type)) return false;
        return WithoutImplicitConversions(receiver) switch
        {
            ILocalReferenceOperation or IParameterReferenceOperation or IInstanceReferenceOperation or IArrayElementReferenceOperation => false,
            IFieldReferenceOperation field => field.Field.IsReadOnly,
            // A library indexer (list[i]) or an auto-property hands out the stored object; a getter with a body returns a copy.
            IPropertyReferenceOperation { Property: var p } => p.DeclaringSyntaxReferences.Length == 0 || _context.Types.IsStoredProperty(p),
            _ => false, // a fresh value: its copy would be thrown away anyway
        };
    }

    /// <summary>`def _cp(self)`: a new object with the same field values (struct-typed fields copied in turn).</summary>
    public PyStmt LowerStructCopy(INamedTypeSymbol type)
    {
        var copy = new PyName("c");
        var body = new List<PyStmt> { new PyAssign(copy, Call(new PyAttribute(new PyName("object"), "__new__"), ClassName(type))) };
        foreach (var (member, _) in TypeLowerer.InstanceInitializers(type))
        {
            if (Plain.FlatNames(member) is { } flat)
            {
                body.AddRange(flat.Select(n => (PyStmt)new PyAssign(new PyAttribute(copy, n), new PyAttribute(Self, n))));
                continue;
            }
            var memberType = TypeLowerer.MemberType(member);
            PyExpr value = new PyAttribute(Self, StorageName(member));
            if (IsMutableStruct(memberType)) value = CopyOf(value, memberType);
            body.Add(new PyAssign(new PyAttribute(copy, StorageName(member)), value));
        }
        body.Add(new PyReturn(copy));
        return new PyFunctionDef("_cp", new[] { new PyParameter("self") }, body) { Origin = ProgramContext.OriginOf(type.DeclaringSyntaxReferences[0].GetSyntax()) };
    }

    /// <summary>
    /// `==` of Python for a struct without an Equals override: .NET's ValueType.Equals compares the fields (used by
    /// List.Contains, IndexOf and dictionary keys), with a hash to match.
    /// </summary>
    public IEnumerable<PyStmt> LowerStructEquality(INamedTypeSymbol type)
    {
        var other = new PyName("other");
        var fields = TypeLowerer.InstanceInitializers(type).SelectMany(m => Plain.FlatNames(m.Member) ?? new[] { StorageName(m.Member) }).ToList();
        var tests = new List<PyExpr> { Call(new PyName("isinstance"), other, ClassName(type)) };
        tests.AddRange(fields.Select(f => (PyExpr)new PyCompare(new PyAttribute(Self, f), PyCompareOperator.Eq, new PyAttribute(other, f))));
        yield return new PyFunctionDef("__eq__", new[] { new PyParameter("self"), new PyParameter("other") },
            new PyStmt[] { new PyReturn(tests.Count == 1 ? tests[0] : new PyBoolOp(PyBoolOperator.And, tests)) });
        yield return new PyFunctionDef("__hash__", new[] { new PyParameter("self") },
            new PyStmt[] { new PyReturn(Call(new PyName("hash"), new PyTuple(fields.Select(f => (PyExpr)new PyAttribute(Self, f)).ToList()))) });
    }
}
