using McuSharp.Compiler.Python;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace McuSharp.Compiler.Lowering;

/// <summary>
/// LINQ to objects (System.Linq.Enumerable). The lazy operators (Where, Select, SelectMany, Take, Skip, TakeWhile,
/// SkipWhile, Concat, Zip, Distinct, DistinctBy, Union, Except, Intersect, DefaultIfEmpty, Chunk, Reverse, Repeat,
/// OrderBy/ThenBy, Order) are re-iterable generators of the runtime
/// (Runtime/queries.py): a query sees the source as it is when enumerated, and its lambdas run as elements are
/// pulled, as in C#. The others run at once, with .NET's exceptions (InvalidOperationException for an empty
/// sequence, OverflowException from the checked integer Sum, ArgumentException for a duplicate ToDictionary key).
/// </summary>
internal sealed partial class FunctionLowerer
{
    private static void AddLinqMembers(Dictionary<string, MemberLowering> table)
    {
        table["Enumerable.Where/2"] = (f, c) => Call(f.Helper(DelegateArity(c[1]) == 2 ? "_wherei" : "_where"), f.Source(c), f.Lower(c[1]));
        table["Enumerable.Select/2"] = (f, c) => Call(f.Helper(DelegateArity(c[1]) == 2 ? "_selecti" : "_select"), f.Source(c), f.Lower(c[1]));
        table["Enumerable.SelectMany/2"] = (f, c) => DelegateArity(c[1]) == 1 ? Call(f.Helper("_selectmany"), f.Source(c), f.Lower(c[1])) : null;
        table["Enumerable.Take/2"] = (f, c) => IsIntegerArgument(c[1]) ? f.TakeSortedAtOnce(c) ?? Call(f.Helper("_take"), f.Source(c), f.Lower(c[1])) : null;
        table["Enumerable.Skip/2"] = (f, c) => f.SkipOf(c);
        table["Enumerable.TakeWhile/2"] = (f, c) => DelegateArity(c[1]) == 1 ? Call(f.Helper("_takewhile"), f.Source(c), f.Lower(c[1])) : null;
        table["Enumerable.SkipWhile/2"] = (f, c) => DelegateArity(c[1]) == 1 ? Call(f.Helper("_skipwhile"), f.Source(c), f.Lower(c[1])) : null;
        table["Enumerable.Concat/2"] = (f, c) => Call(f.Helper("_concat"), f.Source(c), f.Elements(c[1]));
        table["Enumerable.Zip/3"] = (f, c) => Call(f.Helper("_zip"), f.Source(c), f.Elements(c[1]), f.Lower(c[2]));
        table["Enumerable.Zip/2"] = (f, c) => Call(f.Helper("_zip"), f.Source(c), f.Elements(c[1]),
            new PyLambda(new[] { "a", "b" }, new PyTuple(new PyExpr[] { new PyName("a"), new PyName("b") })));
        table["Enumerable.Distinct/1"] = (f, c) => f.ComparesLikePython(c) ? Call(f.Helper("_distinct"), f.Source(c)) : PyConst.None;
        table["Enumerable.Reverse/1"] = (f, c) => Call(f.Helper("_lreverse"), f.Source(c));
        table["Enumerable.Range/2"] = (f, c) => Call(f.Helper("_erange"), f.Lower(c[0]), f.Lower(c[1]));
        table["Enumerable.Repeat/2"] = (f, c) => Call(f.Helper("_lrepeat"), f.Lower(c[0]), f.Lower(c[1]));
        table["Enumerable.OrderBy/2"] = (f, c) => f.OrderBy(c, descending: false);
        table["Enumerable.OrderByDescending/2"] = (f, c) => f.OrderBy(c, descending: true);
        table["Enumerable.ThenBy/2"] = (f, c) => f.OrderBy(c, descending: false);
        table["Enumerable.ThenByDescending/2"] = (f, c) => f.OrderBy(c, descending: true);

        table["Enumerable.GroupBy/2"] = (f, c) => f.GroupBy(c, null);
        table["Enumerable.GroupBy/3"] = (f, c) => DelegateArity(c[2]) == 1 ? f.GroupBy(c, f.Lower(c[2])) : null;
        table["IGrouping.Key/0"] = (f, c) => new PyAttribute(f.Lower(c.Receiver!), "Key");
        table["Enumerable.AsEnumerable/1"] = (f, c) => f.Source(c);
        table["Enumerable.ToList/1"] = (f, c) => Call(new PyName("list"), f.EagerSource(c));
        table["Enumerable.ToArray/1"] = (f, c) => Call(new PyName("list"), f.EagerSource(c));
        table["Enumerable.ToDictionary/2"] = (f, c) => Call(f.Helper("_ltodict"), f.NewDictionary(), f.EagerSource(c), f.Lower(c[1]), PyConst.None);
        table["Enumerable.ToDictionary/3"] = (f, c) => IsDelegate(c[2]) ? Call(f.Helper("_ltodict"), f.NewDictionary(), f.EagerSource(c), f.Lower(c[1]), f.Lower(c[2])) : null;
        table["Enumerable.Contains/2"] = (f, c) => new PyCompare(f.Lower(c[1]), PyCompareOperator.In, f.EagerSource(c));

        table["Enumerable.Count/1"] = (f, c) => f.HasLength(c[0]) ? Call(new PyName("len"), f.EagerSource(c)) : Call(f.Helper("_lcount"), f.EagerSource(c), PyConst.None);
        table["Enumerable.Count/2"] = (f, c) => f.FusedQuery(c[0], c[1]) is var (query, _)
            ? Call(new PyName("sum"), query with { Element = Int(1) })
            : Call(f.Helper("_lcount"), f.EagerSource(c), f.Lower(c[1]));
        table["Enumerable.Any/1"] = (f, c) => f.HasLength(c[0])
            ? new PyCompare(Call(new PyName("len"), f.EagerSource(c)), PyCompareOperator.Gt, Int(0))
            : Call(f.Helper("_lany"), f.EagerSource(c));
        table["Enumerable.Any/2"] = (f, c) => Call(new PyName("any"), (PyExpr?)f.FusedQuery(c[0], c[1], trailingSelects: true)?.Query ?? Call(new PyName("map"), f.Lower(c[1]), f.EagerSource(c)));
        table["Enumerable.All/2"] = (f, c) => Call(new PyName("all"), (PyExpr?)f.FusedQuery(c[0], c[1], trailingSelects: true)?.Query ?? Call(new PyName("map"), f.Lower(c[1]), f.EagerSource(c)));

        foreach (var name in new[] { "First", "Last" })
        {
            var helper = name == "First" ? "_lfirst" : "_llast";
            table[$"Enumerable.{name}/1"] = (f, c) => Call(f.Helper(helper), f.EagerSource(c), PyConst.None);
            table[$"Enumerable.{name}/2"] = (f, c) => Call(f.Helper(helper), f.EagerSource(c), f.Lower(c[1]));
            table[$"Enumerable.{name}OrDefault/1"] = (f, c) => Call(f.Helper(helper + "d"), f.EagerSource(c), PyConst.None, f.ResultDefault(c));
            table[$"Enumerable.{name}OrDefault/2"] = (f, c) => IsDelegate(c[1])
                ? Call(f.Helper(helper + "d"), f.EagerSource(c), f.Lower(c[1]), f.ResultDefault(c))
                : Call(f.Helper(helper + "d"), f.EagerSource(c), PyConst.None, f.Lower(c[1]));
            table[$"Enumerable.{name}OrDefault/3"] = (f, c) => Call(f.Helper(helper + "d"), f.EagerSource(c), f.Lower(c[1]), f.Lower(c[2]));
        }
        // Last() and LastOrDefault() of a Select skip the selector that the loop's helpers would run on every element.
        table["Enumerable.Last/1"] = (f, c) => f.LastOf(c, orDefault: false);
        table["Enumerable.LastOrDefault/1"] = (f, c) => f.LastOf(c, orDefault: true);
        table["Enumerable.Single/1"] = (f, c) => Call(f.Helper("_lsingle"), f.EagerSource(c), PyConst.None, PyConst.None, PyConst.False);
        table["Enumerable.Single/2"] = (f, c) => Call(f.Helper("_lsingle"), f.EagerSource(c), f.Lower(c[1]), PyConst.None, PyConst.False);
        table["Enumerable.SingleOrDefault/1"] = (f, c) => Call(f.Helper("_lsingle"), f.EagerSource(c), PyConst.None, f.ResultDefault(c), PyConst.True);
        table["Enumerable.SingleOrDefault/2"] = (f, c) => IsDelegate(c[1])
            ? Call(f.Helper("_lsingle"), f.EagerSource(c), f.Lower(c[1]), f.ResultDefault(c), PyConst.True)
            : Call(f.Helper("_lsingle"), f.EagerSource(c), PyConst.None, f.Lower(c[1]), PyConst.True);

        table["Enumerable.Sum/1"] = (f, c) => f.FusedQuery(f.StartsAtOnce(c[0])) is var (query, range) ? f.Sum(c, query, range) : f.Sum(c, f.Source(c), null);
        table["Enumerable.Sum/2"] = (f, c) => f.FusedQuery(c[0], c[1], trailingSelects: true) is var (query, range) ? f.Sum(c, query, range) : f.Sum(c, f.Selected(c), null);
        foreach (var (name, larger) in new[] { ("Min", false), ("Max", true) })
        {
            table[$"Enumerable.{name}/1"] = (f, c) => f.MinMax(c, f.EagerSource(c), larger);
            table[$"Enumerable.{name}/2"] = (f, c) => IsDelegate(c[1]) ? f.MinMax(c, (PyExpr?)f.FusedQuery(c[0], c[1], trailingSelects: true)?.Query ?? f.Selected(c), larger) : null;
        }
        table["Enumerable.Average/1"] = (f, c) => f.Average(c, f.EagerSource(c));
        table["Enumerable.Average/2"] = (f, c) => f.Average(c, (PyExpr?)f.FusedQuery(c[0], c[1], trailingSelects: true)?.Query ?? f.Selected(c));
        table["Enumerable.Aggregate/2"] = (f, c) => Call(f.Helper("_laggregate"), f.EagerSource(c), f.Lower(c[1]));
        table["Enumerable.Aggregate/3"] = (f, c) => Call(f.Helper("_lfold"), f.EagerSource(c), f.LowerStored(c[1], c[1].Type), f.Lower(c[2]));
        table["Enumerable.Union/2"] = (f, c) => f.ComparesLikePython(c) ? Call(f.Helper("_lunion"), f.Source(c), f.Elements(c[1])) : PyConst.None;
        table["Enumerable.Except/2"] = (f, c) => f.ComparesLikePython(c) ? Call(f.Helper("_lexcept"), f.Source(c), f.Elements(c[1]), PyConst.False) : PyConst.None;
        table["Enumerable.Intersect/2"] = (f, c) => f.ComparesLikePython(c) ? Call(f.Helper("_lexcept"), f.Source(c), f.Elements(c[1]), PyConst.True) : PyConst.None;
        table["Enumerable.DistinctBy/2"] = (f, c) => f.ComparesLikePython(c, typeArgument: 1) ? Call(f.Helper("_distinct"), f.Source(c), f.Lower(c[1])) : PyConst.None;
        table["Enumerable.SequenceEqual/2"] = (f, c) => f.ComparesLikePython(c)
            ? new PyCompare(Call(new PyName("list"), f.EagerSource(c)), PyCompareOperator.Eq, Call(new PyName("list"), f.Elements(c[1])))
            : PyConst.None;
        table["Enumerable.DefaultIfEmpty/1"] = (f, c) => Call(f.Helper("_ldefaultifempty"), f.Source(c), f.DefaultValue(ElementType(c[0].Type)!, c.Operation.Syntax));
        table["Enumerable.DefaultIfEmpty/2"] = (f, c) => Call(f.Helper("_ldefaultifempty"), f.Source(c), f.LowerStored(c[1], c[1].Type));
        table["Enumerable.Chunk/2"] = (f, c) => Call(f.Helper("_lchunk"), f.Source(c), f.Lower(c[1]));
        table["Enumerable.ElementAt/2"] = (f, c) => IsIntegerArgument(c[1]) ? f.ElementAt(c, null) : null;
        table["Enumerable.ElementAtOrDefault/2"] = (f, c) => IsIntegerArgument(c[1]) ? f.ElementAt(c, f.ResultDefault(c)) : null;
        foreach (var (name, descending) in new[] { ("Order", false), ("OrderDescending", true) })
            table[$"Enumerable.{name}/1"] = (f, c) => f.Ordered(c, ((IInvocationOperation)c.Operation).TargetMethod.TypeArguments[0], new PyLambda(new[] { "x" }, new PyName("x")), descending);
        table["Enumerable.MinBy/2"] = (f, c) => f.MinMaxBy(c, larger: false);
        table["Enumerable.MaxBy/2"] = (f, c) => f.MinMaxBy(c, larger: true);
        table["Enumerable.Aggregate/4"] = (f, c) => Call(f.Lower(c[3]), Call(f.Helper("_lfold"), f.EagerSource(c), f.LowerStored(c[1], c[1].Type), f.Lower(c[2])));
    }

    /// <summary>
    /// How many elements a LINQ query can yield: Take(n) at most n, and the operators that keep or drop elements
    /// (Where, Select, OrderBy, Skip, ...) at most their source's; null when unknown.
    /// </summary>
    private static System.Numerics.BigInteger? QueryMaxElements(IInvocationOperation query)
    {
        var arguments = ArgumentsInParameterOrder(query.Arguments);
        if (arguments.Count == 0) return null;
        var source = MaxElements(WithoutImplicitConversions(arguments[0]));
        switch (query.TargetMethod.Name)
        {
            case "Take" when arguments.Count == 2 && arguments[1].ConstantValue is { HasValue: true, Value: int count }:
                var most = System.Numerics.BigInteger.Max(0, count);
                return source is { } known && known < most ? known : most;
            case "Where" or "Select" or "OrderBy" or "OrderByDescending" or "ThenBy" or "ThenByDescending" or "Skip" or "SkipWhile" or "TakeWhile"
                or "Distinct" or "Reverse" or "AsEnumerable":
                return source;
            default:
                return null;
        }
    }

    private static int DelegateArity(IOperation operation) =>
        (operation.Type as INamedTypeSymbol)?.DelegateInvokeMethod?.Parameters.Length ?? -1;

    private static bool IsIntegerArgument(IOperation operation) => KindOf(operation).IsInteger();

    /// <summary>The source sequence: a list, array or query as it is; a dictionary's entries, a set's elements (fused where enumerated once, see QueryFusion.cs).</summary>
    private PyExpr Source(LibraryCall call)
    {
        // A lazy operator asks its source for an element when it is asked for one, except Take(n) for n <= 0.
        if (IsStartedAtOnce(call.Operation) && call.Operation is IInvocationOperation { TargetMethod.Name: not "Take" }) StartsAtOnce(call[0]);
        return _enumeratedOnce ? EnumeratedOnce(call[0]) : Elements(call[0]);
    }

    /// <summary>The source through the selector of Sum/Min/Max/Average(source, selector).</summary>
    private PyExpr Selected(LibraryCall call) => Call(Helper("_select"), EagerSource(call), Lower(call[1]));

    /// <summary>True when the source is a list or array (whose Count is its length: .NET does not enumerate it either).</summary>
    private bool HasLength(IOperation source)
    {
        var type = WithoutImplicitConversions(source).Type;
        return type is IArrayTypeSymbol || IsListType(type);
    }

    private PyExpr ResultDefault(LibraryCall call) => DefaultValue(((IInvocationOperation)call.Operation).TargetMethod.ReturnType, call.Operation.Syntax);

    private static ITypeSymbol ResultType(LibraryCall call) => ((IInvocationOperation)call.Operation).TargetMethod.ReturnType;

    private PyExpr? OrderBy(LibraryCall call, bool descending)
    {
        if (SortedAtOnce(call.Operation) is { } sorted) return sorted;
        var method = ((IInvocationOperation)call.Operation).TargetMethod;
        var keyType = method.TypeArguments.Length > 1 ? method.TypeArguments[1] : null;
        if (method.Name.StartsWith("Then", StringComparison.Ordinal))
            return IsOrderableKey(call, keyType) is { } floats ? Method(Lower(call[0]), "then", Lower(call[1]), descending ? PyConst.True : PyConst.False, floats) : null;
        return Ordered(call, keyType, Lower(call[1]), descending);
    }

    /// <summary>The first level of an ordering by <paramref name="key"/> (Order() orders by the elements themselves).</summary>
    private PyExpr? Ordered(LibraryCall call, ITypeSymbol? keyType, PyExpr key, bool descending) =>
        IsOrderableKey(call, keyType) is { } floats
            ? Call(Helper("_Ordered"), Source(call), new PyList(new PyExpr[] { new PyTuple(new PyExpr[] { key, descending ? PyConst.True : PyConst.False, floats }) }))
            : null;

    /// <summary>
    /// Whether keys of this type order as .NET's default comparer orders them: numbers (True for floating ones, whose
    /// NaN needs care), chars, bools and enums (False). Null for the others; string keys are reported (culture rules).
    /// </summary>
    private PyConst? IsOrderableKey(LibraryCall call, ITypeSymbol? keyType)
    {
        var keyKind = ValueKinds.Of(keyType);
        if (keyKind == ValueKind.String)
        {
            CultureSensitive(call);
            return null;
        }
        if (!(keyKind.IsInteger() || keyKind.IsFloating() || keyKind is ValueKind.Char or ValueKind.Bool || keyType?.TypeKind == TypeKind.Enum)) return null;
        return keyKind.IsFloating() ? PyConst.True : PyConst.False;
    }

    /// <summary>
    /// MinBy/MaxBy: the first element with the least (greatest) key; an empty sequence gives null where the element
    /// type has null (.NET's default), else InvalidOperationException.
    /// </summary>
    private PyExpr? MinMaxBy(LibraryCall call, bool larger)
    {
        var method = ((IInvocationOperation)call.Operation).TargetMethod;
        var element = method.TypeArguments[0];
        if (element is ITypeParameterSymbol || IsOrderableKey(call, method.TypeArguments[1]) is not { } floats) return null;
        var nullable = !element.IsValueType || IsNullableValueType(element);
        return Call(Helper("_lminmaxby"), EagerSource(call), Lower(call[1]), larger ? PyConst.True : PyConst.False, floats, nullable ? PyConst.True : PyConst.False);
    }

    /// <summary>
    /// ElementAt(OrDefault): a list's or array's element by index, another sequence's by counting (.NET's messages
    /// differ). Of a Select, only the element picked goes through the selector, as in .NET.
    /// </summary>
    private PyExpr ElementAt(LibraryCall call, PyExpr? orDefault)
    {
        var source = WithoutImplicitConversions(call[0]);
        PyExpr selector = PyConst.None;
        if (SelectOf(source) is var (selected, projection))
        {
            source = selected;
            selector = Lower(projection);
        }
        var listed = HasLength(source);
        var elements = listed ? Lower(source) : Elements(source);
        return orDefault is null
            ? Call(Helper("_lelementat"), elements, Lower(call[1]), listed ? PyConst.True : PyConst.False, selector)
            : Call(Helper("_lelementatd"), elements, Lower(call[1]), orDefault, selector);
    }

    /// <summary>`source.Select(x => ...)` with a one-parameter selector: its source and selector; null for anything else.</summary>
    private static (IOperation Source, IOperation Selector)? SelectOf(IOperation query) =>
        WithoutImplicitConversions(query) is IInvocationOperation { TargetMethod: { Name: "Select", ContainingType.Name: "Enumerable" } } select
        && ArgumentsInParameterOrder(select.Arguments) is [var source, var selector] && DelegateArity(selector) == 1
            ? (WithoutImplicitConversions(source), selector)
            : null;

    /// <summary>
    /// Skip(n) of a Select over a list or array runs the selector on the elements it keeps only (.NET's partition
    /// does); of any other Select, on all of them.
    /// </summary>
    private PyExpr SkipOf(LibraryCall call) => SelectOf(call[0]) is var (source, selector) && HasLength(source)
        ? Call(Helper("_select"), Call(Helper("_skip"), Elements(source), Lower(call[1])), Lower(selector))
        : Call(Helper("_skip"), Source(call), Lower(call[1]));

    /// <summary>Last() and LastOrDefault() of a Select run the selector on the last element only, as .NET does.</summary>
    private PyExpr LastOf(LibraryCall call, bool orDefault)
    {
        if (SelectOf(call[0]) is not var (source, selector))
            return orDefault ? Call(Helper("_llastd"), EagerSource(call), PyConst.None, ResultDefault(call)) : Call(Helper("_llast"), EagerSource(call), PyConst.None);
        return orDefault
            ? Call(Helper("_llastd"), Elements(source), PyConst.None, ResultDefault(call), Lower(selector))
            : Call(Lower(selector), Call(Helper("_llast"), Elements(source), PyConst.None));
    }

    /// <summary>
    /// Whether the set operators can compare the elements (or, for DistinctBy, the keys) with Python's hash and ==:
    /// integers, chars, bools, strings, enums and the program's types (whose Equals and GetHashCode become
    /// __eq__ and __hash__). Not floats (.NET's Equals finds NaN equal to NaN) nor collections (compared by reference):
    /// those are reported here, with what to write instead.
    /// </summary>
    private bool ComparesLikePython(LibraryCall call, int typeArgument = 0)
    {
        var method = ((IInvocationOperation)call.Operation).TargetMethod;
        var type = method.TypeArguments[typeArgument];
        var kind = ValueKinds.Of(type);
        if (kind.IsInteger() || kind is ValueKind.Char or ValueKind.Bool or ValueKind.String || IsUserType(type)) return true;
        Unsupported(call.Operation.Syntax, $"{method.Name} over {type.ToDisplayString()} values",
            kind.IsFloating() ? ".NET finds NaN equal to NaN here and the device does not; compare rounded integers, or filter NaN out with Where first" : "it compares them as .NET's default comparer does, which the device can do for numbers, chars, bools, strings, enums and the program's own types");
        return false;
    }

    /// <param name="elements">The range of the summed values, when known: all of one sign, the partial sums move one
    /// way, and only the total needs the overflow test.</param>
    /// <summary>GroupBy(key) and GroupBy(key, element): groups by Python equality, which is .NET's for the keys allowed.</summary>
    private PyExpr? GroupBy(LibraryCall call, PyExpr? element)
    {
        var keyType = ((IInvocationOperation)call.Operation).TargetMethod.TypeArguments[1];
        var kind = ValueKinds.Of(keyType);
        if (kind.IsFloating()) return null; // NaN keys: double.Equals puts them together, Python's == does not
        return Call(Helper("_groupby"), Source(call), Lower(call[1]), element ?? PyConst.None);
    }

    private PyExpr? Sum(LibraryCall call, PyExpr source, Interval? elements)
    {
        var kind = ValueKinds.Of(ResultType(call));
        if (kind is ValueKind.Int32 or ValueKind.Int64)
        {
            var range = kind.Range();
            return elements is { } e && (e.Lo >= 0 || e.Hi <= 0)
                ? Checked(Call(new PyName("sum"), source), range)
                : Call(Helper("_lsum"), source, Int(range.Lo), Int(range.Hi));
        }
        return kind == ValueKind.Double ? Call(Helper("_lsumf"), source) : null; // float sums round at every step; decimal and nullable sums are not here
    }

    private PyExpr? MinMax(LibraryCall call, PyExpr source, bool larger)
    {
        var kind = ValueKinds.Of(ResultType(call));
        if (kind == ValueKind.String) return CultureSensitive(call);
        var flag = larger ? PyConst.True : PyConst.False;
        if (kind == ValueKind.Double) return Call(Helper("_lminmaxf"), source, flag);
        // Python's min and max of integers (or chars) are .NET's; an empty sequence gives None, which no element is.
        return kind.IsInteger() || kind == ValueKind.Char
            ? Call(Helper("_lsome"), new PyCall(new PyName(larger ? "max" : "min"), new[] { source }, new[] { new PyKeyword("default", PyConst.None) }))
            : null;
    }

    private PyExpr? Average(LibraryCall call, PyExpr source)
    {
        var method = ((IInvocationOperation)call.Operation).TargetMethod;
        var elementKind = ValueKinds.Of(method.Parameters.Length == 1 ? ElementType(method.Parameters[0].Type) : (method.Parameters[1].Type as INamedTypeSymbol)?.DelegateInvokeMethod?.ReturnType);
        return elementKind is ValueKind.Int32 or ValueKind.Int64 or ValueKind.Double ? Call(Helper("_laverage"), source) : null;
    }
}
