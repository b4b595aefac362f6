using McuSharp.Compiler.Python;
using Microsoft.CodeAnalysis;

namespace McuSharp.Compiler.Lowering;

/// <summary>
/// List&lt;T&gt; and Array methods that take a delegate: Sort with a Comparison (.NET's own introsort, `_net_sort`, so
/// that equal elements end where .NET leaves them), Find, FindLast, FindIndex, FindLastIndex, RemoveAll, Exists,
/// TrueForAll, ForEach, ConvertAll. Each calls the predicate on the elements in .NET's order, once each.
/// </summary>
internal sealed partial class FunctionLowerer
{
    private static void AddDelegateMethodMembers(Dictionary<string, MemberLowering> table)
    {
        // List methods: the receiver is the list; Array's are static with the array first.
        foreach (var (type, arity) in new[] { ("List", 1), ("Array", 2) })
        {
            table[$"{type}.Sort/{arity}"] = (f, c) => IsDelegate(c[^1]) ? Call(f.Helper("_net_sort"), f.Items(c), f.Lower(c[^1])) : null;
            table[$"{type}.Find/{arity}"] = (f, c) => Call(f.Helper("_lfind"), f.Items(c), f.Lower(c[^1]), f.DefaultValue(ElementType(f.ItemsOperation(c).Type), c.Operation.Syntax));
            table[$"{type}.FindLast/{arity}"] = (f, c) => Call(f.Helper("_lfindlast"), f.Items(c), f.Lower(c[^1]), f.DefaultValue(ElementType(f.ItemsOperation(c).Type), c.Operation.Syntax));
            table[$"{type}.FindIndex/{arity}"] = (f, c) => Call(f.Helper("_lfindindex"), f.Items(c), f.Lower(c[^1]));
            table[$"{type}.FindLastIndex/{arity}"] = (f, c) => Call(f.Helper("_lfindlastindex"), f.Items(c), f.Lower(c[^1]));
            table[$"{type}.Exists/{arity}"] = (f, c) => Call(new PyName("any"), Call(new PyName("map"), f.Lower(c[^1]), f.Items(c)));
            table[$"{type}.TrueForAll/{arity}"] = (f, c) => Call(new PyName("all"), Call(new PyName("map"), f.Lower(c[^1]), f.Items(c)));
            table[$"{type}.ForEach/{arity}"] = (f, c) => Call(f.Helper("_lforeach"), f.Items(c), f.Lower(c[^1]));
            table[$"{type}.ConvertAll/{arity}"] = (f, c) => Call(new PyName("list"), Call(new PyName("map"), f.Lower(c[^1]), f.Items(c)));
        }
        table["List.RemoveAll/1"] = (f, c) => Call(f.Helper("_lremoveall"), f.Lower(c.Receiver!), f.Lower(c[0]));
    }

    private static bool IsDelegate(IOperation operation) => operation.Type?.TypeKind == TypeKind.Delegate;

    /// <summary>The list (the receiver) or array (the first argument) a delegate method works on.</summary>
    private IOperation ItemsOperation(LibraryCall call) => call.Receiver ?? call[0];

    private PyExpr Items(LibraryCall call) => Lower(ItemsOperation(call));
}
