using McuSharp.Compiler.Python;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace McuSharp.Compiler.Lowering;

/// <summary>
/// Queue&lt;T&gt; and Stack&lt;T&gt; are Python lists (a queue's front is index 0, a stack's top the end, and a stack
/// enumerates from its top as .NET's does); HashSet&lt;T&gt; has the program's dictionary shape with its items as
/// keys (see <see cref="DictionaryShape"/>), so that it enumerates in .NET's order too. Taking from an empty queue
/// or stack throws InvalidOperationException with .NET's message.
/// </summary>
internal sealed partial class FunctionLowerer
{
    private static bool IsCollectionType(ITypeSymbol? type, string name) =>
        type is INamedTypeSymbol { Arity: 1 } named && named.Name == name && named.ContainingNamespace.ToDisplayString() == "System.Collections.Generic";

    private static bool IsHashSetType(ITypeSymbol? type) => IsCollectionType(type, "HashSet");

    private static void AddQueueStackSetMembers(Dictionary<string, MemberLowering> table)
    {
        foreach (var type in new[] { "Queue", "Stack" })
        {
            table[type + ".Count/0"] = (f, c) => Call(new PyName("len"), f.Lower(c.Receiver!));
            table[type + ".Clear/0"] = (f, c) => Method(f.Lower(c.Receiver!), "clear");
            table[type + ".Contains/1"] = (f, c) => new PyCompare(f.Lower(c[0]), PyCompareOperator.In, f.Lower(c.Receiver!));
        }
        table["Queue.Enqueue/1"] = (f, c) => Method(f.Lower(c.Receiver!), "append", f.LowerStored(c[0], ElementType(c.Receiver!.Type)));
        table["Queue.Dequeue/0"] = (f, c) => Call(f.Helper("_dequeue"), f.Lower(c.Receiver!));
        table["Queue.Peek/0"] = (f, c) => Call(f.Helper("_queue_peek"), f.Lower(c.Receiver!));
        table["Queue.ToArray/0"] = (f, c) => Call(new PyName("list"), f.CopiedElements(c.Receiver!));
        table["Stack.Push/1"] = (f, c) => Method(f.Lower(c.Receiver!), "append", f.LowerStored(c[0], ElementType(c.Receiver!.Type)));
        table["Stack.Pop/0"] = (f, c) => Call(f.Helper("_stack_pop"), f.Lower(c.Receiver!));
        table["Stack.Peek/0"] = (f, c) => Call(f.Helper("_stack_peek"), f.Lower(c.Receiver!));
        table["Stack.ToArray/0"] = (f, c) => Call(new PyName("list"), f.CopiedElements(c.Receiver!));

        table["HashSet.Count/0"] = (f, c) => f.IsInsertionOrdered
            ? new PyBinOp(Call(new PyName("len"), f.Lower(c.Receiver!)), PyBinaryOperator.Sub, Int(1))
            : Call(new PyName("len"), f.Lower(c.Receiver!));
        table["HashSet.Add/1"] = (f, c) => Call(f.Helper("_set_add"), f.Lower(c.Receiver!), f.DictionaryKey(c[0]));
        table["HashSet.Contains/1"] = (f, c) => new PyCompare(f.DictionaryKey(c[0]), PyCompareOperator.In, f.Lower(c.Receiver!));
        table["HashSet.Remove/1"] = (f, c) => Method(f.Lower(c.Receiver!), "remove", f.DictionaryKey(c[0]));
        table["HashSet.Clear/0"] = (f, c) => f.IsInsertionOrdered ? Call(f.Helper("_odict_clear"), f.Lower(c.Receiver!)) : Method(f.Lower(c.Receiver!), "clear");
        table["HashSet.UnionWith/1"] = (f, c) => Call(f.Helper("_set_add_all"), f.Lower(c.Receiver!), f.Elements(c[0]));
    }

    /// <summary>`new Queue&lt;T&gt;()`, `new Stack&lt;T&gt;(items)`, `new HashSet&lt;T&gt;(items)`; null for other types.</summary>
    private PyExpr? LowerQueueStackSetCreation(IObjectCreationOperation creation, INamedTypeSymbol type, IReadOnlyList<IOperation> arguments)
    {
        if (!IsCollectionType(type, "Queue") && !IsCollectionType(type, "Stack") && !IsHashSetType(type)) return null;
        var source = arguments.Count == 1 && KindOf(arguments[0]) != ValueKind.Int32 ? arguments[0] : null;
        if (creation.Initializer is { Initializers.Length: > 0 } && !IsHashSetType(type))
            return Unsupported(creation.Syntax, $"An initializer on {type.Name}", type.Name == "Queue" ? "call Enqueue" : "call Push");
        if (IsCollectionType(type, "Queue")) return source is null ? new PyList(Array.Empty<PyExpr>()) : Call(new PyName("list"), CopiedElements(source));
        if (IsCollectionType(type, "Stack")) return source is null ? new PyList(Array.Empty<PyExpr>()) : Call(new PyName("list"), CopiedElements(source));
        if (arguments.Count > 0 && source is null && arguments.Count != 1) return Unsupported(creation.Syntax, "A HashSet with a comparer", "compare with the elements' own Equals");
        var set = NewDictionary();
        var items = new List<PyExpr>();
        foreach (var init in creation.Initializer?.Initializers ?? System.Collections.Immutable.ImmutableArray<IOperation>.Empty)
        {
            if (init is IInvocationOperation { TargetMethod.Name: "Add", Arguments: [var item] }) items.Add(DictionaryKey(item.Value));
            else return Unsupported(init.Syntax, "This HashSet initializer", "use { a, b, c }");
        }
        if (source is not null) set = Call(Helper("_set_add_all"), set, Elements(source));
        return items.Count == 0 ? set : Call(Helper("_set_add_all"), set, new PyList(items));
    }
}
