using System.Numerics;
using McuSharp.Compiler.Python;

namespace McuSharp.Compiler.Lowering;

/// <summary>
/// Neighbouring statements of a lowered function that repeat each other's work, written once:
/// <list type="bullet">
/// <item>`a = 0` then `b = 0` becomes `a = b = 0` where the value is the same immutable constant (Python binds one
/// object to each name, left to right, as the two statements do).</item>
/// <item>`_t0 = a[i]`, stores into flattened attributes of `_t0`, then `_t1 = a[i]` (C#'s `a[i].P = ..; a[i].V = ..;`):
/// the second temporary is the first. Nothing in between can rebind a or i or put another object into a[i]: the
/// stores' values are names, constants and arithmetic (no call but the wrap helpers, whose code is the runtime's), and
/// a flattened attribute is a plain attribute of every object that has it, never a property running code.</item>
/// </list>
/// </summary>
internal static class AdjacentStatements
{
    /// <param name="temporaries">The names the lowering made up (each bound once where it is made).</param>
    /// <param name="plainAttributes">Attribute names no code runs behind (flattened fields).</param>
    public static List<PyStmt> Merge(List<PyStmt> body, IReadOnlySet<string> temporaries, IReadOnlySet<string> plainAttributes)
    {
        var bindings = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var statement in body)
        {
            PyNameRewriter.VisitNamedExpressions(statement, n => bindings[n.Id] = bindings.GetValueOrDefault(n.Id) + 1);
            CountBindings(statement, bindings);
        }
        var renames = new Dictionary<string, string>(StringComparer.Ordinal);
        bool IsSingleTemporary(string name) => temporaries.Contains(name) && bindings.GetValueOrDefault(name) == 1;
        var merged = Block(body, IsSingleTemporary, plainAttributes, renames);
        if (renames.Count == 0) return merged;
        return merged.Select(s => PyNameRewriter.Rewrite(s, n => renames.TryGetValue(n.Id, out var kept) ? new PyName(kept) : n)).ToList();
    }

    /// <summary>`a = b = c`: runs of assignments of one constant to one name each, joined (class bodies use it too).</summary>
    public static List<PyStmt> JoinConstantAssignments(IReadOnlyList<PyStmt> statements)
    {
        var result = new List<PyStmt>(statements.Count);
        foreach (var statement in statements)
        {
            if (result.Count > 0 && result[^1] is PyAssign { Value: PyConst shared } previous && previous.Targets.All(t => t is PyName)
                && statement is PyAssign { Targets: [PyName name], Value: PyConst value } && SameImmutableConstant(shared, value)
                && !previous.Targets.Any(t => ((PyName)t).Id == name.Id))
            {
                result[^1] = previous with { Targets = previous.Targets.Append(name).ToList() };
                continue;
            }
            result.Add(statement);
        }
        return result;
    }

    /// <summary>Integers, booleans, strings and None: values Python never changes in place (floats are left alone: 0.0 and -0.0 are equal in .NET).</summary>
    private static bool SameImmutableConstant(PyConst a, PyConst b) => (a.Value, b.Value) switch
    {
        (null, null) => true,
        (bool x, bool y) => x == y,
        (string x, string y) => x == y,
        (var x, var y) when AsInteger(x) is { } i && AsInteger(y) is { } j => i == j,
        _ => false,
    };

    private static BigInteger? AsInteger(object? value) => value switch
    {
        BigInteger b => b,
        long l => l,
        int i => i,
        ulong u => u,
        _ => null,
    };

    private static List<PyStmt> Block(IReadOnlyList<PyStmt> statements, Func<string, bool> isSingleTemporary, IReadOnlySet<string> plainAttributes, Dictionary<string, string> renames)
    {
        var result = new List<PyStmt>(statements.Count);
        // The element temporary the statements so far keep valid: its name and the element it holds.
        (string Name, PySubscript Element)? held = null;
        foreach (var statement in statements)
        {
            if (statement is PyAssign { Targets: [PyName temporary], Value: PySubscript { Target: PyName, Index: PyName or PyConst } element } && isSingleTemporary(temporary.Id))
            {
                if (held is { } h && SameElement(h.Element, element))
                {
                    renames[temporary.Id] = h.Name;
                    continue;
                }
                held = (temporary.Id, element);
                result.Add(statement);
                continue;
            }
            if (held is { } current && !StoresOnlyInto(statement, current.Name, renames, current.Element, plainAttributes)) held = null;
            result.Add(statement switch
            {
                PyIf s => s with { Body = Block(s.Body, isSingleTemporary, plainAttributes, renames), OrElse = Block(s.OrElse, isSingleTemporary, plainAttributes, renames) },
                PyWhile s => s with { Body = Block(s.Body, isSingleTemporary, plainAttributes, renames) },
                PyFor s => s with { Body = Block(s.Body, isSingleTemporary, plainAttributes, renames) },
                PyTry s => s with
                {
                    Body = Block(s.Body, isSingleTemporary, plainAttributes, renames),
                    Handlers = s.Handlers.Select(h => h with { Body = Block(h.Body, isSingleTemporary, plainAttributes, renames) }).ToList(),
                    OrElse = Block(s.OrElse, isSingleTemporary, plainAttributes, renames),
                    Finally = Block(s.Finally, isSingleTemporary, plainAttributes, renames),
                },
                var other => other,
            });
        }
        return JoinConstantAssignments(result);
    }

    /// <summary>`a[i]` and `a[i]` (nodes compare their origins too).</summary>
    private static bool SameElement(PySubscript a, PySubscript b) =>
        ((PyName)a.Target).Id == ((PyName)b.Target).Id && (a.Index, b.Index) switch
        {
            (PyName x, PyName y) => x.Id == y.Id,
            (PyConst x, PyConst y) => SameImmutableConstant(x, y),
            _ => false,
        };

    /// <summary>
    /// Whether <paramref name="statement"/> only stores harmless values into plain attributes of the held temporary
    /// (or of a temporary renamed to it), binding none of the names its element is read by.
    /// </summary>
    private static bool StoresOnlyInto(PyStmt statement, string holder, Dictionary<string, string> renames, PySubscript element, IReadOnlySet<string> plainAttributes)
    {
        if (statement is not PyAssign { Targets: [var target], Value: var value }) return false;
        var stores = target is PyTuple tuple ? tuple.Elements : new[] { target };
        foreach (var store in stores)
            if (store is not PyAttribute { Target: PyName owner, Name: var name } || !plainAttributes.Contains(name)
                || (renames.TryGetValue(owner.Id, out var kept) ? kept : owner.Id) != holder) return false;
        var elementNames = PyNameRewriter.NamesUsed(element);
        return IsHarmless(value, elementNames);
    }

    /// <summary>Names, constants, arithmetic, comparisons and choices, wrap helper calls, and `:=` to names other than <paramref name="kept"/>.</summary>
    private static bool IsHarmless(PyExpr value, HashSet<string> kept) => value switch
    {
        PyName or PyConst => true,
        PyBinOp b => IsHarmless(b.Left, kept) && IsHarmless(b.Right, kept),
        PyUnaryOp u => IsHarmless(u.Operand, kept),
        PyCompare c => IsHarmless(c.Left, kept) && c.Comparators.All(x => IsHarmless(x, kept)),
        PyBoolOp b => b.Values.All(x => IsHarmless(x, kept)),
        PyIfExp i => IsHarmless(i.Test, kept) && IsHarmless(i.Body, kept) && IsHarmless(i.OrElse, kept),
        PyTuple t => t.Elements.All(x => IsHarmless(x, kept)),
        PyNamedExpr n => !kept.Contains(n.Target.Id) && IsHarmless(n.Value, kept),
        PyCall { Function: PyName { Id: var helper }, Args: [var argument], Keywords: null or { Count: 0 } } => WrapHelpers.IsHelper(helper) && IsHarmless(argument, kept),
        _ => false,
    };

    /// <summary>Counts the statements that bind each name: assignment targets, loop variables, handler and definition names (`:=` is counted apart).</summary>
    private static void CountBindings(PyStmt statement, Dictionary<string, int> bindings)
    {
        void Bind(string name) => bindings[name] = bindings.GetValueOrDefault(name) + 1;
        void BindTarget(PyExpr target)
        {
            if (target is PyName name) Bind(name.Id);
            else if (target is PyTuple or PyList) foreach (var element in target is PyTuple t ? t.Elements : ((PyList)target).Elements) BindTarget(element);
        }
        switch (statement)
        {
            case PyAssign s: foreach (var target in s.Targets) BindTarget(target); break;
            case PyAugAssign s: BindTarget(s.Target); break;
            case PyFor s: BindTarget(s.Target); foreach (var inner in s.Body) CountBindings(inner, bindings); break;
            case PyIf s: foreach (var inner in s.Body.Concat(s.OrElse)) CountBindings(inner, bindings); break;
            case PyWhile s: foreach (var inner in s.Body) CountBindings(inner, bindings); break;
            case PyTry s:
                foreach (var handler in s.Handlers)
                {
                    if (handler.Name is { } caught) Bind(caught);
                    foreach (var inner in handler.Body) CountBindings(inner, bindings);
                }
                foreach (var inner in s.Body.Concat(s.OrElse).Concat(s.Finally)) CountBindings(inner, bindings);
                break;
            case PyFunctionDef s: Bind(s.Name); foreach (var inner in s.Body) CountBindings(inner, bindings); break;
            case PyClassDef s: Bind(s.Name); break;
        }
    }
}
