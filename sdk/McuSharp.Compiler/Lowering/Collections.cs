using McuSharp.Compiler.Python;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace McuSharp.Compiler.Lowering;

/// <summary>
/// The three shapes of Dictionary&lt;K,V&gt; on the device (MicroPython's dict enumerates in hash order, and its
/// OrderedDict finds a key by scanning them all).
/// </summary>
internal enum DictionaryShape
{
    /// <summary>A plain dict: for programs that never observe a dictionary's order.</summary>
    Hashed,

    /// <summary>
    /// A plain dict whose key None (never a .NET key) holds the keys in insertion order: hashed lookups, and
    /// .NET's enumeration order for programs that never remove a key.
    /// </summary>
    InsertionOrdered,

    /// <summary>_NetDict, which keeps .NET's entry slots: after Remove, the next new key takes the freed slot.</summary>
    Slotted,
}

/// <summary>
/// Arrays and List&lt;T&gt; are Python lists (indexes checked: Python reads a[-1] from the end, C# throws);
/// Dictionary&lt;K,V&gt; takes one of the <see cref="DictionaryShape"/>s; StringBuilder is a list of parts joined by ToString().
/// </summary>
internal sealed partial class FunctionLowerer
{
    private static void AddCollectionMembers(Dictionary<string, MemberLowering> table)
    {
        table["Array.Length/0"] = (f, c) => Call(new PyName("len"), f.Lower(c.Receiver!));
        table["Array.Sort/1"] = (f, c) => f.SortInPlace(new LibraryCall(c.Operation, c[0], Array.Empty<IOperation>()));
        table["Array.IndexOf/2"] = (f, c) => Call(f.Helper(f.HasFloatingElements(c[0]) ? "_list_indexf" : "_list_index"), f.Lower(c[0]), f.Lower(c[1]));
        table["Array.Reverse/1"] = (f, c) => Call(f.Helper("_reverse"), f.Lower(c[0]));
        table["Array.Fill/2"] = (f, c) => f.IsMutableStruct(ElementType(c[0].Type))
            ? f.Unsupported(c.Operation.Syntax, "Array.Fill with a mutable struct", "fill the array in a loop")
            : Call(f.Helper("_fill"), f.Lower(c[0]), f.Lower(c[1]));
        table["Array.Copy/3"] = (f, c) => Call(f.Helper("_array_copy"), f.Lower(c[0]), Int(0), f.Lower(c[1]), Int(0), f.Lower(c[2]));
        table["Array.Copy/5"] = (f, c) => Call(f.Helper("_array_copy"), f.Lower(c[0]), f.Lower(c[1]), f.Lower(c[2]), f.Lower(c[3]), f.Lower(c[4]));

        table["List.Count/0"] = (f, c) => Call(new PyName("len"), f.Lower(c.Receiver!));
        table["List.this[]/1"] = (f, c) => f.IndexInto(c.Receiver!, f.Lower(c.Receiver!), c[0]) is var (list, index) ? new PySubscript(list, index) : null;
        table["List.Add/1"] = (f, c) => Method(f.Lower(c.Receiver!), "append", f.LowerStored(c[0], ElementType(c.Receiver!.Type)));
        table["List.AddRange/1"] = (f, c) => Method(f.Lower(c.Receiver!), "extend", f.CopiedElements(c[0]));
        table["List.Clear/0"] = (f, c) => Method(f.Lower(c.Receiver!), "clear");
        // double.Equals (List's equality) finds NaN; Python's == does not: floating-point lists use NaN-aware helpers.
        table["List.Contains/1"] = (f, c) => f.HasFloatingElements(c.Receiver!)
            ? new PyCompare(Call(f.Helper("_list_indexf"), f.Lower(c.Receiver!), f.Lower(c[0])), PyCompareOperator.GtE, Int(0))
            : new PyCompare(f.Lower(c[0]), PyCompareOperator.In, f.Lower(c.Receiver!));
        table["List.IndexOf/1"] = (f, c) => Call(f.Helper(f.HasFloatingElements(c.Receiver!) ? "_list_indexf" : "_list_index"), f.Lower(c.Receiver!), f.Lower(c[0]));
        table["List.Insert/2"] = (f, c) => Call(f.Helper("_list_insert"), f.Lower(c.Receiver!), f.Lower(c[0]), f.LowerStored(c[1], ElementType(c.Receiver!.Type)));
        table["List.RemoveAt/1"] = (f, c) => f.IndexInto(c.Receiver!, f.Lower(c.Receiver!), c[0]) is var (list, index) ? Method(list, "pop", index) : null;
        table["List.Remove/1"] = (f, c) => Call(f.Helper(f.HasFloatingElements(c.Receiver!) ? "_list_removef" : "_list_remove"), f.Lower(c.Receiver!), f.Lower(c[0]));
        table["List.Reverse/0"] = (f, c) => Method(f.Lower(c.Receiver!), "reverse");
        table["List.Sort/0"] = (f, c) => f.SortInPlace(c);
        table["List.ToArray/0"] = (f, c) => Call(new PyName(ElementType(c.Receiver!.Type)?.SpecialType == SpecialType.System_Byte ? "bytearray" : "list"), f.CopiedElements(c.Receiver!));

        table["Dictionary.Count/0"] = (f, c) => f.IsInsertionOrdered
            ? new PyBinOp(Call(new PyName("len"), f.Lower(c.Receiver!)), PyBinaryOperator.Sub, Int(1))
            : Call(new PyName("len"), f.Lower(c.Receiver!));
        table["Dictionary.this[]/1"] = (f, c) => f.DictionaryRead(c.Receiver!, c[0]);
        table["Dictionary.ContainsKey/1"] = (f, c) => new PyCompare(f.DictionaryKey(c[0]), PyCompareOperator.In, f.Lower(c.Receiver!));
        table["Dictionary.ContainsValue/1"] = (f, c) => KindOf(c[0]).IsFloating()
            ? new PyCompare(Call(f.Helper("_list_indexf"), Call(new PyName("list"), f.DictionaryValues(c.Receiver!)), f.Lower(c[0])), PyCompareOperator.GtE, Int(0))
            : new PyCompare(f.Lower(c[0]), PyCompareOperator.In, f.DictionaryValues(c.Receiver!));
        table["Dictionary.Add/2"] = (f, c) => Call(f.Helper("_dict_add"), f.Lower(c.Receiver!), f.DictionaryKey(c[0]), f.LowerStored(c[1], c[1].Type));
        table["Dictionary.Remove/1"] = (f, c) => Method(f.Lower(c.Receiver!), "remove", f.DictionaryKey(c[0]));
        table["Dictionary.Clear/0"] = (f, c) => f.IsInsertionOrdered ? Call(f.Helper("_odict_clear"), f.Lower(c.Receiver!)) : Method(f.Lower(c.Receiver!), "clear");
        table["Dictionary.Keys/0"] = (f, c) => Call(new PyName("list"), f.DictionaryKeys(c.Receiver!));
        table["Dictionary.Values/0"] = (f, c) => Call(new PyName("list"), f.DictionaryValues(c.Receiver!));
        table["CollectionExtensions.GetValueOrDefault/2"] = (f, c) => Method(f.Lower(c[0]), "get", f.DictionaryKey(c[1]), f.DefaultValue(((IInvocationOperation)c.Operation).TargetMethod.ReturnType, c.Operation.Syntax));
        table["CollectionExtensions.GetValueOrDefault/3"] = (f, c) => Method(f.Lower(c[0]), "get", f.DictionaryKey(c[1]), f.Lower(c[2]));
        table["KeyValuePair.Key/0"] = (f, c) => new PySubscript(f.Lower(c.Receiver!), Int(0));
        table["KeyValuePair.Value/0"] = (f, c) => new PySubscript(f.Lower(c.Receiver!), Int(1));

        table["StringBuilder.Append/1"] = (f, c) => f.StringBuilderAppend(c, newline: false);
        table["StringBuilder.AppendLine/1"] = (f, c) => f.StringBuilderAppend(c, newline: true);
        table["StringBuilder.AppendLine/0"] = (f, c) => f.StringBuilderAppend(c, newline: true);
        table["StringBuilder.AppendFormat/-1"] = (f, c) => c[0].Type?.SpecialType == SpecialType.System_String
            ? Call(f.Helper("_sb_append"), f.Lower(c.Receiver!), f.CompositeFormat(c.Operation, c[0], c.Arguments.Skip(1).ToList()))
            : null;
        table["StringBuilder.ToString/0"] = (f, c) => Method(Str(""), "join", f.Lower(c.Receiver!));
        table["StringBuilder.Length/0"] = (f, c) => Call(new PyName("len"), Method(Str(""), "join", f.Lower(c.Receiver!)));
        table["StringBuilder.Clear/0"] = (f, c) => Call(f.Helper("_sb_clear"), f.Lower(c.Receiver!));
        table["StringBuilder.Append/2"] = (f, c) => KindOf(c[0]) == ValueKind.Char && KindOf(c[1]) == ValueKind.Int32
            ? Call(f.Helper("_sb_append"), f.Lower(c.Receiver!), Call(f.Helper("_repeat"), f.Lower(c[0]), f.Lower(c[1]))) : null;
        table["StringBuilder.Insert/2"] = (f, c) => Call(f.Helper("_sb_insert"), f.Lower(c.Receiver!), f.Lower(c[0]), KindOf(c[1]) == ValueKind.Char ? f.Lower(c[1]) : f.Stringify(c[1]));
        table["StringBuilder.Remove/2"] = (f, c) => Call(f.Helper("_sb_remove"), f.Lower(c.Receiver!), f.Lower(c[0]), f.Lower(c[1]));
        table["StringBuilder.Replace/2"] = (f, c) => KindOf(c[0]) is ValueKind.String or ValueKind.Char
            ? Call(f.Helper("_sb_replace"), f.Lower(c.Receiver!), f.Lower(c[0]), f.Lower(c[1])) : null;
        table["StringBuilder.this[]/1"] = (f, c) => new PySubscript(Method(Str(""), "join", f.Lower(c.Receiver!)), f.CheckedIndex(c[0], c.Receiver!));
    }

    /// <summary>
    /// A dictionary key. .NET finds a NaN key again (double.Equals(NaN, NaN)); Python's dict only by identity, so
    /// floating-point keys pass through _fkey, which maps every NaN to one NaN object.
    /// </summary>
    private PyExpr DictionaryKey(IOperation key) =>
        KindOf(key).IsFloating() ? Call(Helper("_fkey"), Lower(key)) : Lower(key);

    /// <summary>
    /// d[key]. A missing key raises KeyError(key), and a catch clause prints it into .NET's message with str(). Where a
    /// catch clause can see that message, a key that str() prints otherwise than .NET (a floating-point number, an
    /// enum value, an object) is looked up by _dget, which raises KeyError with the key as .NET prints it.
    /// </summary>
    private PyExpr DictionaryRead(IOperation dictionary, IOperation key)
    {
        var kind = KindOf(key);
        if (kind is ValueKind.String or ValueKind.Char or ValueKind.Bool || kind.IsInteger() && key.Type?.TypeKind != TypeKind.Enum || !_context.ExceptionReach.MissingKeysSeen)
            return new PySubscript(Lower(dictionary), DictionaryKey(key));
        PyExpr text = kind == ValueKind.Single ? Helper("_str_single")
            : kind == ValueKind.Double ? Helper("_str_double")
            : new PyLambda(new[] { "k" }, StringifyValue(new PyName("k"), key.Type, key));
        return Call(Helper("_dget"), Lower(dictionary), DictionaryKey(key), text);
    }

    private bool HasFloatingElements(IOperation collection) => ValueKinds.Of(ElementType(collection.Type)).IsFloating();

    private bool IsInsertionOrdered => _context.DictionaryShape == DictionaryShape.InsertionOrdered;

    /// <summary>An empty dictionary (or HashSet) of the program's shape.</summary>
    private PyExpr NewDictionary() => _context.DictionaryShape switch
    {
        DictionaryShape.Slotted => Call(Helper("_NetDict")),
        DictionaryShape.InsertionOrdered => new PyDict(new[] { ((PyExpr)PyConst.None, (PyExpr)new PyList(Array.Empty<PyExpr>())) }),
        _ => new PyDict(Array.Empty<(PyExpr, PyExpr)>()),
    };

    /// <summary>The elements of a sequence for a new collection: a copy of each when they are mutable structs.</summary>
    private PyExpr CopiedElements(IOperation sequence)
    {
        var lowered = Elements(sequence);
        var elementType = ElementType(sequence.Type);
        if (!IsMutableStruct(elementType)) return lowered;
        var element = new PyName("_x");
        return new PyListComp(CopyOf(element, elementType), element, lowered);
    }

    /// <summary>The dictionary's keys in .NET's order, as an iterable.</summary>
    private PyExpr DictionaryKeys(IOperation dictionary) =>
        IsInsertionOrdered ? new PySubscript(Lower(dictionary), PyConst.None) : Lower(dictionary);

    /// <summary>The dictionary's values in .NET's order, as an iterable.</summary>
    private PyExpr DictionaryValues(IOperation dictionary) =>
        IsInsertionOrdered ? Call(Helper("_odict_values"), Lower(dictionary)) : Method(Lower(dictionary), "values");

    /// <summary>The dictionary's (key, value) pairs in .NET's order, as an iterable.</summary>
    private PyExpr DictionaryItems(IOperation dictionary) =>
        IsInsertionOrdered ? Call(Helper("_odict_items"), Lower(dictionary)) : Method(Lower(dictionary), "items");

    private static bool IsDictionaryType(ITypeSymbol? type) =>
        type is INamedTypeSymbol { Name: "Dictionary", Arity: 2 } named && named.ContainingNamespace.ToDisplayString() == "System.Collections.Generic";

    private PyExpr? SortInPlace(LibraryCall call)
    {
        var elementType = ElementType(call.Receiver!.Type);
        var elementKind = ValueKinds.Of(elementType);
        // The program's IComparable objects sort as .NET's introsort leaves them: equal elements in its order.
        if (IsUserType(elementType) && elementType!.AllInterfaces.Any(i => i.Name == "IComparable" && i.ContainingNamespace.ToDisplayString() == "System"))
            return Call(Helper("_net_sort"), Lower(call.Receiver!), Helper("_compare_to"));
        if (elementKind == ValueKind.String) return CultureSensitive(call);
        if (!elementKind.IsInteger() && elementKind != ValueKind.Char) return null; // doubles: .NET orders NaN first
        return Method(Lower(call.Receiver!), "sort");
    }

    /// <summary>sb.Append(x) used as a value: the part is x's ToString(); the value is the builder itself, so chains work.</summary>
    private PyExpr StringBuilderAppend(LibraryCall call, bool newline) =>
        Call(Helper("_sb_append"), Lower(call.Receiver!), AppendedText(call.Arguments, newline));

    private PyExpr AppendedText(IReadOnlyList<IOperation> arguments, bool newline)
    {
        PyExpr text = arguments.Count == 0 ? Str("") : KindOf(arguments[0]) == ValueKind.Char ? Lower(arguments[0]) : Stringify(arguments[0]);
        return newline ? ConcatenateStrings(new[] { text, Str("\n") }) : text;
    }

    private static bool IsBuilderAppend(IInvocationOperation invocation) =>
        invocation.TargetMethod.Name is "Append" or "AppendLine" && invocation.TargetMethod.ContainingType.Name == "StringBuilder"
        && invocation.Arguments.Length <= 1 && invocation.Instance is not null;

    /// <summary>`sb.Append(a).Append(b);` as a statement: plain `sb.append(...)` calls, no helper, one per link of the chain.</summary>
    private void LowerBuilderAppendStatement(IInvocationOperation append, List<PyStmt> output)
    {
        var root = append.Instance!;
        while (WithoutImplicitConversions(root) is IInvocationOperation link && IsBuilderAppend(link)) root = link.Instance!;
        if (WithoutImplicitConversions(root) is not (ILocalReferenceOperation or IParameterReferenceOperation or IFieldReferenceOperation))
        {
            output.Add(At(new PyExprStmt(Lower(append)), append)); // the chain's start has effects: evaluate it once, via the helper
            return;
        }
        var receiver = WithoutImplicitConversions(append.Instance!);
        PyExpr builder;
        if (receiver is IInvocationOperation inner && IsBuilderAppend(inner))
        {
            LowerBuilderAppendStatement(inner, output);
            builder = Lower(root);
        }
        else builder = Lower(receiver);
        var text = AppendedText(ArgumentsInParameterOrder(append.Arguments), append.TargetMethod.Name == "AppendLine");
        output.Add(At(new PyExprStmt(Method(builder, "append", text)), append));
    }

    private PyExpr LowerArrayElement(IArrayElementReferenceOperation element)
    {
        if (element.Indices.Length != 1) return Unsupported(element.Syntax, "A multi-dimensional array", "use an array of arrays (int[][]) instead");
        if (element.Indices[0] is IRangeOperation range) return LowerRange(element.ArrayReference, range, Sliced.Array);
        if (IsFromEnd(element.Indices[0])) return LowerFromEnd(element.ArrayReference, element.Indices[0], Sliced.Array);
        return new PySubscript(Lower(element.ArrayReference), CheckedIndex(element.Indices[0], element.ArrayReference));
    }

    private PyExpr LowerArrayCreation(IArrayCreationOperation creation)
    {
        if (creation.DimensionSizes.Length != 1) return Unsupported(creation.Syntax, "A multi-dimensional array", "use an array of arrays (int[][]) instead");
        var elementType = ((IArrayTypeSymbol)creation.Type!).ElementType;
        var isBytes = elementType.SpecialType == SpecialType.System_Byte;
        if (creation.Initializer is { } initializer)
            return ByteArrayIf(isBytes, new PyList(initializer.ElementValues.Select(v => LowerStored(v, elementType)).ToList()));
        var size = creation.DimensionSizes[0];
        var length = ValueRange(size).IsNonNegative ? Lower(size) : Call(Helper("_alen"), Lower(size));
        if (isBytes) return Call(new PyName("bytearray"), length);
        // Each element of a struct array (also a T[] where T can be a mutable struct) is a value of its own: not one object repeated.
        if (elementType is INamedTypeSymbol { TypeKind: TypeKind.Struct } && IsUserType(elementType) || elementType is ITypeParameterSymbol && IsMutableStruct(elementType))
            return new PyListComp(DefaultValue(elementType, creation.Syntax), new PyName("_"), Call(new PyName("range"), length));
        return new PyBinOp(new PyList(new[] { DefaultValue(elementType, creation.Syntax) }), PyBinaryOperator.Mult, length);
    }

    /// <summary>A byte[] is a bytearray on the device: a quarter of a list's memory, and the same indexing and iteration.</summary>
    private static PyExpr ByteArrayIf(bool isBytes, PyExpr elements) => isBytes ? Call(new PyName("bytearray"), elements) : elements;

    private PyExpr LowerCollectionExpression(ICollectionExpressionOperation collection)
    {
        var elementType = ElementType(collection.Type);
        if (elementType is null || !(collection.Type is IArrayTypeSymbol || IsListType(collection.Type)))
            return Unsupported(collection.Syntax, "This collection expression", "only arrays and List<T> can be built with [...] so far");
        // `[a, .. xs, b]`: runs of elements as lists, each spread as a list of its elements (struct elements copied),
        // added up left to right as C# evaluates them.
        var parts = new List<PyExpr>();
        var run = new List<PyExpr>();
        foreach (var element in collection.Elements)
        {
            if (element is ISpreadOperation spread)
            {
                if (!spread.ElementConversion.IsIdentity && spread.ElementConversion.Exists)
                    return Unsupported(element.Syntax, "A spread whose elements are converted", "spread a sequence of the collection's element type");
                if (run.Count > 0) parts.Add(new PyList(run));
                run = new List<PyExpr>();
                parts.Add(Call(new PyName("list"), CopiedElements(spread.Operand)));
                continue;
            }
            run.Add(LowerStored(element, elementType));
        }
        if (run.Count > 0 || parts.Count == 0) parts.Add(new PyList(run));
        var all = parts.Skip(1).Aggregate(parts[0], (sum, part) => new PyBinOp(sum, PyBinaryOperator.Add, part));
        return ByteArrayIf(collection.Type is IArrayTypeSymbol { ElementType.SpecialType: SpecialType.System_Byte }, all);
    }

    private PyExpr LowerObjectCreation(IObjectCreationOperation creation)
    {
        var type = creation.Type as INamedTypeSymbol;
        var arguments = ArgumentsInParameterOrder(creation.Arguments);
        if (IsListType(type))
        {
            var elementType = type!.TypeArguments[0];
            var start = arguments.Count == 1 && KindOf(arguments[0]) != ValueKind.Int32 ? Call(new PyName("list"), CopiedElements(arguments[0])) : (PyExpr)new PyList(Array.Empty<PyExpr>());
            if (creation.Initializer is null) return start;
            var items = new List<PyExpr>();
            foreach (var init in creation.Initializer.Initializers)
            {
                if (init is IInvocationOperation { TargetMethod.Name: "Add", Arguments: [var item] }) items.Add(LowerStored(item.Value, elementType));
                else return Unsupported(init.Syntax, "This list initializer", "use { a, b, c }");
            }
            return start is PyList ? new PyList(items) : new PyBinOp(start, PyBinaryOperator.Add, new PyList(items));
        }
        if (IsDictionaryType(type))
        {
            if (arguments.Count > 0 && KindOf(arguments[0]) != ValueKind.Int32) return Unsupported(creation.Syntax, "Copying a dictionary or passing a comparer", "create an empty dictionary and add the entries");
            if (creation.Initializer is null) return NewDictionary();
            var entries = new List<PyExpr>();
            foreach (var init in creation.Initializer.Initializers)
            {
                switch (init)
                {
                    case IInvocationOperation { TargetMethod.Name: "Add", Arguments: [var key, var value] }:
                        entries.Add(new PyTuple(new[] { DictionaryKey(key.Value), LowerStored(value.Value, value.Value.Type) }));
                        break;
                    case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Arguments: [var indexKey] }, Value: var indexValue }:
                        entries.Add(new PyTuple(new[] { DictionaryKey(indexKey.Value), LowerStored(indexValue, indexValue.Type) }));
                        break;
                    default:
                        return Unsupported(init.Syntax, "This dictionary initializer", "use { [key] = value } or { { key, value } }");
                }
            }
            // { {k, v} } throws on a duplicate key in .NET; [k] = v overwrites. Both keep first-insertion order.
            var hasAdd = creation.Initializer.Initializers.Any(i => i is IInvocationOperation);
            return Call(Helper(hasAdd ? "_dict_add_all" : "_dict_set_all"), NewDictionary(), new PyList(entries));
        }
        if (type is not null && LowerQueueStackSetCreation(creation, type, arguments) is { } queueStackSet) return queueStackSet;
        if (type?.Name == "StringBuilder" && type.ContainingNamespace.ToDisplayString() == "System.Text")
        {
            if (creation.Initializer is not null) return Unsupported(creation.Syntax, "An initializer on StringBuilder", "call Append");
            return arguments.Count == 1 && KindOf(arguments[0]) == ValueKind.String ? new PyList(new[] { Stringify(arguments[0]) }) : new PyList(Array.Empty<PyExpr>());
        }
        if (type?.SpecialType == SpecialType.System_String)
        {
            if (arguments.Count == 2 && KindOf(arguments[0]) == ValueKind.Char) return new PyBinOp(Lower(arguments[0]), PyBinaryOperator.Mult, Lower(arguments[1]));
            if (arguments.Count == 1 && arguments[0].Type is IArrayTypeSymbol) return Method(Str(""), "join", Lower(arguments[0]));
        }
        if (type is not null && IsUserType(type)) return LowerUserObjectCreation(creation, type);
        if (ExceptionTypes.IsException(type)) return LowerExceptionCreation(creation, type!);
        return UnsupportedMember(creation, (ISymbol?)creation.Constructor ?? creation.Type!, "McuSharp has no translation for it yet");
    }

    /// <summary>
    /// The elements of a collection in .NET's enumeration order, as a Python iterable (what `foreach` iterates, and
    /// string.Join and the collection constructors read): a dictionary yields its (key, value) pairs, a HashSet its
    /// items, a Stack its items from the top.
    /// </summary>
    private PyExpr Elements(IOperation collection)
    {
        collection = WithoutImplicitConversions(collection);
        if (IsDictionaryType(collection.Type)) return DictionaryItems(collection);
        if (IsHashSetType(collection.Type)) return DictionaryKeys(collection);
        if (IsCollectionType(collection.Type, "Stack")) return Call(new PyName("reversed"), Lower(collection));
        if (collection is IPropertyReferenceOperation { Property.Name: "Keys", Instance: { } keysOf } && IsDictionaryType(keysOf.Type)) return DictionaryKeys(keysOf);
        if (collection is IPropertyReferenceOperation { Property.Name: "Values", Instance: { } valuesOf } && IsDictionaryType(valuesOf.Type)) return DictionaryValues(valuesOf);
        return Lower(collection);
    }

    /// <summary>
    /// An index into <paramref name="collection"/> for a C# indexer: Python would read a negative index from the end,
    /// C# throws. Unless the range analysis proves it non-negative, the index is tested inline (`i if i &gt;= 0 else
    /// _oob()`, far cheaper than a call). `xs[xs.Count - 1]` needs no test: it is -1 only when xs is empty, and
    /// then Python throws too.
    /// </summary>
    /// <param name="loweredIndex">The index's value when the caller has lowered it already (an assignment evaluates it
    /// before the value, and tests it at the store, after the value, as C# does).</param>
    private PyExpr CheckedIndex(IOperation index, IOperation collection, PyExpr? loweredIndex = null)
    {
        var lowered = loweredIndex ?? Lower(index);
        if (ValueRange(index).IsNonNegative || IsLastIndexOf(index, collection)) return lowered;
        var oob = Call(Helper("_oob"));
        if (lowered is PyName name) return new PyIfExp(new PyCompare(name, PyCompareOperator.GtE, Int(0)), name, oob);
        var temp = NewTemp();
        return new PyIfExp(new PyCompare(new PyNamedExpr(temp, lowered), PyCompareOperator.GtE, Int(0)), temp, oob);
    }

    /// <summary>
    /// The collection and index of a List element access. Where a catch clause can tell the List's
    /// ArgumentOutOfRangeException from an array's IndexOutOfRangeException (see ExceptionReach.cs), the index is
    /// tested against the length too (`i if 0 &lt;= i &lt; len(xs) else _lrange()`); elsewhere as in <see cref="CheckedIndex"/>.
    /// </summary>
    private (PyExpr List, PyExpr Index) IndexInto(IOperation list, PyExpr lowered, IOperation index, PyExpr? loweredIndex = null)
    {
        if (!ListIndexErrorsSeen) return (lowered, CheckedIndex(index, list, loweredIndex));
        var target = lowered;
        if (lowered is not PyName)
        {
            var temp = NewTemp();
            target = new PyNamedExpr(temp, lowered);
            lowered = temp;
        }
        var value = loweredIndex ?? Lower(index);
        var tested = value is PyName or PyConst ? value : new PyNamedExpr(NewTemp(), value);
        var used = tested is PyNamedExpr named ? named.Target : value;
        var length = Call(new PyName("len"), lowered);
        PyExpr inRange = ValueRange(index).IsNonNegative
            ? new PyCompare(tested, PyCompareOperator.Lt, length)
            : new PyCompare(Int(0), new[] { PyCompareOperator.LtE, PyCompareOperator.Lt }, new[] { tested, length });
        return (target, new PyIfExp(inRange, used, Call(Helper("_lrange"))));
    }

    /// <summary>`xs.Count - 1` or `xs.Length - 1` of the indexed variable itself.</summary>
    private static bool IsLastIndexOf(IOperation index, IOperation collection) =>
        WithoutImplicitConversions(index) is IBinaryOperation { OperatorKind: BinaryOperatorKind.Subtract, RightOperand.ConstantValue: { HasValue: true, Value: 1 }, LeftOperand: IPropertyReferenceOperation { Property.Name: "Count" or "Length", Instance: { } counted } }
        && ReferencedSymbol(WithoutImplicitConversions(counted)) is { } symbol
        && SymbolEqualityComparer.Default.Equals(symbol, ReferencedSymbol(WithoutImplicitConversions(collection)));
}
