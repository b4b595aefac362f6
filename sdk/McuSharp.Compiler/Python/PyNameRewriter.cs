namespace McuSharp.Compiler.Python;

/// <summary>
/// Rewrites every name read or written in a Python AST (for the module split: a global of another module becomes
/// `module.name`). Names bound by definitions (def, class, parameters, :=, global) are not visited; the callback
/// decides per name, and returns the name itself to leave it.
/// </summary>
public static class PyNameRewriter
{
    public static PyStmt Rewrite(PyStmt statement, Func<PyName, PyExpr> rename) => new Walker(rename).Statement(statement);

    /// <summary>
    /// Rewrites expressions bottom-up: <paramref name="replace"/> sees each expression after its parts were rewritten and
    /// returns its replacement, or null to keep it.
    /// </summary>
    public static PyStmt RewriteExpressions(PyStmt statement, Func<PyExpr, PyExpr?> replace) => new Walker(n => n, replace: replace).Statement(statement);

    /// <summary>Calls <paramref name="visit"/> with the target of every `:=` in the statement.</summary>
    public static void VisitNamedExpressions(PyStmt statement, Action<PyName> visit) =>
        new Walker(n => n, visit).Statement(statement);

    /// <summary>Every name the statements read or write.</summary>
    public static HashSet<string> NamesUsed(IEnumerable<PyStmt> statements)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var walker = new Walker(n => { names.Add(n.Id); return n; });
        foreach (var statement in statements) walker.Statement(statement);
        return names;
    }

    /// <summary>Every name the expression reads or writes.</summary>
    public static HashSet<string> NamesUsed(PyExpr expression) => NamesUsed(new PyStmt[] { new PyExprStmt(expression) });

    /// <summary>Every name and every attribute name (`x.name`) the statements read or write, in their nested code too.</summary>
    public static (HashSet<string> Names, HashSet<string> Attributes) NamesAndAttributesUsed(IEnumerable<PyStmt> statements)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var attributes = new HashSet<string>(StringComparer.Ordinal);
        var walker = new Walker(n => { names.Add(n.Id); return n; }, attribute: a => attributes.Add(a.Name));
        foreach (var statement in statements) walker.Statement(statement);
        return (names, attributes);
    }

    private sealed class Walker(Func<PyName, PyExpr> rename, Action<PyName>? namedExpression = null, Action<PyAttribute>? attribute = null, Func<PyExpr, PyExpr?>? replace = null)
    {
        // A `global` of names another module now holds goes (they are written as module.name); an emptied one too.
        private IReadOnlyList<PyStmt> Block(IReadOnlyList<PyStmt> body) =>
            body.Select(Statement).Where(s => s is not PyGlobal { Names.Count: 0 }).ToList();

        private IReadOnlyList<PyExpr> Exprs(IReadOnlyList<PyExpr> list) => list.Select(Expr).ToList();

        public PyStmt Statement(PyStmt s) => s switch
        {
            PyExprStmt x => x with { Value = Expr(x.Value) },
            PyAssign x => x with { Targets = Exprs(x.Targets), Value = Expr(x.Value) },
            PyAugAssign x => x with { Target = Expr(x.Target), Value = Expr(x.Value) },
            PyIf x => x with { Test = Expr(x.Test), Body = Block(x.Body), OrElse = Block(x.OrElse) },
            PyWhile x => x with { Test = Expr(x.Test), Body = Block(x.Body) },
            PyFor x => x with { Target = Expr(x.Target), Iterable = Expr(x.Iterable), Body = Block(x.Body) },
            PyReturn x => x with { Value = x.Value is null ? null : Expr(x.Value) },
            PyRaise x => x with { Exception = x.Exception is null ? null : Expr(x.Exception) },
            PyYield x => x with { Value = Expr(x.Value) },
            PyTry x => x with
            {
                Body = Block(x.Body),
                Handlers = x.Handlers.Select(h => h with { Type = h.Type is null ? null : Expr(h.Type), Body = Block(h.Body) }).ToList(),
                OrElse = Block(x.OrElse),
                Finally = Block(x.Finally),
            },
            PyFunctionDef x => x with
            {
                Parameters = x.Parameters.Select(p => p with { Default = p.Default is null ? null : Expr(p.Default) }).ToList(),
                Body = Block(x.Body),
                Decorators = x.Decorators is null ? null : Exprs(x.Decorators),
            },
            PyClassDef x => x with { Bases = Exprs(x.Bases), Body = Block(x.Body) },
            PyGlobal x => x with { Names = x.Names.Where(n => rename(new PyName(n)) is PyName).ToList() },
            _ => s,
        };

        private PyAttribute Attribute(PyAttribute x)
        {
            attribute?.Invoke(x);
            return x with { Target = Expr(x.Target) };
        }

        private PyNamedExpr NamedExpression(PyNamedExpr x)
        {
            namedExpression?.Invoke(x.Target);
            return x with { Value = Expr(x.Value) };
        }

        public PyExpr Expr(PyExpr e)
        {
            var rewritten = Parts(e);
            return replace?.Invoke(rewritten) ?? rewritten;
        }

        private PyExpr Parts(PyExpr e) => e switch
        {
            PyName n => rename(n),
            PyAttribute x => Attribute(x),
            PySubscript x => x with { Target = Expr(x.Target), Index = Expr(x.Index) },
            PySlice x => x with { Lower = x.Lower is null ? null : Expr(x.Lower), Upper = x.Upper is null ? null : Expr(x.Upper) },
            PyCall x => x with { Function = Expr(x.Function), Args = Exprs(x.Args), Keywords = x.Keywords?.Select(k => k with { Value = Expr(k.Value) }).ToList() },
            PyBinOp x => x with { Left = Expr(x.Left), Right = Expr(x.Right) },
            PyUnaryOp x => x with { Operand = Expr(x.Operand) },
            PyCompare x => x with { Left = Expr(x.Left), Comparators = Exprs(x.Comparators) },
            PyBoolOp x => x with { Values = Exprs(x.Values) },
            PyIfExp x => x with { Test = Expr(x.Test), Body = Expr(x.Body), OrElse = Expr(x.OrElse) },
            PyList x => x with { Elements = Exprs(x.Elements) },
            PyTuple x => x with { Elements = Exprs(x.Elements) },
            PyDict x => x with { Entries = x.Entries.Select(en => (Expr(en.Key), Expr(en.Value))).ToList() },
            PyLambda x => x with { Body = Expr(x.Body), Bound = x.Bound?.Select(p => p with { Default = p.Default is null ? null : Expr(p.Default) }).ToList() },
            PyNamedExpr x => NamedExpression(x),
            PyListComp x => x with { Element = Expr(x.Element), Iterable = Expr(x.Iterable), Condition = x.Condition is null ? null : Expr(x.Condition) },
            _ => e,
        };
    }
}
