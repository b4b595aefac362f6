using System.Globalization;
using System.Numerics;
using System.Text;

namespace McuSharp.Compiler.Python;

/// <summary>A Python expression McuSharp could not parse (a façade template or the code of Py.Expr).</summary>
public sealed class PyParseException(string message) : Exception(message);

/// <summary>
/// Parses one Python expression into the Python AST: names, attributes, calls (with keyword arguments), subscripts
/// and slices, int/float/string/None/True/False constants, tuples, lists, unary and binary operators, comparisons,
/// `not`/`and`/`or`. A placeholder `{...}` (façade templates) becomes a <see cref="PyName"/> whose id starts with
/// `{`, which no Python name can: the caller substitutes it.
/// </summary>
public static class PyExpressionParser
{
    public static PyExpr Parse(string text)
    {
        var parser = new Parser(Tokenize(text), text);
        var result = parser.Expression();
        parser.ExpectEnd();
        return result;
    }

    private enum Kind { Name, Number, String, Placeholder, Op, End }

    private readonly record struct Token(Kind Kind, string Text, object? Value = null);

    private static readonly string[] Operators = ["**", "//", "<<", ">>", "<=", ">=", "==", "!=", "(", ")", "[", "]", ",", ".", ":", "=", "+", "-", "*", "/", "%", "|", "^", "&", "~", "<", ">"];

    private static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            if (c == '{')
            {
                var end = text.IndexOf('}', i);
                if (end < 0) throw new PyParseException($"unclosed placeholder at {i}");
                tokens.Add(new Token(Kind.Placeholder, text[i..(end + 1)]));
                i = end + 1;
            }
            else if (char.IsLetter(c) || c == '_')
            {
                var start = i;
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '_')) i++;
                tokens.Add(new Token(Kind.Name, text[start..i]));
            }
            else if (char.IsDigit(c))
            {
                var start = i;
                if (c == '0' && i + 1 < text.Length && (text[i + 1] is 'x' or 'X'))
                {
                    i += 2;
                    while (i < text.Length && Uri.IsHexDigit(text[i])) i++;
                    tokens.Add(new Token(Kind.Number, text[start..i], BigInteger.Parse("0" + text[(start + 2)..i], NumberStyles.HexNumber, CultureInfo.InvariantCulture)));
                    continue;
                }
                while (i < text.Length && (char.IsDigit(text[i]) || text[i] == '_')) i++;
                var isFloat = false;
                if (i < text.Length && text[i] == '.' && i + 1 < text.Length && char.IsDigit(text[i + 1]))
                {
                    isFloat = true;
                    i++;
                    while (i < text.Length && char.IsDigit(text[i])) i++;
                }
                var digits = text[start..i].Replace("_", "");
                tokens.Add(new Token(Kind.Number, digits, isFloat ? double.Parse(digits, CultureInfo.InvariantCulture) : BigInteger.Parse(digits, CultureInfo.InvariantCulture)));
            }
            else if (c is '\'' or '"')
            {
                var sb = new StringBuilder();
                i++;
                while (true)
                {
                    if (i >= text.Length) throw new PyParseException("unterminated string");
                    var ch = text[i++];
                    if (ch == c) break;
                    if (ch != '\\') { sb.Append(ch); continue; }
                    if (i >= text.Length) throw new PyParseException("unterminated string");
                    var escaped = text[i++];
                    sb.Append(escaped switch { 'n' => '\n', 't' => '\t', 'r' => '\r', '0' => '\0', _ => escaped });
                }
                tokens.Add(new Token(Kind.String, sb.ToString(), sb.ToString()));
            }
            else
            {
                var op = Operators.FirstOrDefault(o => string.CompareOrdinal(text, i, o, 0, o.Length) == 0)
                    ?? throw new PyParseException($"unexpected '{c}' at {i}");
                tokens.Add(new Token(Kind.Op, op));
                i += op.Length;
            }
        }
        tokens.Add(new Token(Kind.End, ""));
        return tokens;
    }

    private sealed class Parser(List<Token> tokens, string text)
    {
        private int _position;

        private Token Peek => tokens[_position];

        private bool IsOp(string op) => Peek.Kind == Kind.Op && Peek.Text == op;

        private bool IsKeyword(string word) => Peek.Kind == Kind.Name && Peek.Text == word;

        private bool Accept(string op)
        {
            if (!IsOp(op)) return false;
            _position++;
            return true;
        }

        private void Expect(string op)
        {
            if (!Accept(op)) throw new PyParseException($"expected '{op}' in '{text}'");
        }

        public void ExpectEnd()
        {
            if (Peek.Kind != Kind.End) throw new PyParseException($"unexpected '{Peek.Text}' in '{text}'");
        }

        public PyExpr Expression()
        {
            var body = OrTest();
            if (!IsKeyword("if")) return body;
            _position++;
            var test = OrTest();
            if (!IsKeyword("else")) throw new PyParseException($"expected 'else' in '{text}'");
            _position++;
            return new PyIfExp(test, body, Expression());
        }

        private PyExpr OrTest()
        {
            var left = AndTest();
            while (IsKeyword("or")) { _position++; left = new PyBoolOp(PyBoolOperator.Or, left, AndTest()); }
            return left;
        }

        private PyExpr AndTest()
        {
            var left = NotTest();
            while (IsKeyword("and")) { _position++; left = new PyBoolOp(PyBoolOperator.And, left, NotTest()); }
            return left;
        }

        private PyExpr NotTest()
        {
            if (!IsKeyword("not")) return Comparison();
            _position++;
            return new PyUnaryOp(PyUnaryOperator.Not, NotTest());
        }

        private PyExpr Comparison()
        {
            var left = Binary(0);
            var ops = new List<PyCompareOperator>();
            var rights = new List<PyExpr>();
            while (true)
            {
                PyCompareOperator? op = Peek.Kind == Kind.Op ? Peek.Text switch
                {
                    "==" => PyCompareOperator.Eq, "!=" => PyCompareOperator.NotEq, "<" => PyCompareOperator.Lt,
                    "<=" => PyCompareOperator.LtE, ">" => PyCompareOperator.Gt, ">=" => PyCompareOperator.GtE, _ => null,
                } : IsKeyword("in") ? PyCompareOperator.In : IsKeyword("is") ? PyCompareOperator.Is : null;
                if (op is null) break;
                _position++;
                if (op == PyCompareOperator.Is && IsKeyword("not")) { _position++; op = PyCompareOperator.IsNot; }
                ops.Add(op.Value);
                rights.Add(Binary(0));
            }
            return ops.Count == 0 ? left : new PyCompare(left, ops, rights);
        }

        private static readonly (string Op, PyBinaryOperator Node)[][] Levels =
        [
            [("|", PyBinaryOperator.BitOr)],
            [("^", PyBinaryOperator.BitXor)],
            [("&", PyBinaryOperator.BitAnd)],
            [("<<", PyBinaryOperator.LShift), (">>", PyBinaryOperator.RShift)],
            [("+", PyBinaryOperator.Add), ("-", PyBinaryOperator.Sub)],
            [("*", PyBinaryOperator.Mult), ("/", PyBinaryOperator.Div), ("//", PyBinaryOperator.FloorDiv), ("%", PyBinaryOperator.Mod)],
        ];

        private PyExpr Binary(int level)
        {
            if (level == Levels.Length) return Unary();
            var left = Binary(level + 1);
            while (true)
            {
                var match = Levels[level].FirstOrDefault(l => IsOp(l.Op));
                if (match.Op is null) return left;
                _position++;
                left = new PyBinOp(left, match.Node, Binary(level + 1));
            }
        }

        private PyExpr Unary()
        {
            if (Accept("-"))
            {
                var negated = Unary();
                return negated is PyConst { Value: BigInteger n } ? PyConst.Int(-n) : new PyUnaryOp(PyUnaryOperator.Neg, negated);
            }
            if (Accept("+")) return new PyUnaryOp(PyUnaryOperator.Pos, Unary());
            if (Accept("~")) return new PyUnaryOp(PyUnaryOperator.Invert, Unary());
            var operand = Postfix();
            if (Accept("**")) return new PyBinOp(operand, PyBinaryOperator.Pow, Unary());
            return operand;
        }

        private PyExpr Postfix()
        {
            var target = Atom();
            while (true)
            {
                if (Accept("."))
                {
                    if (Peek.Kind != Kind.Name) throw new PyParseException($"expected a name after '.' in '{text}'");
                    target = new PyAttribute(target, tokens[_position++].Text);
                }
                else if (Accept("("))
                {
                    var args = new List<PyExpr>();
                    var keywords = new List<PyKeyword>();
                    while (!IsOp(")"))
                    {
                        if (Peek.Kind == Kind.Name && tokens[_position + 1] is { Kind: Kind.Op, Text: "=" })
                        {
                            var name = tokens[_position].Text;
                            _position += 2;
                            keywords.Add(new PyKeyword(name, Expression()));
                        }
                        else
                        {
                            if (keywords.Count > 0) throw new PyParseException($"positional argument after a keyword in '{text}'");
                            args.Add(Expression());
                        }
                        if (!Accept(",")) break;
                    }
                    Expect(")");
                    target = new PyCall(target, args, keywords.Count == 0 ? null : keywords);
                }
                else if (Accept("["))
                {
                    PyExpr index;
                    if (IsOp(":")) index = SliceFrom(null);
                    else
                    {
                        var lower = Expression();
                        index = IsOp(":") ? SliceFrom(lower) : lower;
                    }
                    Expect("]");
                    target = new PySubscript(target, index);
                }
                else return target;
            }
        }

        private PySlice SliceFrom(PyExpr? lower)
        {
            Expect(":");
            return new PySlice(lower, IsOp("]") ? null : Expression());
        }

        private PyExpr Atom()
        {
            var token = Peek;
            switch (token.Kind)
            {
                case Kind.Placeholder:
                    _position++;
                    return new PyName(token.Text);
                case Kind.Number:
                    _position++;
                    return new PyConst(token.Value);
                case Kind.String:
                    _position++;
                    var value = (string)token.Value!;
                    while (Peek.Kind == Kind.String) value += (string)tokens[_position++].Value!; // 'a' 'b'
                    return PyConst.Str(value);
                case Kind.Name:
                    _position++;
                    return token.Text switch
                    {
                        "None" => PyConst.None,
                        "True" => PyConst.True,
                        "False" => PyConst.False,
                        "not" or "and" or "or" or "if" or "else" or "lambda" or "in" or "is" => throw new PyParseException($"unexpected '{token.Text}' in '{text}'"),
                        _ => new PyName(token.Text),
                    };
                case Kind.Op when token.Text == "(":
                {
                    _position++;
                    if (Accept(")")) return new PyTuple(Array.Empty<PyExpr>());
                    var first = Expression();
                    if (Accept(")")) return first;
                    var elements = new List<PyExpr> { first };
                    while (Accept(",") && !IsOp(")")) elements.Add(Expression());
                    Expect(")");
                    return new PyTuple(elements);
                }
                case Kind.Op when token.Text == "[":
                {
                    _position++;
                    var elements = new List<PyExpr>();
                    while (!IsOp("]"))
                    {
                        elements.Add(Expression());
                        if (!Accept(",")) break;
                    }
                    Expect("]");
                    return new PyList(elements);
                }
                default:
                    throw new PyParseException(token.Kind == Kind.End ? $"'{text}' ends too early" : $"unexpected '{token.Text}' in '{text}'");
            }
        }
    }
}
