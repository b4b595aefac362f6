using System.Numerics;
using McuSharp.Compiler.Diagnostics;
using McuSharp.Compiler.Python;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace McuSharp.Compiler.Lowering;

/// <summary>
/// =, compound assignments (+=, &lt;&lt;=, ...), ++ and --, as statements and inside expressions.
/// An integer assignment to a variable that can overflow only by one step is followed by a one-line check
/// (`if x &gt; 0x7FFFFFFF: x -= 0x100000000`), which costs almost nothing when it never fires.
/// </summary>
internal sealed partial class FunctionLowerer
{
    /// <summary>A place that can be assigned: a Python target expression plus how to read it.</summary>
    /// <summary>A place that can be assigned: a Python target expression plus how to read it; <c>Variable</c> for a local or parameter.</summary>
    private sealed record Place(PyExpr Target, PyExpr Read, ITypeSymbol Type, bool IsName, ISymbol? Variable = null);

    private IEnumerable<PyStmt> LowerAssignmentStatement(ISimpleAssignmentOperation assignment)
    {
        if (assignment.Target is ILocalReferenceOperation scalar && _scalarLocals.ContainsKey(scalar.Local)) return AssignScalarLocal(scalar.Local, assignment.Value, assignment);
        if (IsStoreBackOfCheckedOut(assignment)) return Array.Empty<PyStmt>();
        if (assignment.Target is IFieldReferenceOperation flat && Plain.FlatNames(flat.Field) is not null) return AssignFlatField(flat, assignment.Value, assignment);
        var statements = new List<PyStmt>();
        // C# evaluates the array and the index before the value; Python evaluates a subscript target after it. That
        // matters only when the value has side effects: then the target's parts are evaluated first, into temporaries.
        if (assignment.Target is IPropertyReferenceOperation { Property.Name: "Length", Instance: { Type.Name: "StringBuilder" } builder })
        {
            // sb.Length = n keeps the first n characters (or pads with '\0').
            statements.Add(At(new PyExprStmt(Call(Helper("_sb_set_length"), Lower(builder), Lower(assignment.Value))), assignment));
            return statements;
        }
        if (assignment.Target is IPropertyReferenceOperation { Property: { IsStatic: true, SetMethod: { } setter } staticProperty } && _context.Names.GlobalName(staticProperty) is null)
        {
            // A static property with a setter body: a call of its setter function.
            if (_context.Names.GlobalName(setter) is { } setterName)
                statements.Add(At(new PyExprStmt(Call(new PyName(setterName), LowerStored(assignment.Value, staticProperty.Type))), assignment));
            return statements;
        }
        var valueHasEffects = HasSideEffects(assignment.Value);
        var recordsKey = IsInsertionOrdered && assignment.Target is IPropertyReferenceOperation { Property.IsIndexer: true, Instance: var dictionary } && IsDictionaryType(dictionary?.Type);
        var place = LowerPlace(assignment.Target, statements, evaluateOnce: valueHasEffects || recordsKey, laterValue: valueHasEffects ? assignment.Value : null);
        if (place is null) return statements;
        if (place.IsName) statements.AddRange(AssignToName((PyName)place.Target, place.Variable, assignment.Value, place.Type, assignment));
        else if (recordsKey) statements.AddRange(SetRecordingKey((PySubscript)place.Target, LowerStored(assignment.Value, place.Type), assignment));
        else statements.Add(At(new PyAssign(place.Target, LowerStored(assignment.Value, place.Type)), assignment));
        return statements;
    }

    /// <summary>
    /// `d[key] = value` on an insertion-ordered dictionary: a new key joins the key order, after the value is
    /// computed (C# evaluates it before storing, and it may throw).
    /// </summary>
    private IEnumerable<PyStmt> SetRecordingKey(PySubscript element, PyExpr value, IOperation origin)
    {
        var statements = new List<PyStmt>();
        if (value is not (PyConst or PyName))
        {
            var temp = NewTemp();
            statements.Add(At(new PyAssign(temp, value), origin));
            value = temp;
        }
        var order = new PySubscript(element.Target, PyConst.None);
        statements.Add(At(new PyIf(new PyCompare(element.Index, PyCompareOperator.NotIn, element.Target), new PyStmt[] { new PyExprStmt(Method(order, "append", element.Index)) }, Array.Empty<PyStmt>()) { OneLine = true }, origin));
        statements.Add(At(new PyAssign(element, value), origin));
        return statements;
    }

    /// <summary>`name = value`, with the cheapest exact integer wrap.</summary>
    private IEnumerable<PyStmt> AssignToName(PyName target, ISymbol? variable, IOperation value, ITypeSymbol targetType, IOperation origin)
    {
        if (LowerOutCallStatement(value, origin, target) is { } outCall) return outCall; // ok, n = TryRead(...)
        var kind = ValueKinds.Of(targetType);
        if (kind.IsArithmeticInteger() && KindOf(value) == kind && !value.ConstantValue.HasValue && !IsChecked(value))
            return AssignRing(target, variable, UpdatingVariable(variable, () => Ring(value, kind)), kind, origin);
        return new[] { At(new PyAssign(target, LowerStored(value, targetType)), origin) };
    }

    private IEnumerable<PyStmt> AssignRing(PyName target, ISymbol? variable, RingValue value, ValueKind kind, IOperation origin)
    {
        // A deferred variable holds its value unwrapped (see DeferredWraps.cs).
        if (value.Raw.Within(kind.Range()) || IsDeferred(variable) && value.Raw.Within(DeferredStorable))
            return new[] { At(AssignOrUpdate(target, value.Expr), origin) };
        var period = BigInteger.One << kind.Bits();
        // Small types wrap with small-int arithmetic; an unsigned value that can overflow by several periods (a
        // multiplication, as in hashes and random generators) is masked in place, as MicroPython code does.
        if (kind.Bits() <= 16 || !kind.IsSigned() && (value.Raw.Hi > kind.Range().Hi + period || value.Raw.Lo < -period))
            return new[] { At(new PyAssign(target, WrapArithmetic(value.Expr, kind)), origin) };
        // Assign, then fix up only on overflow: `if x > 0x7FFFFFFF: x -= 0x100000000` costs one comparison.
        var (overflowed, fix) = OverflowTest(target, target, kind, value.Raw);
        var check = new PyIf(overflowed, new PyStmt[] { AssignOrUpdate(target, fix) }, Array.Empty<PyStmt>()) { OneLine = true };
        return new PyStmt[] { At(AssignOrUpdate(target, value.Expr), origin), At(check, origin) };
    }

    /// <summary>`x = x + y` prints as `x += y`, `a[i] = a[i] + y` as `a[i] += y`: shorter, and what a MicroPython programmer writes.</summary>
    private static PyStmt AssignOrUpdate(PyExpr target, PyExpr value) =>
        value is PyBinOp binary && IsSameSimplePlace(binary.Left, target)
            ? new PyAugAssign(target, binary.Op, binary.Right)
            : new PyAssign(target, value);

    /// <summary>The same variable, the same attribute of a variable, or the same element of a variable at a variable or constant index.</summary>
    private static bool IsSameSimplePlace(PyExpr a, PyExpr b) => (a, b) switch
    {
        (PyName x, PyName y) => x.Id == y.Id,
        (PyAttribute x, PyAttribute y) => x.Name == y.Name && x.Target is PyName && IsSameSimplePlace(x.Target, y.Target),
        (PySubscript x, PySubscript y) => IsSameSimplePlace(x.Target, y.Target) && x.Target is PyName
            && (IsSameSimplePlace(x.Index, y.Index) || x.Index is PyConst { Value: var i } && y.Index is PyConst { Value: var j } && Equals(i, j)),
        _ => false,
    };

    /// <summary>The assignable place of a target; statements that evaluate parts of it once go to <paramref name="prelude"/>.</summary>
    private Place? LowerPlace(IOperation target, List<PyStmt> prelude, bool evaluateOnce = true, IOperation? laterValue = null)
    {
        PyExpr Stable(PyExpr expr, IOperation origin, List<PyStmt> prelude, bool evaluateOnce) =>
            this.Stable(expr, origin, prelude, evaluateOnce, laterValue);
        switch (target)
        {
            case ILocalReferenceOperation local:
                var localName = LocalReference(local.Local);
                return new Place(localName, localName, local.Type!, IsName: true, local.Local);
            case IParameterReferenceOperation parameter:
                var parameterName = LocalReference(parameter.Parameter);
                return new Place(parameterName, parameterName, parameter.Type!, IsName: true, parameter.Parameter);
            case IFieldReferenceOperation tupleElement when TupleElementIndex(tupleElement.Field) is not null:
                Unsupported(target.Syntax, "Assigning one element of a tuple", "build a new tuple: t = (value, t.Item2)");
                return null;
            case IFieldReferenceOperation { Field.IsStatic: true } field when _context.Names.GlobalName(field.Field) is { } global:
                _assignedGlobals.Add(global);
                return new Place(new PyName(global), new PyName(global), field.Type!, IsName: true);
            case IPropertyReferenceOperation { Property.IsStatic: true } property when _context.Names.GlobalName(property.Property) is { } globalProperty:
                _assignedGlobals.Add(globalProperty);
                return new Place(new PyName(globalProperty), new PyName(globalProperty), property.Type!, IsName: true);
            case IFieldReferenceOperation { Field.IsStatic: false } or IPropertyReferenceOperation { Property.IsStatic: false, Property.IsIndexer: false }
                when ((IMemberReferenceOperation)target).Member.DeclaringSyntaxReferences.Length > 0:
            {
                var member = (IMemberReferenceOperation)target;
                var receiver = member.Instance is null or IInstanceReferenceOperation ? Self
                    : StructElementSlot(member.Instance, prelude, laterValue) ?? Stable(Lower(member.Instance), member.Instance, prelude, evaluateOnce);
                var attribute = new PyAttribute(receiver, _context.Members.Of(member.Member));
                return new Place(attribute, attribute, target.Type!, IsName: false);
            }
            case IPropertyReferenceOperation { Property.IsIndexer: true, Instance: { } userIndexed } userIndexer when IsUserType(userIndexed.Type):
            {
                var container = Stable(Lower(userIndexed), userIndexed, prelude, evaluateOnce);
                var keys = ArgumentsInParameterOrder(userIndexer.Arguments).Select(a => Stable(Lower(a), a, prelude, evaluateOnce)).ToList();
                var subscript = new PySubscript(container, keys.Count == 1 ? keys[0] : new PyTuple(keys));
                return new Place(subscript, subscript, userIndexer.Type!, IsName: false);
            }
            case IArrayElementReferenceOperation element when element.Indices.Length == 1:
            {
                var array = Stable(Lower(element.ArrayReference), element.ArrayReference, prelude, evaluateOnce);
                if (element.Indices[0] is IRangeOperation) return RefuseAssignedRange(element);
                // The index is evaluated before the value and tested at the store, after it, as in C#.
                var index = IsFromEnd(element.Indices[0])
                    ? FromEndPlace(array, element.Indices[0], element.ArrayReference, Sliced.Array, prelude, evaluateOnce)
                    : CheckedIndex(element.Indices[0], element.ArrayReference, Stable(Lower(element.Indices[0]), element.Indices[0], prelude, evaluateOnce));
                var subscript = new PySubscript(array, index);
                return new Place(subscript, subscript, element.Type!, IsName: false);
            }
            case IPropertyReferenceOperation { Property.IsIndexer: true, Instance: { } instance } indexer when indexer.Arguments.Length == 1:
            {
                var container = Stable(Lower(instance), instance, prelude, evaluateOnce);
                var isDictionary = IsDictionaryType(instance.Type);
                if (!isDictionary && !IsListType(instance.Type))
                {
                    UnsupportedMember(indexer, indexer.Property, "only array, List<T> and Dictionary<K,V> elements can be assigned");
                    return null;
                }
                var argument = indexer.Arguments[0].Value;
                var key = Stable(isDictionary ? DictionaryKey(argument) : Lower(argument), argument, prelude, evaluateOnce);
                if (!isDictionary) (container, key) = IndexInto(instance, container, argument, key);
                var subscript = new PySubscript(container, key);
                return new Place(subscript, subscript, indexer.Type!, IsName: false);
            }
            case IImplicitIndexerReferenceOperation { Argument: var argument } listFromEnd when IsFromEnd(argument) && SlicedKind(listFromEnd.Instance.Type) == Sliced.List:
            {
                var list = Stable(Lower(listFromEnd.Instance), listFromEnd.Instance, prelude, evaluateOnce: true);
                var subscript = new PySubscript(list, FromEndPlace(list, argument, listFromEnd.Instance, Sliced.List, prelude, evaluateOnce));
                return new Place(subscript, subscript, listFromEnd.Type!, IsName: false);
            }
            case IImplicitIndexerReferenceOperation:
                return RefuseAssignedRange(target);
            default:
                Unsupported(target.Syntax, "Assigning to this target", "only locals, parameters, static fields and array, list or dictionary elements can be assigned");
                return null;
        }
    }

    /// <summary>
    /// `a[i].F = value` on an array of structs stores into whatever struct is in the slot once the value is computed
    /// (C# fixes the slot, not the object in it, before the value): when the value can run code that replaces a[i],
    /// the slot is indexed again at the store. The index is checked before the value, as C# does.
    /// </summary>
    private PyExpr? StructElementSlot(IOperation instance, List<PyStmt> prelude, IOperation? laterValue)
    {
        if (laterValue is null || instance is not IArrayElementReferenceOperation { Type.IsValueType: true } element || !HasSideEffects(laterValue)) return null;
        if (LowerPlace(element, prelude, evaluateOnce: true, laterValue) is not { Target: var slot }) return null;
        prelude.Add(At(new PyExprStmt(slot), instance));
        return slot;
    }

    /// <summary>
    /// Evaluates an expression once: simple names and constants stand as they are, anything else goes to a temporary;
    /// a name too when <paramref name="laterValue"/>, evaluated after it, may change it.
    /// </summary>
    private PyExpr Stable(PyExpr expr, IOperation origin, List<PyStmt> prelude, bool evaluateOnce, IOperation? laterValue = null)
    {
        if (!evaluateOnce || expr is PyConst) return expr;
        if (expr is PyName && (laterValue is null || !MayChange(origin, laterValue))) return expr;
        var temp = NewTemp();
        prelude.Add(At(new PyAssign(temp, expr), origin));
        return temp;
    }

    /// <summary>
    /// True when evaluating the expression can change a variable or call code that can: assignments, ++/--, the
    /// program's own methods and constructors, instance methods (List.Add, ...) and ref/out arguments. Static library
    /// methods (Math.Abs, int.Parse) and library constructors (new List&lt;int&gt;()) cannot.
    /// </summary>
    private static bool HasSideEffects(IOperation operation) =>
        operation.DescendantsAndSelf().Any(op => op switch
        {
            IAssignmentOperation or IIncrementOrDecrementOperation => true,
            IInvocationOperation call => call.Instance is not null || IsDeclaredInProgram(call.TargetMethod) || call.Arguments.Any(a => a.Parameter?.RefKind is RefKind.Ref or RefKind.Out),
            IObjectCreationOperation creation => creation.Constructor is null || IsDeclaredInProgram(creation.Constructor),
            _ => false,
        });

    private static bool IsDeclaredInProgram(ISymbol symbol) => symbol.DeclaringSyntaxReferences.Length > 0;

    /// <summary>True when evaluating <paramref name="later"/> may change the value of <paramref name="part"/>.</summary>
    private static bool MayChange(IOperation part, IOperation later)
    {
        part = WithoutImplicitConversions(part);
        return part switch
        {
            { ConstantValue.HasValue: true } => false,
            ILocalReferenceOperation local => WritesLocal(later, local.Local),
            IParameterReferenceOperation parameter => WritesParameter(later, parameter.Parameter),
            _ => HasSideEffects(later),
        };
    }

    private IEnumerable<PyStmt> LowerCompoundAssignmentStatement(ICompoundAssignmentOperation compound)
    {
        if (compound.OperatorMethod is { DeclaringSyntaxReferences.Length: > 0 } && LowerPlainCompound(compound) is { } plain) return plain;
        var statements = new List<PyStmt>();
        var place = LowerPlace(compound.Target, statements, laterValue: HasSideEffects(compound.Value) ? compound.Value : null);
        if (place is null) return statements;
        if (compound.OperatorMethod is { } userOperator && userOperator.DeclaringSyntaxReferences.Length > 0)
        {
            // v += w with a user operator: v = op(v, w), the operator's result a fresh value.
            if (_context.Names.GlobalName(userOperator) is { } name)
                statements.Add(At(new PyAssign(place.Target, Call(new PyName(name), place.Read, LowerStored(compound.Value, userOperator.Parameters[1].Type))), compound));
            return statements;
        }
        statements.AddRange(IsNullableValueType(place.Type)
            ? UpdateNullable(place, compound, p => Update(p, compound.OperatorKind, compound.Value, compound, compound.IsChecked))
            : Update(place, compound.OperatorKind, compound.Value, compound, compound.IsChecked));
        return statements;
    }

    private IEnumerable<PyStmt> LowerIncrementStatement(IIncrementOrDecrementOperation increment)
    {
        var statements = new List<PyStmt>();
        var place = LowerPlace(increment.Target, statements);
        if (place is null) return statements;
        statements.AddRange(IsNullableValueType(place.Type) ? UpdateNullable(place, increment, p => IncrementPlace(p, increment)) : IncrementPlace(place, increment));
        return statements;
    }

    private IEnumerable<PyStmt> IncrementPlace(Place place, IIncrementOrDecrementOperation increment)
    {
        var kind = ValueKinds.Of(place.Type);
        var op = increment.Kind == OperationKind.Increment ? BinaryOperatorKind.Add : BinaryOperatorKind.Subtract;
        return UpdateWith(place, op, kind == ValueKind.Char ? ValueKind.Int32 : kind is ValueKind.SByte or ValueKind.Byte or ValueKind.Int16 or ValueKind.UInt16 ? ValueKind.Int32 : kind,
            (k, left) => k.IsFloating() ? FloatingOperation(op, left.Expr, new PyConst(1.0), increment, k, increment.Syntax) : null,
            (k, left) => new RingValue(new PyBinOp(left.Expr, op == BinaryOperatorKind.Add ? PyBinaryOperator.Add : PyBinaryOperator.Sub, Int(1)),
                op == BinaryOperatorKind.Add ? left.Raw + Interval.Exactly(1) : left.Raw - Interval.Exactly(1)),
            increment, increment.IsChecked);
    }

    /// <summary>`place op= value` with C#'s promotions: the operation runs in the promoted type, then converts back.</summary>
    private IEnumerable<PyStmt> Update(Place place, BinaryOperatorKind op, IOperation value, IOperation origin, bool isChecked)
    {
        var targetKind = ValueKinds.Of(place.Type);
        if (targetKind == ValueKind.String && op == BinaryOperatorKind.Add)
            return new[] { At(AssignOrUpdate(place.Target, new PyBinOp(place.Read, PyBinaryOperator.Add, Stringify(value))), origin) };
        if (targetKind == ValueKind.Bool)
        {
            var boolOp = op switch { BinaryOperatorKind.And => PyBinaryOperator.BitAnd, BinaryOperatorKind.Or => PyBinaryOperator.BitOr, _ => PyBinaryOperator.BitXor };
            return new[] { At(new PyAssign(place.Target, BoolOperation(boolOp, place.Read, Lower(value), asCondition: false)), origin) };
        }
        var operationKind = origin is ICompoundAssignmentOperation { InConversion: { } inConversion } && !inConversion.IsIdentity
            ? ValueKinds.Of(origin is ICompoundAssignmentOperation c && c.Value.Type is { } vt ? PromotedType(place.Type, vt) : place.Type)
            : targetKind;
        return UpdateWith(place, op, operationKind,
            (k, left) => k.IsFloating() ? FloatingOperation(op, left.Expr, LowerAs(value, k), value, k, origin.Syntax) : null,
            (k, left) => IsRingOperator(op) ? RingBinary(op, left, value, k) : new RingValue(IntegerDivisionOrShift(op, left.Expr, left.Raw, value, k, origin.Syntax), k.Range()),
            origin, isChecked);
    }

    private ITypeSymbol PromotedType(ITypeSymbol target, ITypeSymbol value)
    {
        var t = ValueKinds.Of(target);
        var v = ValueKinds.Of(value);
        if (t.IsFloating() || v.IsFloating())
            return _context.Compilation.GetSpecialType(t == ValueKind.Double || v == ValueKind.Double ? SpecialType.System_Double : SpecialType.System_Single);
        var bits = Math.Max(t.Bits(), v.Bits());
        var unsigned = bits >= 32 && (t.Bits() == bits && !t.IsSigned() && t != ValueKind.Char) && (v.Bits() < bits || !v.IsSigned());
        return _context.Compilation.GetSpecialType(bits <= 32 ? (unsigned ? SpecialType.System_UInt32 : SpecialType.System_Int32) : (unsigned ? SpecialType.System_UInt64 : SpecialType.System_Int64));
    }

    private PyExpr LowerAs(IOperation value, ValueKind kind)
    {
        var from = KindOf(value);
        return from == kind ? Lower(value) : ConvertValue(Lower(value), value, from, kind, isChecked: false);
    }

    private IEnumerable<PyStmt> UpdateWith(Place place, BinaryOperatorKind op, ValueKind operationKind,
        Func<ValueKind, RingValue, PyExpr?> floating, Func<ValueKind, RingValue, RingValue> integer, IOperation origin, bool isChecked)
    {
        var targetKind = ValueKinds.Of(place.Type);
        var current = new RingValue(targetKind == operationKind ? place.Read : ConvertValue(place.Read, origin, targetKind, operationKind, false), TargetRange(origin, targetKind));
        if (operationKind.IsFloating())
        {
            var result = floating(operationKind, current)!;
            if (targetKind != operationKind) result = ConvertValue(result, origin, operationKind, targetKind, isChecked);
            return new[] { At(new PyAssign(place.Target, result), origin) };
        }
        if (!operationKind.IsArithmeticInteger())
        {
            Unsupported(origin.Syntax, $"Compound assignment on {place.Type.ToDisplayString()}", "it has no MicroPython translation yet");
            return Array.Empty<PyStmt>();
        }
        var ring = UpdatingVariable(place.Variable, () => integer(operationKind, current));
        if (isChecked)
        {
            // Checked code also checks the conversion back to a narrower target (short s; s += 30000 throws).
            if ((targetKind.IsInteger() || targetKind == ValueKind.Char) && targetKind.Range().Within(operationKind.Range()))
            {
                PyExpr checkedValue = Checked(ring.Expr, targetKind.Range());
                if (targetKind == ValueKind.Char) checkedValue = Call(new PyName("chr"), checkedValue);
                return new[] { At(new PyAssign(place.Target, checkedValue), origin) };
            }
            return new[] { At(new PyAssign(place.Target, BackToTarget(Checked(ring.Expr, operationKind.Range()), operationKind, targetKind, origin, true)), origin) };
        }
        if (targetKind == ValueKind.Char)
            return new[] { At(new PyAssign(place.Target, Call(new PyName("chr"), ring.Raw.Within(new Interval(0, 0xFFFF)) ? ring.Expr : Wrap(ring.Expr, ValueKind.UInt16, false))), origin) };
        var narrowKind = targetKind.IsInteger() ? targetKind : operationKind;
        if (place.IsName) return AssignRing((PyName)place.Target, place.Variable, ring, narrowKind, origin);
        var unwrapped = ring.Raw.Within(narrowKind.Range()) || IsDeferredField(UpdatedTarget(origin)) && ring.Raw.Within(DeferredStorable);
        return new[] { At(AssignOrUpdate(place.Target, unwrapped ? ring.Expr : Wrap(ring.Expr, narrowKind, false, ring.Raw)), origin) };
    }

    private PyExpr BackToTarget(PyExpr value, ValueKind from, ValueKind to, IOperation origin, bool isChecked) =>
        from == to ? value : ConvertValue(value, origin, from, to, isChecked);

    /// <summary>What the target holds before the update: the flow facts know it for locals and parameters.</summary>
    private Interval TargetRange(IOperation update, ValueKind kind)
    {
        if (!kind.IsInteger() && kind != ValueKind.Char) return Interval.Huge;
        var target = UpdatedTarget(update);
        if (IsDeferredField(target)) return DeferredRaw;
        return target is null ? kind.Range() : ElementRangeBefore(target, update) ?? ValueRange(target);
    }

    private static IOperation? UpdatedTarget(IOperation update) => update switch
    {
        ICompoundAssignmentOperation c => c.Target,
        IIncrementOrDecrementOperation i => i.Target,
        _ => null,
    };

    // ---- assignments used as values ----

    private PyExpr LowerAssignmentExpression(IOperation operation)
    {
        var target = operation switch
        {
            IAssignmentOperation a => a.Target,
            IIncrementOrDecrementOperation i => i.Target,
            _ => throw new InvalidOperationException(),
        };
        var prelude = new List<PyStmt>();
        var place = LowerPlace(target, prelude);
        if (place is null) return PyConst.None;
        if (!place.IsName || prelude.Count > 0)
        {
            _context.Report(McuDiagnostics.AssignmentInExpression, operation.Syntax, operation is IIncrementOrDecrementOperation ? "'++' or '--'" : "An assignment", "an array element, list element or field");
            return PyConst.None;
        }
        var name = (PyName)place.Target;
        var update = operation switch
        {
            ISimpleAssignmentOperation s => AssignToName(name, place.Variable, s.Value, place.Type, s).ToList(),
            ICompoundAssignmentOperation c => Update(place, c.OperatorKind, c.Value, c, c.IsChecked).ToList(),
            IIncrementOrDecrementOperation i => IncrementPlace(place, i).ToList(),
            _ => throw new InvalidOperationException(),
        };
        // The update is one assignment to `name`, possibly with a one-line overflow check: fold both into a wrapped value.
        PyExpr? assigned = update.Count == 0 ? null : update[0] switch
        {
            PyAssign { Targets: [PyName] } a => a.Value,
            PyAugAssign { Target: PyName } aug => new PyBinOp(name, aug.Op, aug.Value),
            _ => null,
        };
        if (assigned is null) return PyConst.None;
        var newValue = update.Count == 1 ? assigned : Wrap(assigned, ValueKinds.Of(place.Type), false);
        var assign = new PyNamedExpr(name, newValue);
        if (operation is IIncrementOrDecrementOperation { IsPostfix: true })
            return new PySubscript(new PyTuple(new PyExpr[] { name, assign }), Int(0));
        return assign;
    }
}
