using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace McuSharp.Compiler.Lowering;

/// <summary>
/// Deferred wraparound for integer fields, as DeferredWraps.cs does it for locals. A counter or a sum kept in an
/// object (`_count++`, `_sum += reading`) needs an overflow check at every update; but + and - agree modulo 2^N
/// whether or not the value was wrapped first, so a field whose every update is such a statement may hold its
/// unwrapped value, and each other read wraps it. The program is whole: every read and write of a field is in it.
/// <para>
/// A field is deferred when the checks its updates save outweigh the wraps its reads then need (a read, a call of
/// _wrap32, counts twice). Each site is weighed by how often it runs: 16 per enclosing loop or lambda, times what the
/// calls of its method give (a virtual call counts for every override it can reach). An update adds at most the
/// type's range, so the value outgrows the type by log2(updates) bits, and a store puts a C# value back. Near the
/// limits both are big ints on MicroPython's 32-bit ports (small ints have 31 bits), so it seldom costs more there.
/// </para>
/// <para>
/// Only instance fields of the program's classes qualify, of types int and long (an unsigned value's mask would
/// allocate at every read), which nothing takes by reference and whose every update is a statement (`f += e`,
/// `f -= e`, `f++`, `f--`, or the bitwise `&amp;=`, `|=`, `^=`). Verbatim Python could read the attribute without
/// the wrap: a program that has some defers none.
/// </para>
/// </summary>
internal static class DeferredFields
{
    private const double LoopWeight = 16, MaxWeight = 1 << 20;
    private const int CallRounds = 4;

    /// <summary>A wrapped read is a call of _wrap32, where an update's check is a test in place.</summary>
    private const double ReadCost = 2;

    public static HashSet<ISymbol> Choose(ProgramContext context, IReadOnlyList<IOperation> bodies)
    {
        var chosen = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        var roots = bodies.Where(b => b.Parent is null).Select(b => (Owner: OwnerOf(context, b), Body: b)).ToList();
        if (roots.Any(r => r.Body.DescendantsAndSelf().Any(IsVerbatimPython))) return chosen;

        var frequency = CallFrequencies(context, roots);
        var saved = new Dictionary<ISymbol, double>(SymbolEqualityComparer.Default);
        var wrapped = new Dictionary<ISymbol, double>(SymbolEqualityComparer.Default);
        var rejected = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        foreach (var (owner, body) in roots)
        {
            var runs = Frequency(frequency, owner);
            foreach (var reference in body.DescendantsAndSelf().OfType<IFieldReferenceOperation>())
            {
                var field = reference.Field.OriginalDefinition;
                if (rejected.Contains(field)) continue;
                if (!IsCandidate(field)) { rejected.Add(field); continue; }
                var weight = runs * SiteWeight(reference);
                switch (Use(reference))
                {
                    case FieldUse.CheckedUpdate:
                        saved[field] = saved.GetValueOrDefault(field) + weight;
                        break;
                    case FieldUse.Read:
                        wrapped[field] = wrapped.GetValueOrDefault(field) + weight * ReadCost;
                        break;
                    case FieldUse.Other:
                        rejected.Add(field);
                        break;
                }
            }
        }
        foreach (var (field, weight) in saved)
            if (!rejected.Contains(field) && weight > wrapped.GetValueOrDefault(field)) chosen.Add(field);
        return chosen;
    }

    private enum FieldUse { CheckedUpdate, Store, Read, Other }

    private static bool IsCandidate(IFieldSymbol field) =>
        field is { IsStatic: false, IsConst: false, IsVolatile: false, ContainingType.TypeKind: TypeKind.Class }
        && field.DeclaringSyntaxReferences.Length > 0 && field.GetAttributes().Length == 0
        && field.Type.SpecialType is SpecialType.System_Int32 or SpecialType.System_Int64;

    private static FieldUse Use(IFieldReferenceOperation reference)
    {
        var kind = ValueKinds.Of(reference.Field.Type);
        switch (reference.Parent)
        {
            case ICompoundAssignmentOperation compound when compound.Target == reference:
                if (compound is not { IsChecked: false, OperatorMethod: null, Parent: IExpressionStatementOperation }
                    || !compound.InConversion.IsIdentity || !compound.OutConversion.IsIdentity || ValueKinds.Of(compound.Type) != kind)
                    return FieldUse.Other;
                return compound.OperatorKind switch
                {
                    BinaryOperatorKind.Add or BinaryOperatorKind.Subtract => FieldUse.CheckedUpdate,
                    BinaryOperatorKind.And or BinaryOperatorKind.Or or BinaryOperatorKind.ExclusiveOr => FieldUse.Store,
                    _ => FieldUse.Other,
                };
            case IIncrementOrDecrementOperation increment:
                return increment is { IsChecked: false, OperatorMethod: null, Parent: IExpressionStatementOperation } ? FieldUse.CheckedUpdate : FieldUse.Other;
            case ISimpleAssignmentOperation assignment when assignment.Target == reference:
                return assignment.IsRef ? FieldUse.Other : FieldUse.Store;
            case IAssignmentOperation other when other.Target == reference:
                return FieldUse.Other;
            case IArgumentOperation { Parameter.RefKind: RefKind.Ref or RefKind.Out } or IDeclarationExpressionOperation
                or ITupleOperation or IVariableInitializerOperation { Parent: IVariableDeclaratorOperation { Symbol.IsRef: true } }:
                return FieldUse.Other;
            case IReturnOperation when reference.SemanticModel?.GetEnclosingSymbol(reference.Syntax.SpanStart) is IMethodSymbol { RefKind: not RefKind.None }:
                return FieldUse.Other; // a ref return hands out the field itself
            default:
                return FieldUse.Read;
        }
    }

    private static bool IsVerbatimPython(IOperation operation) =>
        operation is IInvocationOperation call && FacadeCatalog.IsPyClass(call.TargetMethod.ContainingType);

    /// <summary>16 for each loop, lambda or local function around the site within its body.</summary>
    private static double SiteWeight(IOperation site)
    {
        var weight = 1.0;
        for (var up = site.Parent; up is not null; up = up.Parent)
            if (up is ILoopOperation or IAnonymousFunctionOperation or ILocalFunctionOperation) weight *= LoopWeight;
        return Math.Min(weight, MaxWeight);
    }

    private static double Frequency(Dictionary<ISymbol, double> frequency, ISymbol? method) =>
        method is not null && frequency.TryGetValue(method, out var runs) ? runs : 1;

    /// <summary>
    /// How often each method runs, roughly: the most that one of its call sites gives (the site's weight times its
    /// caller's), after a few rounds from 1 for all. A method used as a delegate runs as if called in a loop.
    /// </summary>
    private static Dictionary<ISymbol, double> CallFrequencies(ProgramContext context, List<(ISymbol? Owner, IOperation Body)> roots)
    {
        var dispatch = Overriders(context);
        var frequency = new Dictionary<ISymbol, double>(SymbolEqualityComparer.Default);
        for (var round = 0; round < CallRounds; round++)
        {
            var next = new Dictionary<ISymbol, double>(SymbolEqualityComparer.Default);
            foreach (var (owner, body) in roots)
            {
                var runs = Frequency(frequency, owner);
                foreach (var node in body.Descendants())
                {
                    var (called, extra) = node switch
                    {
                        IInvocationOperation call => (call.TargetMethod, 1.0),
                        IObjectCreationOperation { Constructor: { } constructor } => (constructor, 1.0),
                        IPropertyReferenceOperation property => (property.Property.GetMethod ?? property.Property.SetMethod, 1.0),
                        IMethodReferenceOperation reference => (reference.Method, LoopWeight),
                        _ => (null, 1.0),
                    };
                    if (called is null) continue;
                    var weight = Math.Min(runs * SiteWeight(node) * extra, MaxWeight);
                    foreach (var target in dispatch.GetValueOrDefault(called.OriginalDefinition, [called.OriginalDefinition]))
                        next[target] = Math.Max(next.GetValueOrDefault(target, 1), weight);
                }
            }
            frequency = next;
        }
        return frequency;
    }

    /// <summary>For each method of the program, the methods a call of it can run: itself, its overrides, its implementations.</summary>
    private static Dictionary<ISymbol, List<ISymbol>> Overriders(ProgramContext context)
    {
        var dispatch = new Dictionary<ISymbol, List<ISymbol>>(SymbolEqualityComparer.Default);
        foreach (var (called, runs) in FunctionLowerer.CallSiteRanges.Dispatches(context))
        {
            if (!dispatch.TryGetValue(called.OriginalDefinition, out var list)) dispatch[called.OriginalDefinition] = list = [called.OriginalDefinition];
            if (!list.Contains(runs.OriginalDefinition, SymbolEqualityComparer.Default)) list.Add(runs.OriginalDefinition);
        }
        return dispatch;
    }

    /// <summary>The method (or accessor) a body belongs to; null for a field initializer.</summary>
    private static ISymbol? OwnerOf(ProgramContext context, IOperation body)
    {
        var model = context.ModelOf(body.Syntax.SyntaxTree);
        var declared = body.Syntax is ArrowExpressionClauseSyntax { Parent: { } parent } ? model.GetDeclaredSymbol(parent) : model.GetDeclaredSymbol(body.Syntax);
        return declared switch
        {
            IPropertySymbol property => property.GetMethod?.OriginalDefinition,
            IMethodSymbol method => method.OriginalDefinition,
            _ => null,
        };
    }
}
