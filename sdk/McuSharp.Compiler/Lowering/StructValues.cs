using System.Numerics;
using McuSharp.Compiler.Python;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace McuSharp.Compiler.Lowering;

/// <summary>
/// Plain struct values (see PlainValues.cs) kept as their fields' values instead of objects:
/// <list type="bullet">
/// <item>a call of an inlinable method (`a.Add(b)`, `a + b`) whose receiver and arguments are pure is replaced by the
/// method's expression, `this` and the parameters standing for the values they were given (pure values can be read
/// twice, in any order, or not at all, so C#'s order and single evaluation hold);</item>
/// <item>a local of a plain type that is only read field by field, stored whole and passed on to inlined code is one
/// Python local per field (`next_X`, `next_Y`); where its whole value is needed, `S(next_X, next_Y)` is built;</item>
/// <item>a flattened field (`p.Position`) is one attribute per field (`p.Position_X`).</item>
/// </list>
/// A <see cref="Bundle"/> is such a value during lowering: one pure expression per field of the shape.
/// </summary>
internal sealed partial class FunctionLowerer
{
    /// <summary>A plain value as one pure expression per field (shape order); <c>Rings</c>: the unwrapped integer fields, where known.</summary>
    private sealed record Bundle(PlainValues.Shape Shape, IReadOnlyList<PyExpr> Fields, IReadOnlyList<RingValue?>? Rings = null);

    /// <summary>One inlined call being lowered: what `this` and each parameter stand for.</summary>
    private sealed record InlineFrame(IMethodSymbol Method, Bundle? Receiver, Dictionary<IParameterSymbol, (PyExpr? Value, Bundle? Bundle)> Arguments);

    private const int MaxInlineDepth = 4;

    private readonly List<InlineFrame> _inlining = new();

    /// <summary>The Python locals of each scalarized local, per field of its shape.</summary>
    private readonly Dictionary<ISymbol, IReadOnlyList<PyName>> _scalarLocals = new(SymbolEqualityComparer.Default);

    private PlainValues Plain => _context.PlainValues;

    private InlineFrame? Frame => _inlining.Count > 0 ? _inlining[^1] : null;

    // ---- building and reading bundles ----

    /// <summary>`S(x, y)`: the object of a bundle (its constructor stores each argument in its field).</summary>
    private PyExpr Materialize(Bundle bundle)
    {
        var arguments = new PyExpr[bundle.Fields.Count];
        for (var i = 0; i < bundle.Fields.Count; i++) arguments[bundle.Shape.ParameterOfField[i]] = bundle.Fields[i];
        return Call(ClassName(bundle.Shape.Type), arguments);
    }

    /// <summary>The fields of an existing object, read as attributes (the object expression being a name or a chain of attributes).</summary>
    private Bundle? FieldsOf(PlainValues.Shape shape, PyExpr value)
    {
        for (var e = value; e is not PyName; e = ((PyAttribute)e).Target)
            if (e is not PyAttribute) return null;
        return new Bundle(shape, shape.Fields.Select(f => (PyExpr)new PyAttribute(value, _context.Members.Of(f))).ToList());
    }

    private Bundle DefaultBundle(PlainValues.Shape shape, SyntaxNode syntax) =>
        new(shape, shape.Fields.Select(f => DefaultValue(TypeLowerer.MemberType(f), syntax)).ToList());

    /// <summary>The value of <paramref name="operation"/> as a bundle of pure expressions, or null when it is not pure or not plain.</summary>
    private Bundle? TryBundle(IOperation operation)
    {
        while (operation is IConversionOperation { Conversion.IsIdentity: true } identity) operation = identity.Operand;
        if (Plain.ShapeOf(operation.Type) is not { } shape) return null;
        switch (operation)
        {
            case ILocalReferenceOperation local when _scalarLocals.TryGetValue(local.Local, out var names):
                return new Bundle(shape, names);
            case IParameterReferenceOperation parameter when FrameArgument(parameter.Parameter) is { } argument:
                return argument.Bundle ?? (argument.Value is { } value ? FieldsOf(shape, value) : null);
            case IInstanceReferenceOperation when Frame is { Receiver: { } receiver }:
                return receiver;
            case IFieldReferenceOperation field when Plain.FlatNames(field.Field) is { } flat:
                if (!Plain.IsPure(field.Instance!)) return null;
                var owner = LowerInstanceReceiver(field.Instance);
                return new Bundle(shape, flat.Select(n => (PyExpr)new PyAttribute(owner, n)).ToList());
            case IObjectCreationOperation { Initializer: null, Constructor.IsImplicitlyDeclared: true } creation:
                return DefaultBundle(shape, creation.Syntax);
            case IDefaultValueOperation defaultValue:
                return DefaultBundle(shape, defaultValue.Syntax);
            case IObjectCreationOperation { Initializer: null } creation when SymbolEqualityComparer.Default.Equals(creation.Constructor?.OriginalDefinition, shape.Constructor):
                if (!creation.Arguments.All(a => Plain.IsPure(a.Value))) return null;
                return ConstructorBundle(shape, creation);
            case IPropertyReferenceOperation { Property.GetMethod: { } getter } property when Plain.InlineBody(getter) is not null:
                return InlineCall(getter, property.Instance, Array.Empty<IOperation>(), wantBundle: true)?.Bundle;
            case IInvocationOperation invocation when Plain.InlineBody(invocation.TargetMethod) is not null:
                return InlineCall(invocation.TargetMethod, invocation.Instance, ParameterOperands(invocation.TargetMethod, invocation.Arguments), wantBundle: true)?.Bundle;
            case IBinaryOperation { OperatorMethod: { } op } binary when Plain.InlineBody(op) is not null:
                return InlineCall(op, null, new[] { binary.LeftOperand, binary.RightOperand }, wantBundle: true)?.Bundle;
            case IUnaryOperation { OperatorMethod: { } op } unary when Plain.InlineBody(op) is not null:
                return InlineCall(op, null, new[] { unary.Operand }, wantBundle: true)?.Bundle;
        }
        if (!Plain.IsPure(operation)) return null;
        return FieldsOf(shape, Lower(operation));
    }

    /// <summary>`new S(a, b)` by the field constructor: each argument lowered in its field's place (an integer one also unwrapped).</summary>
    private Bundle ConstructorBundle(PlainValues.Shape shape, IObjectCreationOperation creation)
    {
        var byParameter = new IOperation[shape.Fields.Count];
        foreach (var argument in creation.Arguments) byParameter[argument.Parameter!.Ordinal] = argument.Value;
        var fields = new List<PyExpr>();
        var rings = new List<RingValue?>();
        for (var i = 0; i < shape.Fields.Count; i++)
        {
            var parameter = shape.Constructor.Parameters[shape.ParameterOfField[i]];
            var value = byParameter[parameter.Ordinal];
            var kind = ValueKinds.Of(parameter.Type);
            if (kind.IsArithmeticInteger() && KindOf(value) == kind && !value.ConstantValue.HasValue && !IsChecked(value))
            {
                var ring = Ring(value, kind, outermost: true);
                fields.Add(ring.Raw.Within(kind.Range()) ? ring.Expr : Wrap(ring.Expr, kind, isChecked: false, ring.Raw));
                rings.Add(ring);
            }
            else
            {
                fields.Add(LowerStored(value, parameter.Type));
                rings.Add(null);
            }
        }
        return new Bundle(shape, fields, rings);
    }

    private static IReadOnlyList<IOperation> ParameterOperands(IMethodSymbol method, IReadOnlyList<IArgumentOperation> arguments)
    {
        var operands = new IOperation[method.Parameters.Length];
        foreach (var argument in arguments) if (argument.Parameter is { } p && p.Ordinal < operands.Length) operands[p.Ordinal] = argument.Value;
        return operands;
    }

    private (PyExpr? Value, Bundle? Bundle)? FrameArgument(IParameterSymbol parameter)
    {
        for (var i = _inlining.Count - 1; i >= 0; i--)
            if (_inlining[i].Arguments.TryGetValue(parameter, out var argument)) return argument;
        return null;
    }

    // ---- inlining ----

    /// <summary>
    /// A call of an inlinable method as its body, when the receiver and every argument are pure (so that reading
    /// them where the body does keeps C#'s meaning); null when the call stays a call. <paramref name="wantBundle"/>:
    /// the caller takes a plain result as a bundle (null when the body's value is not pure).
    /// </summary>
    private (PyExpr? Value, Bundle? Bundle)? InlineCall(IMethodSymbol method, IOperation? receiver, IReadOnlyList<IOperation> operands, bool wantBundle)
    {
        if (Plain.InlineBody(method) is not { } body) return null;
        if (_inlining.Count >= MaxInlineDepth || _inlining.Any(f => SymbolEqualityComparer.Default.Equals(f.Method, method.OriginalDefinition))) return null;
        if (operands.Any(o => o is null || !Plain.IsPure(o)) || receiver is not null && !Plain.IsPure(receiver)) return null;
        if (wantBundle && !Plain.IsPure(body)) return null;
        // A body with effects could change what an operand reads before it reads it, where C# read it before the call:
        // then every operand must be a variable no code can change meanwhile (not captured) or a constant.
        if (!Plain.IsPure(body) && (operands.Any(o => !IsStableOperand(o)) || receiver is not null && receiver is not IInstanceReferenceOperation && !IsStableOperand(receiver))) return null;
        Bundle? receiverBundle = null;
        if (!method.IsStatic)
        {
            receiverBundle = receiver is null ? null : TryBundle(receiver);
            if (receiverBundle is null) return null;
        }
        var arguments = new Dictionary<IParameterSymbol, (PyExpr? Value, Bundle? Bundle)>(SymbolEqualityComparer.Default);
        var seeded = new List<ISymbol>();
        var seeds = new List<(IParameterSymbol, Interval)>();
        var parameters = method.OriginalDefinition.Parameters;
        for (var i = 0; i < parameters.Length; i++)
        {
            var parameter = parameters[i];
            if (Plain.ShapeOf(parameter.Type) is not null)
            {
                if (TryBundle(operands[i]) is not { } bundle) return null;
                arguments[parameter] = (null, bundle);
                continue;
            }
            // A copy (of a mutable struct) must be one object however often the body reads the parameter.
            if (NeedsCopy(operands[i])) return null;
            arguments[parameter] = (LowerStored(operands[i], parameter.Type), null);
            // The body sees what this call passes: its ranges are the argument's.
            var kind = ValueKinds.Of(parameter.Type);
            if ((kind.IsInteger() || kind == ValueKind.Char) && !_rangeFacts.ContainsKey(parameter)) seeds.Add((parameter, ValueRange(operands[i])));
        }
        foreach (var (parameter, range) in seeds)
        {
            _rangeFacts[parameter] = range;
            seeded.Add(parameter);
        }
        // A value that is more than a name is computed again at each read: the body may read it once only.
        if (receiverBundle is not null && !ReadsOnceOrCheap(body, o => o is IInstanceReferenceOperation, receiverBundle.Shape, receiverBundle.Fields)) return null;
        foreach (var (parameter, (value, bundle)) in arguments)
        {
            bool IsParameter(IOperation o) => o is IParameterReferenceOperation p && SymbolEqualityComparer.Default.Equals(p.Parameter, parameter);
            if (bundle is not null ? !ReadsOnceOrCheap(body, IsParameter, bundle.Shape, bundle.Fields) : !ReadsOnceOrCheap(body, IsParameter, null, new[] { value! })) return null;
        }
        var rangeFrame = EnterRangeFrame(method, receiver, operands, seeded);
        _inlining.Add(new InlineFrame(method.OriginalDefinition, receiverBundle, arguments));
        try
        {
            Plain.Inlined.Add(method.OriginalDefinition);
            if (Plain.ShapeOf(method.ReturnType) is not null && TryBundle(body) is { } result) return (null, result);
            return wantBundle ? null : (Lower(body), null);
        }
        finally
        {
            _inlining.RemoveAt(_inlining.Count - 1);
            LeaveRangeFrame(rangeFrame, seeded);
        }
    }

    private bool IsStableOperand(IOperation operand)
    {
        while (operand is IConversionOperation { Conversion.IsIdentity: true } identity) operand = identity.Operand;
        return operand.ConstantValue.HasValue || operand switch
        {
            ILocalReferenceOperation local => !IsCaptured(local.Local),
            IParameterReferenceOperation parameter => !IsCaptured(parameter.Parameter) || FrameArgument(parameter.Parameter) is not null,
            _ => false,
        };
    }

    private static bool ReadsOnceOrCheap(IOperation body, Func<IOperation, bool> isOperand, PlainValues.Shape? shape, IReadOnlyList<PyExpr> fields)
    {
        for (var i = 0; i < fields.Count; i++)
            if (!IsCheap(fields[i]) && PlainValues.Reads(body, isOperand, i, shape) > 1) return false;
        return true;
    }

    /// <summary>A name, a constant, or attributes of a name: reading it twice costs no more than reading a temporary.</summary>
    private static bool IsCheap(PyExpr expr) => expr switch
    {
        PyName or PyConst => true,
        PyAttribute a => IsCheap(a.Target),
        PyUnaryOp { Operand: PyConst } => true,
        _ => false,
    };

    /// <summary>A call of one of the program's methods, inlined (see <see cref="InlineCall"/>), or null.</summary>
    private PyExpr? InlinedValue(IMethodSymbol method, IOperation? receiver, IReadOnlyList<IOperation> operands)
    {
        if (Plain.InlineBody(method) is null) return null;
        return InlineCall(method, receiver, operands, wantBundle: false) switch
        {
            { Bundle: { } bundle } => Materialize(bundle),
            { Value: { } value } => value,
            _ => null,
        };
    }

    /// <summary>`this` inside an inlined body, as an object.</summary>
    private PyExpr LowerThis() => Frame is { Receiver: { } receiver } ? Materialize(receiver) : Self;

    /// <summary>A parameter of an inlined method: the value the call gave it.</summary>
    private PyExpr? InlinedParameter(IParameterSymbol parameter) => FrameArgument(parameter) switch
    {
        { Bundle: { } bundle } => Materialize(bundle),
        { Value: { } value } => value,
        _ => null,
    };

    // ---- member reads ----

    /// <summary>
    /// A field or stored property of a plain value read on its own (`next.X`, `p.Position.X`, `a.Add(b).X`): the
    /// field's expression, without building the value; or a flattened field read whole, built from its attributes.
    /// </summary>
    private PyExpr? LowerPlainMember(IMemberReferenceOperation member)
    {
        if (member is IFieldReferenceOperation flatField && Plain.FlatNames(flatField.Field) is { } flat)
        {
            var shape = Plain.ShapeOf(flatField.Field.Type)!;
            if (TryBundle(member) is { } pure) return Materialize(pure);
            // The object once: `(_t := o)` in the argument evaluated first (the constructor's first parameter).
            var (first, again) = UsedTwice(LowerInstanceReceiver(flatField.Instance));
            return Materialize(new Bundle(shape, flat.Select((n, i) => (PyExpr)new PyAttribute(shape.ParameterOfField[i] == 0 ? first : again, n)).ToList()));
        }
        if (member.Instance is not { } instance || Plain.ShapeOf(instance.Type) is not { } owner || owner.IndexOf(member.Member) is var index && index < 0) return null;
        var inner = instance;
        while (inner is IConversionOperation { Conversion.IsIdentity: true } identity) inner = identity.Operand;
        switch (inner)
        {
            case ILocalReferenceOperation local when _scalarLocals.TryGetValue(local.Local, out var names):
                return names[index];
            case IFieldReferenceOperation field when Plain.FlatNames(field.Field) is { } fieldNames:
                return new PyAttribute(LowerInstanceReceiver(field.Instance), fieldNames[index]);
            case IParameterReferenceOperation or IInstanceReferenceOperation when _inlining.Count > 0:
            case IObjectCreationOperation or IInvocationOperation or IBinaryOperation or IUnaryOperation or IDefaultValueOperation:
                return TryBundle(inner) is { } bundle ? bundle.Fields[index] : null;
            default:
                return null;
        }
    }

    // ---- stores ----

    /// <summary>
    /// The field values of a plain value about to be stored, each evaluated once, in order (a tuple assignment);
    /// statements that must run first go to <paramref name="prelude"/>.
    /// </summary>
    private Bundle StoredBundle(PlainValues.Shape shape, IOperation value, List<PyStmt> prelude)
    {
        if (TryBundle(value) is { } pure) return pure;
        var inner = value;
        while (inner is IConversionOperation { Conversion.IsIdentity: true } identity) inner = identity.Operand;
        // `new S(f(), g())`: the arguments in their order, when it is the fields' order.
        if (inner is IObjectCreationOperation { Initializer: null } creation && SymbolEqualityComparer.Default.Equals(creation.Constructor?.OriginalDefinition, shape.Constructor)
            && shape.ParameterOfField.Select((p, i) => p == i).All(x => x)
            && creation.Arguments.Select(a => a.Parameter?.Ordinal ?? -1).SequenceEqual(Enumerable.Range(0, shape.Fields.Count))
            && creation.Arguments.All(a => a.ArgumentKind == ArgumentKind.Explicit))
            return ConstructorBundle(shape, creation);
        var lowered = Lower(value);
        if (FieldsOf(shape, lowered) is { } read && lowered is PyName) return read;
        var temp = NewTemp();
        prelude.Add(At(new PyAssign(temp, lowered), value));
        return FieldsOf(shape, temp)!;
    }

    /// <summary>Stores the fields of a bundle in <paramref name="targets"/>: one tuple assignment, or one assignment per field where that is the same.</summary>
    private IEnumerable<PyStmt> AssignFields(IReadOnlyList<PyExpr> targets, Bundle values, IOperation origin)
    {
        if (targets.Count == 1) return new[] { At(new PyAssign(targets[0], values.Fields[0]), origin) };
        // Names cannot alias: where no later value reads an earlier target, one assignment each (an integer checked after it).
        if (targets.All(t => t is PyName))
        {
            var sequential = true;
            var written = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < targets.Count && sequential; i++)
            {
                if (i > 0 && PyNameRewriter.NamesUsed(values.Fields[i]).Overlaps(written)) sequential = false;
                written.Add(((PyName)targets[i]).Id);
            }
            if (sequential)
            {
                var statements = new List<PyStmt>();
                for (var i = 0; i < targets.Count; i++)
                {
                    var kind = ValueKinds.Of(TypeLowerer.MemberType(values.Shape.Fields[i]));
                    if (values.Rings?[i] is { } ring && !ring.Raw.Within(kind.Range())) statements.AddRange(AssignRing((PyName)targets[i], null, ring, kind, origin));
                    else statements.Add(At(new PyAssign(targets[i], values.Fields[i]), origin));
                }
                return statements;
            }
        }
        return new[] { At(new PyAssign(new PyTuple(targets), new PyTuple(values.Fields)), origin) };
    }

    /// <summary>`v = value;` for a scalarized local.</summary>
    private IEnumerable<PyStmt> AssignScalarLocal(ISymbol local, IOperation value, IOperation origin)
    {
        var names = _scalarLocals[local];
        var statements = new List<PyStmt>();
        var bundle = StoredBundle(Plain.ShapeOf(TypeOfVariable(local))!, value, statements);
        statements.AddRange(AssignFields(names, bundle, origin));
        return statements;
    }

    /// <summary>`o.F = value;` for a flattened field: the object first (C# evaluates it before the value), then one store per attribute.</summary>
    private IEnumerable<PyStmt> AssignFlatField(IFieldReferenceOperation target, IOperation value, IOperation origin)
    {
        var statements = new List<PyStmt>();
        var names = Plain.FlatNames(target.Field)!;
        var owner = target.Instance is null or IInstanceReferenceOperation ? Self : Stable(Lower(target.Instance), target.Instance, statements, evaluateOnce: true, laterValue: value);
        var bundle = StoredBundle(Plain.ShapeOf(target.Field.Type)!, value, statements);
        statements.AddRange(AssignFields(names.Select(n => (PyExpr)new PyAttribute(owner, n)).ToList(), bundle, origin));
        return statements;
    }

    /// <summary>The attribute/value pairs of a flattened field in an object initializer (`_set(o, 'F_X', x, 'F_Y', y)`), evaluated once, in order.</summary>
    private IEnumerable<PyExpr> FlatInitializerPairs(IReadOnlyList<string> names, PlainValues.Shape shape, IOperation value)
    {
        var bundle = TryBundle(value);
        IReadOnlyList<PyExpr> fields;
        if (bundle is not null) fields = bundle.Fields;
        else
        {
            var (first, again) = UsedTwice(Lower(value));
            fields = shape.Fields.Select((f, i) => (PyExpr)new PyAttribute(i == 0 ? first : again, _context.Members.Of(f))).ToList();
        }
        for (var i = 0; i < names.Count; i++)
        {
            yield return Str(names[i]);
            yield return fields[i];
        }
    }

    /// <summary>`self.F_X = ...` for each attribute of a flattened field: its default value (a struct's zero or a member without initializer).</summary>
    private IEnumerable<PyStmt> FlatDefaults(IReadOnlyList<string> names, PlainValues.Shape shape, SyntaxNode syntax) =>
        names.Select((n, i) => (PyStmt)new PyAssign(new PyAttribute(Self, n), DefaultValue(TypeLowerer.MemberType(shape.Fields[i]), syntax)));

    /// <summary>`self.F = initializer` of a flattened field (in a constructor's prologue).</summary>
    private IEnumerable<PyStmt> FlatInitializer(IReadOnlyList<string> names, PlainValues.Shape shape, IOperation value, IOperation origin)
    {
        var statements = new List<PyStmt>();
        var bundle = StoredBundle(shape, value, statements);
        statements.AddRange(AssignFields(names.Select(n => (PyExpr)new PyAttribute(Self, n)).ToList(), bundle, origin));
        return statements;
    }

    /// <summary>
    /// `v += w` (a user operator) on a scalarized local or a flattened field: v = op(v, w), inlined where it can be,
    /// stored field by field.
    /// </summary>
    private IEnumerable<PyStmt>? LowerPlainCompound(ICompoundAssignmentOperation compound)
    {
        IReadOnlyList<PyExpr> targets;
        var statements = new List<PyStmt>();
        switch (compound.Target)
        {
            case ILocalReferenceOperation local when _scalarLocals.TryGetValue(local.Local, out var names):
                targets = names;
                break;
            case IFieldReferenceOperation field when Plain.FlatNames(field.Field) is { } flat:
                var owner = LowerInstanceReceiver(field.Instance); // pure (see PlainValues.IsSupportedUse)
                targets = flat.Select(n => (PyExpr)new PyAttribute(owner, n)).ToList();
                break;
            default:
                return null;
        }
        var op = compound.OperatorMethod!;
        var shape = Plain.ShapeOf(compound.Target.Type)!;
        var bundle = InlineCall(op, null, new[] { compound.Target, compound.Value }, wantBundle: true)?.Bundle;
        if (bundle is null)
        {
            if (_context.Names.GlobalName(op) is not { } name) return null;
            var temp = NewTemp();
            statements.Add(At(new PyAssign(temp, Call(new PyName(name), Lower(compound.Target), LowerStored(compound.Value, op.Parameters[1].Type))), compound));
            bundle = FieldsOf(shape, temp)!;
        }
        statements.AddRange(AssignFields(targets, bundle, compound));
        return statements;
    }

    // ---- scalarized locals ----

    /// <summary>
    /// Chooses the locals of a plain type that become one Python local per field: declared by a statement of this
    /// function (not in a lambda, not captured), every use a field read, a whole store by an assignment statement, or a
    /// read whole; and the whole reads (each builds the object again) weigh no more than the stores (each saves one),
    /// counted 16 times per enclosing loop.
    /// </summary>
    private void ChooseScalarLocals(IOperation root)
    {
        _scalarLocals.Clear();
        var candidates = new Dictionary<ILocalSymbol, double>(SymbolEqualityComparer.Default);
        foreach (var declarator in root.DescendantsAndSelf().OfType<IVariableDeclaratorOperation>())
        {
            var local = declarator.Symbol;
            if (local.IsRef || local.IsConst || Plain.ShapeOf(local.Type) is null || IsCaptured(local)) continue;
            if (declarator.Parent is not IVariableDeclarationOperation { Parent: IVariableDeclarationGroupOperation { Parent: IBlockOperation } }) continue;
            if (IsInsideNestedFunction(declarator, root)) continue;
            var initializer = declarator.Initializer ?? (declarator.Parent as IVariableDeclarationOperation)?.Initializer;
            candidates[local] = initializer is not null && MakesBundle(initializer.Value) ? Weight(declarator) : 0;
        }
        if (candidates.Count == 0) return;
        foreach (var reference in root.DescendantsAndSelf().OfType<ILocalReferenceOperation>())
        {
            if (!candidates.TryGetValue(reference.Local, out var balance)) continue;
            var use = ScalarUse(reference);
            if (use is null) candidates.Remove(reference.Local);
            else candidates[reference.Local] = balance + use.Value;
        }
        var taken = new HashSet<string>(root.DescendantsAndSelf().SelectMany(o => o switch
        {
            IVariableDeclaratorOperation d => new[] { _context.Names.LocalName(d.Symbol.Name) },
            ILocalReferenceOperation l => new[] { _context.Names.LocalName(l.Local.Name) },
            IParameterReferenceOperation p => new[] { _context.Names.LocalName(p.Parameter.Name) },
            _ => Array.Empty<string>(),
        }), StringComparer.Ordinal);
        foreach (var (local, balance) in candidates.OrderBy(c => c.Key.Name, StringComparer.Ordinal))
        {
            if (balance <= 0) continue;
            var shape = Plain.ShapeOf(local.Type)!;
            var names = new List<PyName>();
            foreach (var field in shape.Fields)
            {
                var name = _context.Names.LocalName(local.Name + "_" + _context.Members.Of(field));
                while (taken.Contains(name) || _usedLocalNames.Contains(name) || _context.Names.IsGlobalName(name)) name += "_";
                taken.Add(name);
                _usedLocalNames.Add(name);
                names.Add(new PyName(name));
            }
            _scalarLocals[local] = names;
        }
    }

    /// <summary>A value whose fields come without an object to read them from: `new S(..)`, default, an inlinable call, a flattened field.</summary>
    private bool MakesBundle(IOperation value)
    {
        while (value is IConversionOperation { Conversion.IsIdentity: true } identity) value = identity.Operand;
        return value switch
        {
            IObjectCreationOperation or IDefaultValueOperation => true,
            IInvocationOperation i => Plain.InlineBody(i.TargetMethod) is not null && Plain.IsPure(i),
            IPropertyReferenceOperation { Property.GetMethod: { } getter } => Plain.InlineBody(getter) is not null && Plain.IsPure(value),
            IBinaryOperation { OperatorMethod: { } op } => Plain.InlineBody(op) is not null && Plain.IsPure(value),
            IUnaryOperation { OperatorMethod: { } op } => Plain.InlineBody(op) is not null && Plain.IsPure(value),
            IFieldReferenceOperation f => Plain.FlatNames(f.Field) is not null,
            ILocalReferenceOperation => true,
            _ => false,
        };
    }

    private static bool IsInsideNestedFunction(IOperation operation, IOperation root)
    {
        for (var parent = operation.Parent; parent is not null && !ReferenceEquals(parent, root); parent = parent.Parent)
            if (parent is IAnonymousFunctionOperation or ILocalFunctionOperation) return true;
        return false;
    }

    /// <summary>
    /// What one reference to a candidate local does to the balance: + the weight of a store, - that of a read that
    /// needs the whole object, 0 for a field read; null when the use cannot be scalarized.
    /// </summary>
    private double? ScalarUse(ILocalReferenceOperation reference)
    {
        IOperation use = reference;
        switch (reference.Parent)
        {
            case ISimpleAssignmentOperation assignment when ReferenceEquals(assignment.Target, reference):
                return assignment.Parent is IExpressionStatementOperation ? MakesBundle(assignment.Value) ? Weight(reference) : 0 : null;
            case ICompoundAssignmentOperation { OperatorMethod: { } op } compound when ReferenceEquals(compound.Target, reference) && compound.Parent is IExpressionStatementOperation
                && op.DeclaringSyntaxReferences.Length > 0 && SymbolEqualityComparer.Default.Equals(op.ReturnType, reference.Type):
                return Plain.InlineBody(op) is not null && Plain.IsPure(compound.Value) ? Weight(reference) : -Weight(reference);
            case IAssignmentOperation assignment when ReferenceEquals(assignment.Target, reference):
            case IIncrementOrDecrementOperation or IDeconstructionAssignmentOperation or IAddressOfOperation or IDeclarationExpressionOperation:
            case IArgumentOperation { Parameter.RefKind: not RefKind.None }:
                return null;
            case IMemberReferenceOperation member when ReferenceEquals(member.Instance, reference):
                if (member is IFieldReferenceOperation or IPropertyReferenceOperation && Plain.ShapeOf(reference.Type)!.IndexOf(member.Member) >= 0) return 0;
                if (member is IPropertyReferenceOperation { Property.GetMethod: { } getter } && Plain.InlineBody(getter) is not null && Plain.IsPure(member)) return 0;
                return member is IPropertyReferenceOperation or IFieldReferenceOperation ? -Weight(reference) : null;
            case IInvocationOperation invocation when ReferenceEquals(invocation.Instance, reference):
                return Plain.InlineBody(invocation.TargetMethod) is not null && Plain.IsPure(invocation) ? 0 : -Weight(reference);
        }
        // A read of the whole value: where the lowering takes any expression.
        while (use.Parent is IConversionOperation { IsImplicit: true } conversion) use = conversion;
        switch (use.Parent)
        {
            case IArgumentOperation { Parameter.RefKind: RefKind.None, Parent: var call }:
                return call is IInvocationOperation i && Plain.InlineBody(i.TargetMethod) is not null && Plain.IsPure(i) ? 0 : -Weight(reference);
            case IBinaryOperation { OperatorMethod: { } op } binary:
                return Plain.InlineBody(op) is not null && Plain.IsPure(binary) ? 0 : -Weight(reference);
            case ICompoundAssignmentOperation { OperatorMethod: { } op } compound when ReferenceEquals(compound.Value, use):
                return Plain.InlineBody(op) is not null && Plain.IsPure(compound.Target) ? 0 : -Weight(reference);
            case ISimpleAssignmentOperation assignment when ReferenceEquals(assignment.Value, use):
                return assignment.Target is IFieldReferenceOperation f && Plain.FlatNames(f.Field) is not null
                    || assignment.Target is ILocalReferenceOperation ? 0 : -Weight(reference);
            case IVariableInitializerOperation { Parent: IVariableDeclaratorOperation { Symbol.IsRef: false } }:
                return 0;
            case IReturnOperation { Kind: OperationKind.Return } when !(reference.Local.ContainingSymbol is IMethodSymbol { ReturnsByRef: true } or IMethodSymbol { ReturnsByRefReadonly: true }):
            case IInterpolationOperation or IBinaryOperation or IArrayInitializerOperation or IUnaryOperation:
                return -Weight(reference);
            case IInvocationOperation invocation when ReferenceEquals(invocation.Instance, use):
            case IMemberReferenceOperation member when ReferenceEquals(member.Instance, use):
                return -Weight(reference);
            default:
                return null;
        }
    }
}
