using System.Numerics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace McuSharp.Compiler.Lowering;

/// <summary>
/// Ranges of the integer elements of collections that a method creates and keeps to itself: an array, List or
/// Dictionary held by a local that is never reassigned and never handed to code that could write its elements.
/// Every write to an element is then in sight: resets (`counts[w] = 1`, `Add(k, 0)`) and steps (`hist[x]++`,
/// `counts[w] += n`), each running at most the trip counts of its loops (TripCounts.cs). A histogram or word count
/// filled over one collection therefore needs no overflow check.
/// </summary>
internal sealed partial class FunctionLowerer
{
    /// <summary>The element ranges of this method's private collections (see <see cref="ComputeElementRanges"/>).</summary>
    private readonly Dictionary<ISymbol, Interval> _elementRanges = new(SymbolEqualityComparer.Default);

    private void ComputeElementRanges(IOperation body)
    {
        foreach (var declarator in body.DescendantsAndSelf().OfType<IVariableDeclaratorOperation>())
            if (PrivateCollectionRange(declarator, body) is { } range) _elementRanges[declarator.Symbol] = range;
    }

    /// <summary>The range of an element of a private collection read at <paramref name="element"/>, if known.</summary>
    private Interval? ElementRange(IOperation element) =>
        CollectionOf(element) is ILocalReferenceOperation { Local: var local } && _elementRanges.TryGetValue(local, out var range) ? range : null;

    /// <summary>
    /// The element's value just before <paramref name="update"/> steps it: one step less than the bound, because the
    /// bound counts every run of the step, this one included.
    /// </summary>
    private Interval? ElementRangeBefore(IOperation element, IOperation update)
    {
        if (ElementRange(element) is not { } range || WriteEffect(element) is not (true, var step)) return null;
        return new Interval(range.Lo + BigInteger.Max(0, -step.Lo), range.Hi - BigInteger.Max(0, step.Hi));
    }

    /// <summary>The collection of an element access (`a[i]`, `list[i]`, `dict[k]`), or null.</summary>
    private static IOperation? CollectionOf(IOperation element) => element switch
    {
        IArrayElementReferenceOperation { Indices.Length: 1 } array => WithoutImplicitConversions(array.ArrayReference),
        IPropertyReferenceOperation { Property.IsIndexer: true, Instance: { } instance } => WithoutImplicitConversions(instance),
        _ => null,
    };

    private Interval? PrivateCollectionRange(IVariableDeclaratorOperation declarator, IOperation body)
    {
        var local = declarator.Symbol;
        if (IsCaptured(local)) return null; // a lambda may store into it at any call
        var init = declarator.Initializer?.Value ?? (declarator.Parent as IVariableDeclarationOperation)?.Initializer?.Value;
        if (local.IsRef || init is null) return null;
        var elementType = local.Type switch
        {
            IArrayTypeSymbol array => array.ElementType,
            INamedTypeSymbol { Name: "List", TypeArguments: [var item] } => item,
            INamedTypeSymbol { Name: "Dictionary", TypeArguments: [_, var value] } => value,
            _ => null,
        };
        var kind = ValueKinds.Of(elementType);
        if (!kind.IsInteger() || !(local.Type is IArrayTypeSymbol || IsListType(local.Type) || IsDictionaryType(local.Type))) return null;
        if (InitialElements(WithoutImplicitConversions(init), elementType!) is not { } initial) return null;

        // Loops around the declaration create a new collection per trip: only the loops inside it count.
        var scope = declarator.Parent;
        while (scope is not null and not IBlockOperation) scope = scope.Parent;
        if (scope is null) return null;
        BigInteger lo = initial.Lo, hi = initial.Hi, down = 0, up = 0;
        foreach (var reference in body.DescendantsAndSelf().OfType<ILocalReferenceOperation>().Where(r => SymbolEqualityComparer.Default.Equals(r.Local, local)))
        {
            var (use, site) = UseOfPrivateCollection(reference);
            switch (use)
            {
                case CollectionUse.Read:
                    break;
                case CollectionUse.Element when IsWriteTarget(site):
                    var element = site;
                    if (WriteEffect(element) is not { } effect) return null;
                    if (!effect.IsStep) { lo = BigInteger.Min(lo, effect.Range.Lo); hi = BigInteger.Max(hi, effect.Range.Hi); break; }
                    if (TimesWithin(element, scope) is not { } times) return null;
                    down += times * BigInteger.Max(0, -effect.Range.Lo);
                    up += times * BigInteger.Max(0, effect.Range.Hi);
                    break;
                case CollectionUse.Element:
                    break;
                case CollectionUse.Adds when site is IInvocationOperation add:
                    var added = WithoutFacts(() => ValueRange(add.Arguments.OrderBy(a => a.Parameter?.Ordinal).Last().Value));
                    lo = BigInteger.Min(lo, added.Lo);
                    hi = BigInteger.Max(hi, added.Hi);
                    break;
                default:
                    return null;
            }
        }
        var range = new Interval(lo - down, hi + up);
        return lo <= hi && range.Within(kind.Range()) ? range : null;
    }

    /// <summary>
    /// The range of the elements a private collection starts with: 0 for `new int[n]`, the values of an initializer,
    /// none (an empty range) for a new list or dictionary; null when the collection does not start here.
    /// </summary>
    private Interval? InitialElements(IOperation init, ITypeSymbol elementType)
    {
        var empty = new Interval(BigInteger.One, BigInteger.Zero);
        Interval JoinAll(IEnumerable<IOperation> values) => WithoutFacts(() => values.Aggregate(empty, (r, v) => r.Lo > r.Hi ? ValueRange(v) : Join(r, ValueRange(v))));
        switch (init)
        {
            case IArrayCreationOperation { Initializer: { } initializer }:
                return JoinAll(initializer.ElementValues);
            case IArrayCreationOperation:
                return Interval.Exactly(0);
            case ICollectionExpressionOperation collection when collection.Elements.All(e => e is not ISpreadOperation):
                return JoinAll(collection.Elements);
            case IObjectCreationOperation creation when (IsListType(creation.Type) || IsDictionaryType(creation.Type))
                && creation.Arguments.All(a => KindOf(a.Value) == ValueKind.Int32):
                if (creation.Initializer is null) return empty;
                var values = new List<IOperation>();
                foreach (var item in creation.Initializer.Initializers)
                {
                    switch (item)
                    {
                        case IInvocationOperation { TargetMethod.Name: "Add" } add: values.Add(add.Arguments.OrderBy(a => a.Parameter?.Ordinal).Last().Value); break;
                        case ISimpleAssignmentOperation assignment: values.Add(assignment.Value); break;
                        default: return null;
                    }
                }
                return JoinAll(values);
            default:
                return null;
        }
    }

    private static Interval Join(Interval a, Interval b) => new(BigInteger.Min(a.Lo, b.Lo), BigInteger.Max(a.Hi, b.Hi));

    private enum CollectionUse { Escapes, Read, Element, Adds }

    /// <summary>
    /// What a reference to a private collection does with it: reads it (Count, ContainsKey, foreach, string.Join,
    /// Sort, Clear...), accesses an element, adds an element, or lets it escape (anything else: assigned, passed to
    /// a method, returned, captured); <c>Site</c> is the element access or the call.
    /// </summary>
    private static (CollectionUse Use, IOperation Site) UseOfPrivateCollection(ILocalReferenceOperation reference)
    {
        IOperation use = reference;
        while (use.Parent is IConversionOperation { IsImplicit: true } conversion && (conversion.Conversion.IsIdentity || conversion.Conversion.IsReference)) use = conversion;
        var site = use.Parent!;
        var kind = site switch
        {
            IArrayElementReferenceOperation element when element.ArrayReference == use => CollectionUse.Element,
            IPropertyReferenceOperation { Property.IsIndexer: true } indexer when indexer.Instance == use => CollectionUse.Element,
            IPropertyReferenceOperation { Property.Name: "Count" or "Length" or "Keys" or "Values" } property when property.Instance == use => CollectionUse.Read,
            IForEachLoopOperation loop when loop.Collection == use => CollectionUse.Read,
            IInvocationOperation call when call.Instance == use => call.TargetMethod.Name switch
            {
                "ContainsKey" or "ContainsValue" or "Contains" or "IndexOf" or "LastIndexOf" or "Sort" or "Reverse" or "Clear" or "Remove" or "RemoveAt" or "ToArray" => CollectionUse.Read,
                "Add" or "Insert" or "TryAdd" => CollectionUse.Adds,
                _ => CollectionUse.Escapes,
            },
            IArgumentOperation { Parameter.RefKind: RefKind.None, Parent: IInvocationOperation call }
                when call.TargetMethod.DeclaringSyntaxReferences.Length == 0 && call.TargetMethod.Name is "Join" or "GetValueOrDefault" or "IndexOf" or "Sort" or "Reverse" => CollectionUse.Read,
            _ => CollectionUse.Escapes,
        };
        return (kind, site);
    }
}
