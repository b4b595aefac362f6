using System.Numerics;
using McuSharp.Compiler.Diagnostics;
using McuSharp.Compiler.Python;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace McuSharp.Compiler.Lowering;

/// <summary>The expression dispatch, constants, variable references and the conditional operator.</summary>
internal sealed partial class FunctionLowerer
{
    /// <summary>Lowers an expression to a Python expression holding exactly the C# value.</summary>
    private PyExpr Lower(IOperation operation)
    {
        if (operation.Type?.TypeKind == TypeKind.Dynamic || operation is IDynamicInvocationOperation or IDynamicMemberReferenceOperation or IDynamicObjectCreationOperation or IDynamicIndexerAccessOperation)
            return Unsupported(operation.Syntax, "dynamic", "the compiler needs every value's static type to translate it exactly; give the value a type");
        if (operation is IAwaitOperation)
            return Unsupported(operation.Syntax, "await", "async methods are not supported yet; do the work in a loop (with Time.SleepMs between steps)");
        if (IsExpressionTree(operation.Type) && operation is IConversionOperation or IDelegateCreationOperation) return Refuse(McuDiagnostics.ExpressionTree, operation.Syntax);
        if (TryLowerFacade(operation) is { } facade) return facade.Origin is null ? At(facade, operation) : facade;
        if (operation.ConstantValue.HasValue && operation.Type is not null) return At(Constant(operation.ConstantValue.Value, operation.Type, operation.Syntax), operation);
        var result = operation switch
        {
            ILocalReferenceOperation local => VariableRead(local.Local, local),
            IParameterReferenceOperation parameter => LowerParameterReference(parameter),
            IFieldReferenceOperation field => LowerFieldReference(field),
            IPropertyReferenceOperation property => LowerPropertyReference(property),
            IArrayElementReferenceOperation element => LowerArrayElement(element),
            IImplicitIndexerReferenceOperation indexer => LowerImplicitIndexer(indexer),
            IRangeOperation or IUnaryOperation { OperatorKind: UnaryOperatorKind.Hat } => RefuseIndexValue(operation),
            IBinaryOperation { Type.TypeKind: TypeKind.Delegate } combination => LowerDelegateBinary(combination),
            IBinaryOperation binary => LowerBinary(binary),
            IEventReferenceOperation eventReference => LowerEventReference(eventReference),
            ICompoundAssignmentOperation { Type.TypeKind: TypeKind.Delegate } or IEventAssignmentOperation => RefuseDelegateCompoundInExpression(operation),
            IUnaryOperation unary => LowerUnary(unary),
            IConversionOperation conversion => LowerConversion(conversion),
            IConditionalOperation conditional => LowerConditionalExpression(conditional),
            ISimpleAssignmentOperation or ICompoundAssignmentOperation or IIncrementOrDecrementOperation => LowerAssignmentExpression(operation),
            IInvocationOperation invocation => LowerInvocation(invocation),
            IInterpolatedStringOperation interpolated => LowerInterpolatedString(interpolated),
            IInterpolatedStringHandlerCreationOperation { Content: IInterpolatedStringOperation content } => LowerInterpolatedString(content),
            IArrayCreationOperation array => LowerArrayCreation(array),
            IObjectCreationOperation creation => LowerObjectCreation(creation),
            ICollectionExpressionOperation collection => LowerCollectionExpression(collection),
            IDefaultValueOperation defaultValue => DefaultValue(defaultValue.Type, defaultValue.Syntax),
            IInstanceReferenceOperation => _inlining.Count > 0 ? LowerThis() : Self,
            IIsTypeOperation isType => LowerTypeTest(isType.ValueOperand, isType.TypeOperand, isType.Syntax),
            IIsPatternOperation isPattern => LowerIsPattern(isPattern),
            IDelegateCreationOperation creation => LowerDelegateCreation(creation),
            IAnonymousFunctionOperation lambda => IsExpressionTree(lambda.Parent?.Type) ? Refuse(McuDiagnostics.ExpressionTree, lambda.Syntax) : LowerAnonymousFunction(lambda),
            IMethodReferenceOperation group => LowerMethodGroup(group),
            ITupleOperation tuple => LowerTuple(tuple),
            ITupleBinaryOperation tupleComparison => LowerTupleComparison(tupleComparison),
            IDeconstructionAssignmentOperation => Unsupported(operation.Syntax, "A deconstruction inside an expression", "make it a statement of its own"),
            ISwitchExpressionOperation switchExpression => LowerSwitchExpression(switchExpression),
            ICoalesceOperation coalesce => LowerCoalesce(coalesce),
            IConditionalAccessOperation access => LowerConditionalAccess(access),
            IConditionalAccessInstanceOperation => _conditionalSubjects.Count > 0 ? _conditionalSubjects.Peek() : Unsupported(operation.Syntax, "This '?.'", "it could not be translated"),
            ICoalesceAssignmentOperation => Unsupported(operation.Syntax, "'??=' inside an expression", "make it a statement of its own"),
            IThrowOperation throwOperation => LowerThrowExpression(throwOperation),
            IDeclarationExpressionOperation => Unsupported(operation.Syntax, "An out variable here", "declare it in the call's argument list (out var x)"),
            _ => Unsupported(operation.Syntax, $"The expression '{Describe(operation)}'", "it has no MicroPython translation yet"),
        };
        return result.Origin is null ? At(result, operation) : result;
    }

    /// <summary>Lowers a value that C# converts to <paramref name="target"/> where the tree has no conversion node.</summary>
    private PyExpr LowerConverted(IOperation operation, ITypeSymbol? target)
    {
        if (target is null || operation.Type is null || SymbolEqualityComparer.Default.Equals(operation.Type, target)) return Lower(operation);
        if (operation.ConstantValue.HasValue) return At(Constant(operation.ConstantValue.Value, target, operation.Syntax), operation);
        return ConvertValue(Lower(operation), operation, ValueKinds.Of(operation.Type), ValueKinds.Of(target), isChecked: false);
    }

    // ---- constants ----

    private PyExpr Constant(object? value, ITypeSymbol type, SyntaxNode syntax)
    {
        if (value is null) return PyConst.None;
        if (IsNullableValueType(type)) return Constant(value, ((INamedTypeSymbol)type).TypeArguments[0], syntax);
        var kind = ValueKinds.Of(type);
        switch (kind)
        {
            case ValueKind.Bool: return (bool)value ? PyConst.True : PyConst.False;
            case ValueKind.Char: return Str(Convert.ToChar(value, System.Globalization.CultureInfo.InvariantCulture).ToString());
            case ValueKind.String: return StringConstant((string)value, syntax);
            case ValueKind.Single: return new PyConst((double)Convert.ToSingle(value, System.Globalization.CultureInfo.InvariantCulture));
            case ValueKind.Double: return new PyConst(Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture));
            case var k when k.IsInteger():
                return value switch
                {
                    char c => Int(c),
                    ulong u => Int(u),
                    _ => Int(new BigInteger(Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture))),
                };
            default:
                if (value is string s) return StringConstant(s, syntax);
                return Unsupported(syntax, $"A constant of type {type.ToDisplayString()}", "it has no MicroPython representation");
        }
    }

    private PyExpr StringConstant(string value, SyntaxNode syntax)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsSurrogate(value[i]))
            {
                _context.Report(McuDiagnostics.UnrepresentableString, syntax,
                    char.IsSurrogatePair(value, i) ? $"the character U+{char.ConvertToUtf32(value, i):X} outside the Basic Multilingual Plane" : "a lone surrogate");
                return Str(value);
            }
        }
        return Str(value);
    }

    /// <summary>C#'s default value of a type: 0, 0.0, false, '\0' or null.</summary>
    private PyExpr DefaultValue(ITypeSymbol? type, SyntaxNode syntax)
    {
        if (type is null) return PyConst.None;
        if (type.IsReferenceType || type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T }) return PyConst.None;
        if (type is INamedTypeSymbol { TypeKind: TypeKind.Struct } structType && IsUserType(structType)) return StructDefault(structType);
        if (type is ITypeParameterSymbol parameter) return TypeParameterDefault(parameter, syntax);
        if (type is INamedTypeSymbol { IsTupleType: true } tuple) return new PyTuple(tuple.TupleElements.Select(e => DefaultValue(e.Type, syntax)).ToList());
        return ValueKinds.Of(type) switch
        {
            ValueKind.Bool => PyConst.False,
            ValueKind.Char => Str("\0"),
            ValueKind.Single or ValueKind.Double => new PyConst(0.0),
            var k when k.IsInteger() => Int(0),
            _ => Unsupported(syntax, $"The default value of {type.ToDisplayString()}", "McuSharp knows the defaults of numbers, chars, bools, tuples, enums and the program's own structs; give the value explicitly"),
        };
    }

    // ---- references ----

    private PyExpr LowerParameterReference(IParameterReferenceOperation parameter)
    {
        if (_inlining.Count > 0 && InlinedParameter(parameter.Parameter) is { } inlined) return inlined;
        return VariableRead(parameter.Parameter, parameter);
    }

    /// <summary>The C# value of a local or parameter (a deferred one is wrapped here, see DeferredWraps.cs).</summary>
    private PyExpr VariableRead(ISymbol variable, IOperation? read = null)
    {
        if (_scalarLocals.TryGetValue(variable, out var fields)) return Materialize(new Bundle(Plain.ShapeOf(TypeOfVariable(variable))!, fields));
        var name = LocalReference(variable);
        return IsDeferred(variable) ? WrappedRead(name, ValueKinds.Of(TypeOfVariable(variable)), read is not null && IsLastUse(read, variable)) : name;
    }

    private PyExpr LowerFieldReference(IFieldReferenceOperation field)
    {
        if (TupleElementIndex(field.Field) is { } element) return LowerTupleElement(field, element);
        if (!field.Field.IsStatic) return field.Field.DeclaringSyntaxReferences.Length > 0 ? LowerInstanceField(field) : UnsupportedMember(field, field.Field, "McuSharp does not know this field");
        if (_context.Names.GlobalName(field.Field) is { } name) return new PyName(name);
        if (field.Field.DeclaringSyntaxReferences.Length == 0) return LowerLibraryMember(field, field.Field, null, Array.Empty<IOperation>());
        return UnsupportedMember(field, field.Field, "McuSharp does not know this field");
    }

    private PyExpr LowerConditionalExpression(IConditionalOperation conditional)
    {
        if (conditional.WhenFalse is null) return Unsupported(conditional.Syntax, "This conditional", "it has no value");
        var condition = LowerCondition(conditional.Condition);
        var whenTrue = Assuming(conditional.Condition, true, () => LowerConverted(conditional.WhenTrue, conditional.Type));
        var whenFalse = Assuming(conditional.Condition, false, () => LowerConverted(conditional.WhenFalse, conditional.Type));
        return new PyIfExp(condition, whenTrue, whenFalse);
    }
}
