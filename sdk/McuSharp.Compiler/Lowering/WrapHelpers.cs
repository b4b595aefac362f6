using McuSharp.Compiler.Python;

namespace McuSharp.Compiler.Lowering;

/// <summary>
/// The rebuild of a 32- or 64-bit signed value that overflowed (`x - (x + 0x80000000 &gt;&gt; 32 &lt;&lt; 32)`) runs
/// only on the rare path of a wrap check, but is the longest part of it. Lowering writes it as a call of the runtime's
/// `_wrap32`/`_wrap64`; once the whole program is lowered, this phase keeps the call where the program has enough of
/// them to pay for the helper's definition, and writes the rebuild out in place where it has only one or two.
/// </summary>
internal static class WrapHelpers
{
    private static readonly Dictionary<string, ValueKind> Helpers = new(StringComparer.Ordinal)
    {
        ["_wrap32"] = ValueKind.Int32,
        ["_wrap64"] = ValueKind.Int64,
    };

    /// <summary>Whether <paramref name="name"/> is one of the wrap helpers (code of the runtime's, which changes nothing).</summary>
    public static bool IsHelper(string name) => Helpers.ContainsKey(name);

    // A call saves about 23 bytes over the rebuild written out; the helper's definition costs about 60.
    private const int CallsThatPayForTheHelper = 3;

    /// <summary>The fix-up of <paramref name="value"/> (a name or constant) that overflowed <paramref name="kind"/>.</summary>
    public static PyExpr Fix(PyExpr value, ValueKind kind)
    {
        var helper = Helpers.FirstOrDefault(h => h.Value == kind).Key;
        return helper is null ? FunctionLowerer.WrapArithmetic(value, kind) : new PyCall(new PyName(helper), new[] { value });
    }

    /// <summary>
    /// The C# value of a deferred field's read (see DeferredFields.cs): mostly in range, so the helper tests before it
    /// rebuilds; such a call always keeps the helper.
    /// </summary>
    public static PyExpr Read(PyExpr value, ValueKind kind) => new PyCall(new PyName(Helpers.First(h => h.Value == kind).Key), new[] { value });

    /// <summary>Keeps or writes out the calls <see cref="Fix"/> made, program-wide, and records the helpers kept.</summary>
    public static (List<Definition> Definitions, List<PyStmt> MainCode) Decide(ProgramContext context, List<Definition> definitions, List<PyStmt> mainCode)
    {
        var calls = new Dictionary<string, int>(StringComparer.Ordinal);
        PyExpr? Count(PyExpr e)
        {
            if (AsHelperCall(e) is { } name) calls[name] = calls.GetValueOrDefault(name) + (IsFix(e) ? 1 : CallsThatPayForTheHelper);
            return null;
        }
        foreach (var statement in definitions.Select(d => d.Statement).OfType<PyStmt>().Concat(mainCode)) PyNameRewriter.RewriteExpressions(statement, Count);
        foreach (var (name, count) in calls.Where(c => c.Value >= CallsThatPayForTheHelper)) context.Helper(name);
        PyExpr? WriteOut(PyExpr e) =>
            AsHelperCall(e) is { } name && calls[name] < CallsThatPayForTheHelper ? FunctionLowerer.WrapArithmetic(((PyCall)e).Args[0], Helpers[name]) : null;
        PyStmt Rewrite(PyStmt s) => PyNameRewriter.RewriteExpressions(s, WriteOut);
        return (definitions.Select(d => d.Statement is null ? d : d with { Statement = Rewrite(d.Statement) }).ToList(), mainCode.Select(Rewrite).ToList());
    }

    /// <summary>A call of <see cref="Fix"/>'s (of a name or constant), not of <see cref="Read"/>'s.</summary>
    private static bool IsFix(PyExpr call) => ((PyCall)call).Args[0] is PyName or PyConst;

    private static string? AsHelperCall(PyExpr e) =>
        e is PyCall { Function: PyName { Id: var id }, Args.Count: 1, Keywords: null } && Helpers.ContainsKey(id) ? id : null;
}
