using System.Numerics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace McuSharp.Compiler.Lowering;

/// <summary>
/// Parameter and read-only member ranges from the code that feeds them. The compiler sees the whole program, so a
/// parameter of one of its methods holds only what its callers pass (`CountPrimes(30000 - r)` with r in 0..3 gives
/// limit in 29997..30000), a virtual method's parameters what the calls to any method it overrides or is overridden
/// by pass, and a readonly field or get-only auto-property only what its assignments store (or its default, which
/// a virtual call from a base constructor can see). Each round recomputes every site under the previous round's
/// facts; every round is sound on its own (it starts from "anything"), so stopping after a fixed number is safe.
/// </summary>
internal sealed partial class FunctionLowerer
{
    /// <summary>Ranges seen at call sites and member assignments in this analysis run; null entries mean "anything".</summary>
    private Dictionary<ISymbol, Interval?>? _siteRecorder;

    /// <summary>Ranges stored into each attribute of a flattened field in this analysis run; null entries mean "anything".</summary>
    private Dictionary<(ISymbol Field, int Index), Interval?>? _flatRecorder;

    private CallSiteRanges.MethodFamilies? _families;

    private void RecordCalls(IOperation operation)
    {
        if (_siteRecorder is null) return;
        foreach (var node in operation.DescendantsAndSelf())
        {
            switch (node)
            {
                case IInvocationOperation call when call.TargetMethod.DeclaringSyntaxReferences.Length > 0:
                    RecordArguments(call.Arguments);
                    break;
                case IObjectCreationOperation { Constructor.DeclaringSyntaxReferences.Length: > 0 } creation:
                    RecordArguments(creation.Arguments);
                    break;
                case IMethodReferenceOperation { Method.DeclaringSyntaxReferences.Length: > 0 } group:
                    // A method used as a delegate can be called with anything.
                    foreach (var parameter in group.Method.Parameters) _siteRecorder[_families!.Representative(parameter)] = null;
                    break;
                case IFieldReferenceOperation { Field: var field } flat when Plain.FlatNames(field) is not null:
                    RecordFlatFieldUse(flat);
                    break;
                case IFieldReferenceOperation or IPropertyReferenceOperation when CallSiteRanges.ReadOnlyMember(node) is { } member:
                    RecordMemberUse(node, member);
                    break;
                case IFieldInitializerOperation initializer:
                    foreach (var field in initializer.InitializedFields)
                    {
                        if (Plain.FlatNames(field) is not null) RecordFlatStore(field, initializer.Value);
                        else Record(field.OriginalDefinition, field.Type, initializer.Value);
                    }
                    break;
                case IPropertyInitializerOperation initializer:
                    foreach (var property in initializer.InitializedProperties) Record(property.OriginalDefinition, property.Type, initializer.Value);
                    break;
            }
        }
    }

    private void RecordArguments(IEnumerable<IArgumentOperation> arguments)
    {
        foreach (var argument in arguments)
            if (argument.Parameter is { } parameter) Record(_families!.Representative(parameter), parameter.Type, argument.Value);
    }

    /// <summary>A read of a read-only member needs nothing; a store records its value; any other write makes it "anything".</summary>
    private void RecordMemberUse(IOperation reference, ISymbol member)
    {
        switch (reference.Parent)
        {
            case ISimpleAssignmentOperation assignment when ReferenceEquals(assignment.Target, reference):
                Record(member, reference.Type!, assignment.Value);
                break;
            case IAssignmentOperation or IIncrementOrDecrementOperation or ITupleOperation or IDeconstructionAssignmentOperation
                or IArgumentOperation { Parameter.RefKind: not RefKind.None } or IVariableInitializerOperation:
                _siteRecorder![member] = null;
                break;
        }
    }

    /// <summary>
    /// A flattened field is only read or stored whole (see PlainValues.IsSupportedUse): a store by an assignment
    /// records each field's range of the value; a compound assignment (a user operator) makes them "anything".
    /// </summary>
    private void RecordFlatFieldUse(IFieldReferenceOperation reference)
    {
        if (reference.Parent is ISimpleAssignmentOperation assignment && ReferenceEquals(assignment.Target, reference)) RecordFlatStore(reference.Field, assignment.Value);
        else if (IsWriteTarget(reference)) RecordFlatStore(reference.Field, null);
    }

    private void RecordFlatStore(IFieldSymbol field, IOperation? value)
    {
        var shape = Plain.ShapeOf(field.Type)!;
        var ranges = value is null ? null : PlainRanges(value);
        for (var i = 0; i < shape.Fields.Count; i++)
        {
            var key = (field.OriginalDefinition, i);
            if (ranges?[i] is not { } range) _flatRecorder![key] = null;
            else if (!_flatRecorder!.TryGetValue(key, out var previous)) _flatRecorder[key] = range;
            else if (previous is { } p) _flatRecorder[key] = p.Union(range);
        }
    }

    private void Record(ISymbol key, ITypeSymbol type, IOperation value)
    {
        var kind = ValueKinds.Of(type);
        Interval? range = kind.IsInteger() || kind == ValueKind.Char ? ValueRange(value) : null;
        if (range is null) _siteRecorder![key] = null;
        else if (!_siteRecorder!.TryGetValue(key, out var previous)) _siteRecorder[key] = range;
        else if (previous is { } p) _siteRecorder[key] = p.Union(range.Value);
    }

    /// <summary>The method whose returns the analysis records (see <see cref="CallSiteRanges.ReturnsKnown"/>); null for the others.</summary>
    private IMethodSymbol? _returnsOf;

    private readonly HashSet<IOperation> _returnsSeen = new();

    /// <summary>A return of the method being analysed: its value joins the method's range (a lambda's return is not its).</summary>
    private void RecordReturn(IOperation value)
    {
        if (_siteRecorder is null || _returnsOf is null || IsInNestedFunction(value)) return;
        _returnsSeen.Add(value);
        Record(_returnsOf, _returnsOf.ReturnType, value);
    }

    private static bool IsInNestedFunction(IOperation operation) => InnermostFunction(operation) is not null;

    /// <summary>
    /// A return the flow did not reach (inside a statement it does not enter, or one it found unreachable) could
    /// return anything: the method's range is then unknown.
    /// </summary>
    private void CheckEveryReturnSeen(IOperation body)
    {
        if (_returnsOf is null) return;
        if (body.DescendantsAndSelf().OfType<IReturnOperation>().Any(r => r.ReturnedValue is { } value && !IsInNestedFunction(value) && !_returnsSeen.Contains(value)))
            _siteRecorder![_returnsOf] = null;
    }

    /// <summary>Runs the flow analysis over one method, recording the ranges it passes, stores and returns.</summary>
    private void RecordCallSites(IMethodSymbol? method, SyntaxNode syntax, Dictionary<ISymbol, Interval?> recorder, Dictionary<(ISymbol, int), Interval?> flatRecorder, CallSiteRanges.MethodFamilies families)
    {
        _siteRecorder = recorder;
        _flatRecorder = flatRecorder;
        _families = families;
        _returnsOf = method is not null && CallSiteRanges.ReturnsKnown(method) ? method.OriginalDefinition : null;
        var operation = _model.GetOperation(syntax);
        if (operation is not null)
        {
            _functionRoot = operation;
            AnalyzeClosures(operation);
            StartFlow(method, operation);
        }
        switch (operation)
        {
            case IMethodBodyOperation { BlockBody: var block, ExpressionBody: var expression } when (block ?? expression) is { } body:
                Simulate(body);
                CheckEveryReturnSeen(body);
                break;
            case IConstructorBodyOperation constructor:
                if (constructor.Initializer is { } chained) RecordCalls(chained);
                if (((IOperation?)constructor.BlockBody ?? constructor.ExpressionBody) is { } constructorBody) Simulate(constructorBody);
                break;
            case { } initializer: // a field or property initializer
                Simulate(initializer);
                break;
        }
        _siteRecorder = null;
        _flatRecorder = null;
    }

    internal static class CallSiteRanges
    {
        private const int Rounds = 3;

        /// <summary>A readonly field or get-only auto-property of the program, the only members whose stores are all visible in constructors.</summary>
        public static ISymbol? ReadOnlyMember(IOperation reference) => reference switch
        {
            IFieldReferenceOperation { Field: { IsReadOnly: true, IsStatic: false, IsConst: false } field } when field.DeclaringSyntaxReferences.Length > 0 => field.OriginalDefinition,
            IPropertyReferenceOperation { Property: { SetMethod: null, IsStatic: false, IsIndexer: false } property }
                when property.DeclaringSyntaxReferences.Length > 0 && ProgramTypes.IsAutoProperty(property.OriginalDefinition) => property.OriginalDefinition,
            _ => null,
        };

        /// <summary>
        /// A method whose calls always run its own body, returning an integer: its range is what its returns give. A
        /// virtual or abstract method (or an override) can run another body; a generic one returns a T of any type.
        /// Each round starts from the facts of the one before, so recursion only keeps a method's range unknown.
        /// </summary>
        public static bool ReturnsKnown(IMethodSymbol method) =>
            method is { MethodKind: MethodKind.Ordinary, IsVirtual: false, IsAbstract: false, IsOverride: false, IsExtern: false, IsAsync: false, ReturnsByRef: false, ReturnsByRefReadonly: false }
            && method.DeclaringSyntaxReferences.Length > 0 && ValueKinds.Of(method.ReturnType) is var kind && (kind.IsInteger() || kind == ValueKind.Char)
            && method.ReturnType.TypeKind != TypeKind.TypeParameter;

        /// <param name="bodies">Every method, and every field initializer (with a null method): all the code that can call or store.</param>
        public static void Compute(ProgramContext context, IReadOnlyList<(IMethodSymbol? Method, SyntaxNode Syntax)> bodies)
        {
            var methods = bodies.Where(b => b.Method is not null).Select(b => (Method: b.Method!, b.Syntax)).ToList();
            var families = new MethodFamilies(context, bodies);
            for (var round = 0; round < Rounds; round++)
            {
                var recorder = new Dictionary<ISymbol, Interval?>(SymbolEqualityComparer.Default);
                var flatRecorder = new Dictionary<(ISymbol, int), Interval?>();
                foreach (var (method, syntax) in bodies)
                {
                    try
                    {
                        new FunctionLowerer(context, context.ModelOf(syntax.SyntaxTree)).RecordCallSites(method, syntax, recorder, flatRecorder, families);
                    }
                    catch (Exception e) when (e is not OperationCanceledException)
                    {
                        context.ParameterFacts.Clear(); // the analysis is an optimisation: without it, everything is unknown
                        context.MemberFacts.Clear();
                        context.FlatFieldFacts.Clear();
                        return;
                    }
                }
                context.ParameterFacts.Clear();
                foreach (var (method, _) in methods)
                {
                    if (families.Escapes(method) || method.MethodKind is not (MethodKind.Ordinary or MethodKind.Constructor)) continue;
                    foreach (var parameter in method.Parameters.Where(p => p.RefKind == RefKind.None))
                    {
                        // A parameter nobody passes a value to belongs to an uncalled method (or the entry point).
                        if (recorder.TryGetValue(families.Representative(parameter), out var range) && range is { } r && r.Within(ValueKinds.Of(parameter.Type).Range()))
                            context.ParameterFacts[parameter] = r;
                    }
                }
                context.MemberFacts.Clear();
                foreach (var (symbol, range) in recorder)
                {
                    if (symbol is IParameterSymbol || range is not { } r) continue;
                    // A method's returns: a method that returns nowhere (it always throws) has no entry, so stays unknown.
                    if (symbol is IMethodSymbol method)
                    {
                        if (r.Within(ValueKinds.Of(method.ReturnType).Range())) context.MemberFacts[method] = r;
                        continue;
                    }
                    var type = TypeLowerer.MemberType(symbol);
                    var withDefault = r.Union(Interval.Exactly(0));
                    if (withDefault.Within(ValueKinds.Of(type).Range())) context.MemberFacts[symbol] = withDefault;
                }
                // An attribute of a flattened field starts as zero (a new object, a default struct) until a store.
                context.FlatFieldFacts.Clear();
                foreach (var (key, range) in flatRecorder)
                    if (range is { } r) context.FlatFieldFacts[key] = r.Union(Interval.Exactly(0));
                if (round == Rounds - 1) AscendFlatFieldFacts(context, bodies, families, flatRecorder.Keys.ToList());
            }
        }

        /// <summary>Each method a call of another can run instead: an override of it, an implementation of an interface's.</summary>
        public static IEnumerable<(IMethodSymbol Called, IMethodSymbol Runs)> Dispatches(ProgramContext context)
        {
            foreach (var type in context.Types.All)
            {
                foreach (var method in type.GetMembers().OfType<IMethodSymbol>())
                    for (var overridden = method.OverriddenMethod; overridden is not null; overridden = overridden.OverriddenMethod)
                        yield return (overridden, method);
                foreach (var face in type.AllInterfaces)
                    foreach (var member in face.GetMembers().OfType<IMethodSymbol>())
                        if (type.FindImplementationForInterfaceMember(member) is IMethodSymbol implementation) yield return (member, implementation);
            }
        }

        private const int AscendingRounds = 8;

        /// <summary>The rounds after which an attribute whose range still grows is given up ("anything").</summary>
        private const int WideningRound = 3;

        /// <summary>
        /// Flattened fields that feed themselves (`v = v.Scale(250)`, which only shrinks v) stay unknown from above:
        /// each round can only narrow what the one before allowed. From below they are found: start from zero (every
        /// attribute's first value), add what each store gives under the current ranges, until no store leaves them;
        /// then every value any store can make is inside (each store reads values inside and makes one inside), so
        /// the ranges hold. An attribute that still grows after a few rounds is "anything" from then on, which the
        /// stores of the others may depend on. Without a fixed point in the rounds allowed, the ranges from above stay.
        /// The other facts are not changed here: they hold whatever the flattened fields hold.
        /// </summary>
        private static void AscendFlatFieldFacts(ProgramContext context, IReadOnlyList<(IMethodSymbol? Method, SyntaxNode Syntax)> bodies, MethodFamilies families, List<(ISymbol Field, int Index)> keys)
        {
            if (keys.Count == 0) return;
            var fromAbove = new Dictionary<(ISymbol, int), Interval>(context.FlatFieldFacts);
            var ranges = keys.ToDictionary(k => k, _ => Interval.Exactly(0));
            var givenUp = new HashSet<(ISymbol, int)>();
            for (var round = 0; round < AscendingRounds; round++)
            {
                context.FlatFieldFacts.Clear();
                foreach (var (key, range) in ranges) context.FlatFieldFacts[key] = range;
                var flatRecorder = new Dictionary<(ISymbol, int), Interval?>();
                try
                {
                    foreach (var (method, syntax) in bodies)
                        new FunctionLowerer(context, context.ModelOf(syntax.SyntaxTree)).RecordCallSites(method, syntax, new Dictionary<ISymbol, Interval?>(SymbolEqualityComparer.Default), flatRecorder, families);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    break;
                }
                var grew = false;
                foreach (var key in ranges.Keys.ToList())
                {
                    if (!flatRecorder.TryGetValue(key, out var stored)) continue; // no store ran: it keeps its zero
                    if (stored is not { } s) { ranges.Remove(key); givenUp.Add(key); grew = true; continue; }
                    var union = ranges[key].Union(s);
                    if (union == ranges[key]) continue;
                    grew = true;
                    if (round >= WideningRound) { ranges.Remove(key); givenUp.Add(key); }
                    else ranges[key] = union;
                }
                if (grew) continue;
                // A fixed point: these ranges hold; a given-up attribute keeps what the rounds from above found.
                context.FlatFieldFacts.Clear();
                foreach (var (key, range) in ranges) context.FlatFieldFacts[key] = range;
                foreach (var key in givenUp) if (fromAbove.TryGetValue(key, out var above)) context.FlatFieldFacts[key] = above;
                return;
            }
            context.FlatFieldFacts.Clear();
            foreach (var (key, range) in fromAbove) context.FlatFieldFacts[key] = range;
        }

        /// <summary>
        /// Methods that one call can reach: a virtual call runs any override, an interface call any implementation.
        /// Their parameters share one record (the representative's). A family that touches a library method (an
        /// override of ToString, an IComparer the library's sort calls) or a method used as a delegate can be called
        /// by code the compiler does not see, so its parameters stay unknown.
        /// </summary>
        internal sealed class MethodFamilies
        {
            private readonly Dictionary<IMethodSymbol, IMethodSymbol> _parent = new(SymbolEqualityComparer.Default);
            private readonly HashSet<IMethodSymbol> _escaping = new(SymbolEqualityComparer.Default);

            public MethodFamilies(ProgramContext context, IEnumerable<(IMethodSymbol? Method, SyntaxNode Syntax)> bodies)
            {
                foreach (var (called, runs) in Dispatches(context)) Union(runs, called);
                // A method used as a value (a delegate) can be called from anywhere.
                foreach (var (_, syntax) in bodies)
                    if (context.ModelOf(syntax.SyntaxTree).GetOperation(syntax) is { } body)
                        foreach (var reference in body.DescendantsAndSelf().OfType<IMethodReferenceOperation>()) _escaping.Add(Find(reference.Method));
                foreach (var method in _parent.Keys.ToList())
                    if (method.DeclaringSyntaxReferences.Length == 0) _escaping.Add(Find(method));
            }

            public bool Escapes(IMethodSymbol method) => _escaping.Contains(Find(method.OriginalDefinition));

            public ISymbol Representative(IParameterSymbol parameter)
            {
                var method = (IMethodSymbol)parameter.OriginalDefinition.ContainingSymbol;
                var root = Find(method.OriginalDefinition);
                return ReferenceEquals(root, method) || root.Parameters.Length <= parameter.Ordinal ? parameter.OriginalDefinition : root.Parameters[parameter.Ordinal];
            }

            private IMethodSymbol Find(IMethodSymbol method)
            {
                method = method.OriginalDefinition;
                while (_parent.TryGetValue(method, out var parent) && !SymbolEqualityComparer.Default.Equals(parent, method)) method = parent;
                return method;
            }

            private void Union(IMethodSymbol a, IMethodSymbol b)
            {
                var (ra, rb) = (Find(a), Find(b));
                _parent.TryAdd(ra, ra);
                _parent.TryAdd(rb, rb);
                if (!SymbolEqualityComparer.Default.Equals(ra, rb)) _parent[ra] = rb;
            }
        }
    }
}
