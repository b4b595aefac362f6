using McuSharp.Compiler.Python;

namespace McuSharp.Compiler.Lowering;

/// <summary>
/// `x = []` followed by `for v in items: x.append(e)` becomes `x = [e for v in items]`: one list built by the VM, no
/// method lookup and call per element, and fewer bytes. Python runs both the same way (items once, then e per item,
/// in order) but for three things, each ruled out:
/// <list type="bullet">
/// <item>An exception while building leaves the partial list in x, where the comprehension leaves x as it was. So
/// the pair must not stand inside a try statement of the function: the exception then ends the function, and x, a
/// plain local (no global, no nested function sees it), goes with it.</item>
/// <item>The comprehension's variable is its own, so v must not be used anywhere else in the function (but by other
/// loops that bind it first).</item>
/// <item>The comprehension is a nested function: `:=` would bind there, a lambda would capture there, and a local of
/// the function it reads would become a closure cell (slower everywhere in the function), so e reads none of those.</item>
/// </list>
/// </summary>
internal static class ListComprehensions
{
    /// <summary>The body of function <paramref name="parameters"/> with such pairs fused.</summary>
    public static List<PyStmt> Fuse(List<PyStmt> body, IEnumerable<PyParameter> parameters)
    {
        var locals = new HashSet<string>(parameters.Select(p => p.Name), StringComparer.Ordinal);
        var shared = new HashSet<string>(StringComparer.Ordinal); // names of other scopes: globals, nonlocals, nested functions' names
        Scan(body, locals, shared);
        return Block(body, body, locals, shared);
    }

    private static List<PyStmt> Block(IReadOnlyList<PyStmt> statements, List<PyStmt> function, HashSet<string> locals, HashSet<string> shared)
    {
        var result = new List<PyStmt>(statements.Count);
        for (var i = 0; i < statements.Count; i++)
        {
            if (i + 1 < statements.Count && Fused(statements[i], statements[i + 1], function, locals, shared) is { } fused)
            {
                result.Add(fused);
                i++;
                continue;
            }
            result.Add(statements[i] switch
            {
                PyIf s => s with { Body = Block(s.Body, function, locals, shared), OrElse = Block(s.OrElse, function, locals, shared) },
                PyWhile s => s with { Body = Block(s.Body, function, locals, shared) },
                PyFor s => s with { Body = Block(s.Body, function, locals, shared) },
                var other => other, // not into try statements (see the summary) nor nested definitions
            });
        }
        return result;
    }

    private static PyStmt? Fused(PyStmt first, PyStmt second, List<PyStmt> function, HashSet<string> locals, HashSet<string> shared)
    {
        if (first is not PyAssign { Targets: [PyName list], Value: PyList { Elements.Count: 0 } } start || shared.Contains(list.Id)
            || second is not PyFor { Body: [PyExprStmt { Value: PyCall { Function: PyAttribute { Target: PyName receiver, Name: "append" }, Args: [var element], Keywords: null or { Count: 0 } } }] } loop
            || receiver.Id != list.Id)
            return null;
        var loopNames = PyNameRewriter.NamesUsed(loop.Target);
        var elementNames = PyNameRewriter.NamesUsed(element);
        if (loopNames.Contains(list.Id) || loopNames.Any(shared.Contains) || elementNames.Contains(list.Id) || HasNestedScope(element)
            || PyNameRewriter.NamesUsed(loop.Iterable).Contains(list.Id)
            || elementNames.Any(n => locals.Contains(n) && !loopNames.Contains(n)))
            return null;
        // The loop's variables appear nowhere else in the function, but as other loops' own variables (C# scopes a
        // foreach or for variable to its loop, and a later one of the same name is a new variable).
        bool OtherLoopOfItsOwn(PyStmt s) => s is PyFor other && !Holds(other, second)
            && PyNameRewriter.NamesUsed(other.Target).SetEquals(loopNames);
        var elsewhere = PyNameRewriter.NamesUsed(Without(function, s => ReferenceEquals(s, second) || OtherLoopOfItsOwn(s)));
        if (loopNames.Any(elsewhere.Contains)) return null;
        return start with { Value = new PyListComp(element, loop.Target, loop.Iterable) { Origin = loop.Origin } };
    }

    /// <summary>The statements without those <paramref name="removed"/> picks, wherever they are nested.</summary>
    private static List<PyStmt> Without(IEnumerable<PyStmt> statements, Func<PyStmt, bool> removed) =>
        statements.Where(s => !removed(s)).Select(s => s switch
        {
            PyIf x => x with { Body = Without(x.Body, removed), OrElse = Without(x.OrElse, removed) },
            PyWhile x => x with { Body = Without(x.Body, removed) },
            PyFor x => x with { Body = Without(x.Body, removed) },
            PyTry x => x with
            {
                Body = Without(x.Body, removed), OrElse = Without(x.OrElse, removed), Finally = Without(x.Finally, removed),
                Handlers = x.Handlers.Select(h => h with { Body = Without(h.Body, removed) }).ToList(),
            },
            var other => other,
        }).ToList();

    /// <summary>Whether <paramref name="inner"/> is <paramref name="outer"/> or nested in it.</summary>
    private static bool Holds(PyStmt outer, PyStmt inner) => ReferenceEquals(outer, inner) || outer switch
    {
        PyIf x => x.Body.Concat(x.OrElse).Any(s => Holds(s, inner)),
        PyWhile x => x.Body.Any(s => Holds(s, inner)),
        PyFor x => x.Body.Any(s => Holds(s, inner)),
        PyTry x => x.Body.Concat(x.OrElse).Concat(x.Finally).Concat(x.Handlers.SelectMany(h => h.Body)).Any(s => Holds(s, inner)),
        _ => false,
    };

    private static bool HasNestedScope(PyExpr expression)
    {
        var found = false;
        PyNameRewriter.RewriteExpressions(new PyExprStmt(expression), e => { found |= e is PyLambda or PyNamedExpr or PyListComp; return null; });
        return found;
    }

    /// <summary>Collects the names the function binds (its locals) and those another scope shares.</summary>
    private static void Scan(IEnumerable<PyStmt> statements, HashSet<string> locals, HashSet<string> shared)
    {
        foreach (var statement in statements)
        {
            switch (statement)
            {
                case PyAssign s: foreach (var t in s.Targets) Bind(t, locals); break;
                case PyAugAssign s: Bind(s.Target, locals); break;
                case PyFor s: Bind(s.Target, locals); Scan(s.Body, locals, shared); break;
                case PyWhile s: Scan(s.Body, locals, shared); break;
                case PyIf s: Scan(s.Body, locals, shared); Scan(s.OrElse, locals, shared); break;
                case PyTry s:
                    Scan(s.Body.Concat(s.OrElse).Concat(s.Finally), locals, shared);
                    foreach (var handler in s.Handlers)
                    {
                        if (handler.Name is { } name) locals.Add(name);
                        Scan(handler.Body, locals, shared);
                    }
                    break;
                case PyGlobal s: shared.UnionWith(s.Names); break;
                case PyNonlocal s: shared.UnionWith(s.Names); break;
                case PyFunctionDef or PyClassDef or PyVerbatim:
                    // Whatever a nested definition (or verbatim Python) mentions may be a cell or a global.
                    shared.UnionWith(PyNameRewriter.NamesUsed(new[] { statement }));
                    if (statement is PyFunctionDef f) locals.Add(f.Name);
                    if (statement is PyClassDef c) locals.Add(c.Name);
                    break;
            }
            PyNameRewriter.VisitNamedExpressions(statement, n => locals.Add(n.Id));
            PyNameRewriter.RewriteExpressions(statement, e =>
            {
                if (e is PyLambda) shared.UnionWith(PyNameRewriter.NamesUsed(e));
                return null;
            });
        }
    }

    private static void Bind(PyExpr target, HashSet<string> locals)
    {
        if (target is PyName name) locals.Add(name.Id);
        else if (target is PyTuple or PyList) locals.UnionWith(PyNameRewriter.NamesUsed(target));
    }
}
