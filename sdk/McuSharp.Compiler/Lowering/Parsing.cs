using McuSharp.Compiler.Python;

namespace McuSharp.Compiler.Lowering;

/// <summary>int.Parse and friends, and ToString() on numbers, bools and chars.</summary>
internal sealed partial class FunctionLowerer
{
    private static void AddParsingMembers(Dictionary<string, MemberLowering> table)
    {
        foreach (var typeName in new[] { "SByte", "Byte", "Int16", "UInt16", "Int32", "UInt32", "Int64", "UInt64" })
        {
            table[typeName + ".Parse/1"] = (f, c) =>
            {
                var range = KindOf(c.Operation).Range();
                return Call(f.Helper("_parse_int"), f.Lower(c[0]), Int(range.Lo), Int(range.Hi));
            };
            table[typeName + ".ToString/0"] = (f, c) => f.Stringify(c.Receiver!);
            table[typeName + ".ToString/1"] = (f, c) => f.FormatHole(c.Receiver!, (string?)c[0].ConstantValue.Value, null, c.Operation.Syntax);
        }
        table["Double.ToString/0"] = (f, c) => f.Stringify(c.Receiver!);
        table["Single.ToString/0"] = (f, c) => f.Stringify(c.Receiver!);
        table["Double.ToString/1"] = (f, c) => f.FormatHole(c.Receiver!, (string?)c[0].ConstantValue.Value, null, c.Operation.Syntax);
        table["Single.ToString/1"] = (f, c) => f.FormatHole(c.Receiver!, (string?)c[0].ConstantValue.Value, null, c.Operation.Syntax);
        table["Boolean.ToString/0"] = (f, c) => f.Stringify(c.Receiver!);
    }
}
