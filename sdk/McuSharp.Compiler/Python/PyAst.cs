using System.Numerics;

namespace McuSharp.Compiler.Python;

/// <summary>Where a Python node came from in the C# sources (1-based line and column).</summary>
public readonly record struct SourceOrigin(string File, int Line, int Column)
{
    public override string ToString() => $"{File}({Line},{Column})";
}

/// <summary>The root of the Python syntax tree the lowering phase produces and the printer writes.</summary>
public abstract record PyNode
{
    public SourceOrigin? Origin { get; init; }
}

// ---- expressions ----

public abstract record PyExpr : PyNode;

public sealed record PyName(string Id) : PyExpr;

/// <summary>A literal: long/BigInteger, double, string, bool or null (None).</summary>
public sealed record PyConst(object? Value) : PyExpr
{
    public static readonly PyConst None = new((object?)null);
    public static readonly PyConst True = new(true);
    public static readonly PyConst False = new(false);
    public static PyConst Int(BigInteger value) => new(value);
    public static PyConst Str(string value) => new(value);
}

public sealed record PyAttribute(PyExpr Target, string Name) : PyExpr;

public sealed record PySubscript(PyExpr Target, PyExpr Index) : PyExpr;

/// <summary>`lower:upper` inside a subscript; either bound may be absent.</summary>
public sealed record PySlice(PyExpr? Lower, PyExpr? Upper) : PyExpr;

public sealed record PyKeyword(string Name, PyExpr Value);

public sealed record PyCall(PyExpr Function, IReadOnlyList<PyExpr> Args, IReadOnlyList<PyKeyword>? Keywords = null) : PyExpr
{
    public PyCall(PyExpr function, params PyExpr[] args) : this(function, (IReadOnlyList<PyExpr>)args) { }
}

public enum PyBinaryOperator { Add, Sub, Mult, Div, FloorDiv, Mod, Pow, LShift, RShift, BitOr, BitXor, BitAnd }

public sealed record PyBinOp(PyExpr Left, PyBinaryOperator Op, PyExpr Right) : PyExpr;

public enum PyUnaryOperator { Not, Neg, Pos, Invert }

public sealed record PyUnaryOp(PyUnaryOperator Op, PyExpr Operand) : PyExpr;

public enum PyCompareOperator { Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn }

/// <summary>A comparison chain: `a &lt; b &lt;= c` is Left=a, Ops=[Lt, LtE], Comparators=[b, c].</summary>
public sealed record PyCompare(PyExpr Left, IReadOnlyList<PyCompareOperator> Ops, IReadOnlyList<PyExpr> Comparators) : PyExpr
{
    public PyCompare(PyExpr left, PyCompareOperator op, PyExpr right) : this(left, new[] { op }, new[] { right }) { }
}

public enum PyBoolOperator { And, Or }

public sealed record PyBoolOp(PyBoolOperator Op, IReadOnlyList<PyExpr> Values) : PyExpr
{
    public PyBoolOp(PyBoolOperator op, PyExpr left, PyExpr right) : this(op, new[] { left, right }) { }
}

public sealed record PyIfExp(PyExpr Test, PyExpr Body, PyExpr OrElse) : PyExpr;

public sealed record PyList(IReadOnlyList<PyExpr> Elements) : PyExpr;

public sealed record PyTuple(IReadOnlyList<PyExpr> Elements) : PyExpr;

public sealed record PyDict(IReadOnlyList<(PyExpr Key, PyExpr Value)> Entries) : PyExpr;

public sealed record PyLambda(IReadOnlyList<string> Parameters, PyExpr Body) : PyExpr;

/// <summary>An assignment expression (`name := value`), used for C# assignments and ++/-- in expression position.</summary>
public sealed record PyNamedExpr(PyName Target, PyExpr Value) : PyExpr;

/// <summary>`element for target in iterable [if condition]` inside brackets.</summary>
public sealed record PyListComp(PyExpr Element, PyExpr Target, PyExpr Iterable, PyExpr? Condition = null) : PyExpr;

// ---- statements ----

public abstract record PyStmt : PyNode;

public sealed record PyExprStmt(PyExpr Value) : PyStmt;

public sealed record PyAssign(IReadOnlyList<PyExpr> Targets, PyExpr Value) : PyStmt
{
    public PyAssign(PyExpr target, PyExpr value) : this(new[] { target }, value) { }
}

public sealed record PyAugAssign(PyExpr Target, PyBinaryOperator Op, PyExpr Value) : PyStmt;

/// <summary>`if`/`elif`/`else`: an `else` holding a single `if` prints as `elif`.</summary>
public sealed record PyIf(PyExpr Test, IReadOnlyList<PyStmt> Body, IReadOnlyList<PyStmt> OrElse) : PyStmt
{
    /// <summary>Print `if test: statement` on one line (used for the overflow checks that follow an assignment).</summary>
    public bool OneLine { get; init; }
}

public sealed record PyWhile(PyExpr Test, IReadOnlyList<PyStmt> Body) : PyStmt;

public sealed record PyFor(PyExpr Target, PyExpr Iterable, IReadOnlyList<PyStmt> Body) : PyStmt;

public sealed record PyBreak : PyStmt;

public sealed record PyContinue : PyStmt;

public sealed record PyPass : PyStmt;

public sealed record PyReturn(PyExpr? Value) : PyStmt;

public sealed record PyRaise(PyExpr? Exception) : PyStmt;

/// <summary>`yield value`: the statement of a generator function.</summary>
public sealed record PyYield(PyExpr Value) : PyStmt;

public sealed record PyExceptHandler(PyExpr? Type, string? Name, IReadOnlyList<PyStmt> Body);

public sealed record PyTry(IReadOnlyList<PyStmt> Body, IReadOnlyList<PyExceptHandler> Handlers, IReadOnlyList<PyStmt> OrElse, IReadOnlyList<PyStmt> Finally) : PyStmt;

public sealed record PyGlobal(IReadOnlyList<string> Names) : PyStmt;

public sealed record PyNonlocal(IReadOnlyList<string> Names) : PyStmt;

public sealed record PyImport(string Module, string? AsName = null) : PyStmt;

public sealed record PyImportFrom(string Module, IReadOnlyList<string> Names) : PyStmt;

public sealed record PyFunctionDef(string Name, IReadOnlyList<PyParameter> Parameters, IReadOnlyList<PyStmt> Body, IReadOnlyList<PyExpr>? Decorators = null) : PyStmt;

public sealed record PyParameter(string Name, PyExpr? Default = null);

public sealed record PyClassDef(string Name, IReadOnlyList<PyExpr> Bases, IReadOnlyList<PyStmt> Body) : PyStmt;

/// <summary>A comment line; carries no behaviour.</summary>
public sealed record PyComment(string Text) : PyStmt;

/// <summary>
/// Statements the user wrote in Python (<c>Py.Exec</c>, the interop escape hatch): printed line by line at the current
/// indentation, their own relative indentation kept. The only Python text McuSharp does not build as nodes.
/// </summary>
public sealed record PyVerbatim(string Code) : PyStmt;

public sealed record PyModule(string Name, IReadOnlyList<PyStmt> Body);
