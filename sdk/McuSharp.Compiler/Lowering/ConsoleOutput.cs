using McuSharp.Compiler.Python;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace McuSharp.Compiler.Lowering;

/// <summary>Console.WriteLine and Console.Write: print() with .NET's formatting of the value.</summary>
internal sealed partial class FunctionLowerer
{
    private static void AddConsoleMembers(Dictionary<string, MemberLowering> table)
    {
        table["Console.WriteLine/0"] = (f, c) => Call(new PyName("print"));
        table["Console.WriteLine/-1"] = (f, c) => f.Print(c, newline: true);
        table["Console.Write/-1"] = (f, c) => f.Print(c, newline: false);
    }

    private PyExpr Print(LibraryCall call, bool newline)
    {
        PyExpr text;
        if (call.Count == 1)
        {
            var value = WithoutImplicitConversions(call[0]);
            var kind = KindOf(value);
            // print() writes ints and bools exactly as .NET does; no str() needed.
            text = value.Type?.TypeKind != TypeKind.Enum && (kind.IsInteger() || kind == ValueKind.Bool) ? Lower(value)
                // WriteLine(char[]) writes the characters.
                : value.Type is IArrayTypeSymbol { ElementType.SpecialType: SpecialType.System_Char } ? Method(Str(""), "join", Lower(value))
                : Stringify(value);
        }
        else
        {
            text = CompositeFormat(call.Operation, call[0], call.Arguments.Skip(1).ToList());
        }
        return newline ? Call(new PyName("print"), text) : new PyCall(new PyName("print"), new[] { text }, new[] { new PyKeyword("end", Str("")) });
    }
}
