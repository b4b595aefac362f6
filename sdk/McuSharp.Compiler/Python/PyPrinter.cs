using System.Globalization;
using System.Numerics;
using System.Text;

namespace McuSharp.Compiler.Python;

/// <summary>The printed text of one module and, per 1-based Python line, the C# origin it came from.</summary>
public sealed record PrintedModule(string Name, string Text, IReadOnlyDictionary<int, SourceOrigin> LineOrigins);

/// <summary>
/// The one place that turns the Python AST into source text: it owns indentation, operator
/// precedence, parentheses and literal escaping, and records which C# location each line came from.
/// </summary>
public sealed class PyPrinter
{
    private const string Indent = "    ";
    private readonly StringBuilder _text = new();
    private readonly Dictionary<int, SourceOrigin> _origins = new();
    private int _line = 1;
    private int _depth;

    public static PrintedModule Print(PyModule module)
    {
        var printer = new PyPrinter();
        printer.WriteBlock(module.Body, allowEmpty: true);
        return new PrintedModule(module.Name, printer._text.ToString(), printer._origins);
    }

    /// <summary>Prints one expression on its own, as it would appear inside a statement.</summary>
    public static string PrintExpression(PyExpr expr) => Expr(expr, Precedence.Lowest);

    private void WriteBlock(IReadOnlyList<PyStmt> body, bool allowEmpty = false)
    {
        if (body.Count == 0)
        {
            if (!allowEmpty) WriteLine("pass", null);
            return;
        }
        foreach (var stmt in body) WriteStatement(stmt);
    }

    private void WriteLine(string text, SourceOrigin? origin)
    {
        if (origin is { } o) _origins.TryAdd(_line, o);
        for (var i = 0; i < _depth; i++) _text.Append(Indent);
        _text.Append(text).Append('\n');
        _line++;
    }

    private void WriteNested(IReadOnlyList<PyStmt> body)
    {
        _depth++;
        WriteBlock(body);
        _depth--;
    }

    private void WriteStatement(PyStmt stmt)
    {
        var origin = stmt.Origin;
        switch (stmt)
        {
            case PyExprStmt s:
                WriteLine(Expr(s.Value, Precedence.Lowest), origin);
                break;
            case PyAssign { Targets: [PyTuple { Elements.Count: > 1 } targets] } s:
                // `a, b = x, y` without parentheses: MicroPython then assigns through the stack instead of building a tuple.
                WriteLine(Bare(targets) + " = " + (s.Value is PyTuple { Elements.Count: > 1 } values ? Bare(values) : Expr(s.Value, Precedence.Lowest)), origin);
                break;
            case PyAssign s:
                WriteLine(string.Join(" = ", s.Targets.Select(t => Expr(t, Precedence.Lowest))) + " = " + Expr(s.Value, Precedence.Lowest), origin);
                break;
            case PyAugAssign s:
                WriteLine($"{Expr(s.Target, Precedence.Lowest)} {BinarySymbol(s.Op)}= {Expr(s.Value, Precedence.Lowest)}", origin);
                break;
            case PyIf s:
                WriteIf(s, "if");
                break;
            case PyWhile s:
                WriteLine($"while {Expr(s.Test, Precedence.Lowest)}:", origin);
                WriteNested(s.Body);
                break;
            case PyFor s:
                WriteLine($"for {Expr(s.Target, Precedence.Lowest)} in {Expr(s.Iterable, Precedence.Lowest)}:", origin);
                WriteNested(s.Body);
                break;
            case PyBreak:
                WriteLine("break", origin);
                break;
            case PyContinue:
                WriteLine("continue", origin);
                break;
            case PyPass:
                WriteLine("pass", origin);
                break;
            case PyReturn s:
                WriteLine(s.Value is null ? "return" : "return " + Expr(s.Value, Precedence.Lowest), origin);
                break;
            case PyYield s:
                WriteLine("yield " + Expr(s.Value, Precedence.Lowest), origin);
                break;
            case PyRaise s:
                WriteLine(s.Exception is null ? "raise" : "raise " + Expr(s.Exception, Precedence.Lowest), origin);
                break;
            case PyTry s:
                WriteLine("try:", origin);
                WriteNested(s.Body);
                foreach (var handler in s.Handlers)
                {
                    var header = handler.Type is null ? "except" : "except " + Expr(handler.Type, Precedence.Lowest);
                    if (handler.Name is not null) header += " as " + handler.Name;
                    WriteLine(header + ":", null);
                    WriteNested(handler.Body);
                }
                if (s.OrElse.Count > 0)
                {
                    WriteLine("else:", null);
                    WriteNested(s.OrElse);
                }
                if (s.Finally.Count > 0)
                {
                    WriteLine("finally:", null);
                    WriteNested(s.Finally);
                }
                break;
            case PyGlobal s:
                WriteLine("global " + string.Join(", ", s.Names), origin);
                break;
            case PyNonlocal s:
                WriteLine("nonlocal " + string.Join(", ", s.Names), origin);
                break;
            case PyImport s:
                WriteLine(s.AsName is null ? "import " + s.Module : $"import {s.Module} as {s.AsName}", origin);
                break;
            case PyImportFrom s:
                WriteLine($"from {s.Module} import {string.Join(", ", s.Names)}", origin);
                break;
            case PyFunctionDef s:
                foreach (var decorator in s.Decorators ?? Array.Empty<PyExpr>())
                    WriteLine("@" + Expr(decorator, Precedence.Lowest), origin);
                WriteLine($"def {s.Name}({string.Join(", ", s.Parameters.Select(Parameter))}):", origin);
                WriteNested(s.Body);
                break;
            case PyClassDef s:
                WriteLine(s.Bases.Count == 0 ? $"class {s.Name}:" : $"class {s.Name}({string.Join(", ", s.Bases.Select(b => Expr(b, Precedence.Lowest)))}):", origin);
                WriteNested(s.Body);
                break;
            case PyComment s:
                foreach (var line in s.Text.Split('\n')) WriteLine("# " + line, origin);
                break;
            case PyVerbatim s:
                foreach (var line in VerbatimLines(s.Code)) WriteLine(line, origin);
                break;
            default:
                throw new InvalidOperationException($"The printer has no rule for {stmt.GetType().Name}.");
        }
    }

    /// <summary>The lines of verbatim code without blank lines and without the indentation they all share.</summary>
    private static IEnumerable<string> VerbatimLines(string code)
    {
        var lines = code.Replace("\r\n", "\n").Split('\n').Select(l => l.TrimEnd()).Where(l => l.Length > 0).ToList();
        var common = lines.Count == 0 ? 0 : lines.Min(l => l.Length - l.TrimStart().Length);
        return lines.Count == 0 ? new[] { "pass" } : lines.Select(l => l[common..]);
    }

    private void WriteIf(PyIf s, string keyword)
    {
        if (s.OneLine && s.OrElse.Count == 0 && s.Body.Count == 1 && s.Body[0] is PyAssign or PyAugAssign or PyExprStmt or PyBreak or PyContinue or PyReturn or PyRaise)
        {
            var bodyPrinter = new PyPrinter();
            bodyPrinter.WriteStatement(s.Body[0]);
            WriteLine($"{keyword} {Expr(s.Test, Precedence.Lowest)}: {bodyPrinter._text.ToString().TrimEnd('\n')}", s.Origin);
            return;
        }
        WriteLine($"{keyword} {Expr(s.Test, Precedence.Lowest)}:", s.Origin);
        WriteNested(s.Body);
        if (s.OrElse.Count == 1 && s.OrElse[0] is PyIf elif)
        {
            WriteIf(elif, "elif");
        }
        else if (s.OrElse.Count > 0)
        {
            WriteLine("else:", null);
            WriteNested(s.OrElse);
        }
    }

    private static string LambdaHead(PyLambda l)
    {
        var parameters = l.Parameters.Concat((l.Bound ?? Array.Empty<PyParameter>()).Select(Parameter)).ToList();
        return parameters.Count == 0 ? "lambda: " : "lambda " + string.Join(", ", parameters) + ": ";
    }

    private static string Parameter(PyParameter p) => p.Default is null ? p.Name : $"{p.Name}={Expr(p.Default, Precedence.Lowest)}";

    // ---- expressions ----

    /// <summary>Python's binding strengths, weakest first.</summary>
    private enum Precedence
    {
        Lowest, NamedExpr, Lambda, IfExp, Or, And, Not, Compare, BitOr, BitXor, BitAnd, Shift, Arith, Term, Unary, Power, Atom,
    }

    private static string Expr(PyExpr expr, Precedence context)
    {
        var own = PrecedenceOf(expr);
        var text = ExprText(expr);
        // Python allows an unparenthesized `x := v` only in some places (not as a statement, an assigned value or a
        // returned value); parentheses are always valid.
        return own < context || expr is PyNamedExpr ? "(" + text + ")" : text;
    }

    private static Precedence PrecedenceOf(PyExpr expr) => expr switch
    {
        PyNamedExpr => Precedence.NamedExpr,
        PyLambda => Precedence.Lambda,
        PyIfExp => Precedence.IfExp,
        PyBoolOp { Op: PyBoolOperator.Or } => Precedence.Or,
        PyBoolOp => Precedence.And,
        PyUnaryOp { Op: PyUnaryOperator.Not } => Precedence.Not,
        PyCompare => Precedence.Compare,
        PyBinOp b => BinaryPrecedence(b.Op),
        PyUnaryOp => Precedence.Unary,
        PyConst { Value: BigInteger i } when i.Sign < 0 => Precedence.Unary,
        PyConst { Value: long i } when i < 0 => Precedence.Unary,
        PyConst { Value: int i } when i < 0 => Precedence.Unary,
        PyConst { Value: double d } when double.IsNegative(d) || double.IsNaN(d) || double.IsInfinity(d) => Precedence.Unary,
        PyTuple => Precedence.Atom, // always printed with its own parentheses
        _ => Precedence.Atom,
    };

    private static Precedence BinaryPrecedence(PyBinaryOperator op) => op switch
    {
        PyBinaryOperator.BitOr => Precedence.BitOr,
        PyBinaryOperator.BitXor => Precedence.BitXor,
        PyBinaryOperator.BitAnd => Precedence.BitAnd,
        PyBinaryOperator.LShift or PyBinaryOperator.RShift => Precedence.Shift,
        PyBinaryOperator.Add or PyBinaryOperator.Sub => Precedence.Arith,
        PyBinaryOperator.Pow => Precedence.Power,
        _ => Precedence.Term,
    };

    private static string ExprText(PyExpr expr) => expr switch
    {
        PyName n => n.Id,
        PyConst c => Literal(c.Value),
        PyAttribute a => AttributeTarget(a.Target) + "." + a.Name,
        PySubscript s => Expr(s.Target, Precedence.Atom) + "[" + (s.Index is PyTuple t && t.Elements.Count > 0 ? string.Join(", ", t.Elements.Select(e => Expr(e, Precedence.Lambda))) : Expr(s.Index, Precedence.Lowest)) + "]",
        PySlice s => (s.Lower is null ? "" : Expr(s.Lower, Precedence.Lambda)) + ":" + (s.Upper is null ? "" : Expr(s.Upper, Precedence.Lambda)),
        // A generator expression that is a call's only argument needs no parentheses of its own: `sum(x for x in xs)`.
        PyCall { Args: [PyListComp { Generator: true } only], Keywords: null or { Count: 0 } } c => Expr(c.Function, Precedence.Atom) + ExprText(only)[..^1][1..].Insert(0, "(") + ")",
        // So does a named expression that is a positional argument: `int(t := s)`.
        PyCall c => Expr(c.Function, Precedence.Atom) + "(" + string.Join(", ",
            c.Args.Select(a => a is PyNamedExpr ? ExprText(a) : Expr(a, Precedence.Lambda)).Concat((c.Keywords ?? Array.Empty<PyKeyword>()).Select(k => k.Name + "=" + Expr(k.Value, Precedence.Lambda)))) + ")",
        PyBinOp b => BinaryText(b),
        PyUnaryOp u => UnaryText(u),
        PyCompare c => CompareText(c),
        PyBoolOp b => string.Join(b.Op == PyBoolOperator.And ? " and " : " or ",
            b.Values.Select(v => Expr(v, b.Op == PyBoolOperator.And ? Precedence.Not : Precedence.And))),
        PyIfExp i => $"{Expr(i.Body, Precedence.Or)} if {Expr(i.Test, Precedence.Or)} else {Expr(i.OrElse, Precedence.IfExp)}",
        PyList l => "[" + string.Join(", ", l.Elements.Select(e => Expr(e, Precedence.Lambda))) + "]",
        PyTuple t => t.Elements.Count == 1 ? "(" + Expr(t.Elements[0], Precedence.Lambda) + ",)" : "(" + string.Join(", ", t.Elements.Select(e => Expr(e, Precedence.Lambda))) + ")",
        PyDict d => "{" + string.Join(", ", d.Entries.Select(e => Expr(e.Key, Precedence.Lambda) + ": " + Expr(e.Value, Precedence.Lambda))) + "}",
        PyLambda l => LambdaHead(l) + Expr(l.Body, Precedence.Lambda),
        PyNamedExpr n => n.Target.Id + " := " + Expr(n.Value, Precedence.Lambda),
        PyListComp c => (c.Generator ? "(" : "[") + Expr(c.Element, Precedence.Lambda) + " for " + (c.Target is PyTuple { Elements.Count: > 1 } unpacked ? Bare(unpacked) : Expr(c.Target, Precedence.Lambda)) + " in " + Expr(c.Iterable, Precedence.Or)
            + (c.Condition is null ? "" : " if " + Expr(c.Condition, Precedence.Or)) + (c.Generator ? ")" : "]"),
        _ => throw new InvalidOperationException($"The printer has no rule for {expr.GetType().Name}."),
    };

    private static string AttributeTarget(PyExpr target)
    {
        // `1.real` would lex as a float literal; integer targets need parentheses.
        var text = Expr(target, Precedence.Atom);
        return target is PyConst { Value: BigInteger or long or int } && !text.StartsWith('(') ? "(" + text + ")" : text;
    }

    private static string BinaryText(PyBinOp b)
    {
        var own = BinaryPrecedence(b.Op);
        if (b.Op == PyBinaryOperator.Pow)
            return Expr(b.Left, Precedence.Atom) + " ** " + Expr(b.Right, Precedence.Unary);
        return Expr(b.Left, own) + " " + BinarySymbol(b.Op) + " " + Expr(b.Right, own + 1);
    }

    private static string UnaryText(PyUnaryOp u) => u.Op switch
    {
        PyUnaryOperator.Not => "not " + Expr(u.Operand, Precedence.Not),
        PyUnaryOperator.Neg => "-" + Expr(u.Operand, Precedence.Unary),
        PyUnaryOperator.Pos => "+" + Expr(u.Operand, Precedence.Unary),
        _ => "~" + Expr(u.Operand, Precedence.Unary),
    };

    private static string CompareText(PyCompare c)
    {
        var sb = new StringBuilder(Expr(c.Left, Precedence.BitOr));
        for (var i = 0; i < c.Ops.Count; i++)
            sb.Append(' ').Append(CompareSymbol(c.Ops[i])).Append(' ').Append(Expr(c.Comparators[i], Precedence.BitOr));
        return sb.ToString();
    }

    /// <summary>The elements of a tuple without the parentheses around them (the two sides of a tuple assignment).</summary>
    private static string Bare(PyTuple tuple) => string.Join(", ", tuple.Elements.Select(e => Expr(e, Precedence.Lambda)));

    public static string BinarySymbol(PyBinaryOperator op) => op switch
    {
        PyBinaryOperator.Add => "+",
        PyBinaryOperator.Sub => "-",
        PyBinaryOperator.Mult => "*",
        PyBinaryOperator.Div => "/",
        PyBinaryOperator.FloorDiv => "//",
        PyBinaryOperator.Mod => "%",
        PyBinaryOperator.Pow => "**",
        PyBinaryOperator.LShift => "<<",
        PyBinaryOperator.RShift => ">>",
        PyBinaryOperator.BitOr => "|",
        PyBinaryOperator.BitXor => "^",
        _ => "&",
    };

    private static string CompareSymbol(PyCompareOperator op) => op switch
    {
        PyCompareOperator.Eq => "==",
        PyCompareOperator.NotEq => "!=",
        PyCompareOperator.Lt => "<",
        PyCompareOperator.LtE => "<=",
        PyCompareOperator.Gt => ">",
        PyCompareOperator.GtE => ">=",
        PyCompareOperator.Is => "is",
        PyCompareOperator.IsNot => "is not",
        PyCompareOperator.In => "in",
        _ => "not in",
    };

    // ---- literals ----

    public static string Literal(object? value) => value switch
    {
        null => "None",
        bool b => b ? "True" : "False",
        BigInteger i => IntLiteral(i),
        long l => IntLiteral(l),
        int i => IntLiteral(i),
        double d => FloatLiteral(d),
        string s => StringLiteral(s),
        _ => throw new InvalidOperationException($"No Python literal for {value.GetType().Name}."),
    };

    private static string IntLiteral(BigInteger value)
    {
        // Masks and 32/64-bit bounds read better in hex; everything else stays decimal.
        var magnitude = BigInteger.Abs(value);
        if (magnitude > 0xFFFF && ((magnitude + 1) & magnitude).IsZero || magnitude > 0xFFFF && (magnitude & (magnitude - 1)).IsZero)
            return (value.Sign < 0 ? "-0x" : "0x") + magnitude.ToString("X", CultureInfo.InvariantCulture).TrimStart('0');
        return value.ToString(CultureInfo.InvariantCulture);
    }

    private static string FloatLiteral(double d)
    {
        if (double.IsNaN(d)) return "float('nan')";
        if (double.IsPositiveInfinity(d)) return "float('inf')";
        if (double.IsNegativeInfinity(d)) return "-float('inf')";
        // "R" gives the shortest text that reads back to the same double; MicroPython's parser reads it back exactly.
        var text = d.ToString("R", CultureInfo.InvariantCulture).Replace("E", "e");
        // An exponent already makes a float literal; a plain integer needs ".0".
        return text.Contains('e') || text.Contains('.') ? text : text + ".0";
    }

    public static string StringLiteral(string s)
    {
        var quote = s.Contains('\'') && !s.Contains('"') ? '"' : '\'';
        var sb = new StringBuilder().Append(quote);
        foreach (var rune in s.EnumerateRunes())
        {
            var v = rune.Value;
            switch (v)
            {
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                default:
                    if (v == quote) sb.Append('\\').Append(quote);
                    else if (v < 0x20 || v == 0x7F) sb.Append("\\x").Append(v.ToString("x2", CultureInfo.InvariantCulture));
                    else if (Rune.GetUnicodeCategory(rune) is UnicodeCategory.Format or UnicodeCategory.Control or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator)
                        sb.Append(v <= 0xFFFF ? "\\u" + v.ToString("x4", CultureInfo.InvariantCulture) : "\\U" + v.ToString("x8", CultureInfo.InvariantCulture));
                    else sb.Append(rune.ToString());
                    break;
            }
        }
        return sb.Append(quote).ToString();
    }
}
