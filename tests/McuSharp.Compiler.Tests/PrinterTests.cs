using McuSharp.Compiler.Python;

namespace McuSharp.Compiler.Tests;

[TestClass]
public sealed class PrinterTests
{
    private static readonly PyName A = new("a"), B = new("b"), C = new("c");

    private static string Print(PyExpr e) => PyPrinter.PrintExpression(e);

    private static string Print(params PyStmt[] body) => PyPrinter.Print(new PyModule("m", body)).Text;

    [TestMethod]
    public void LeftAssociativeOperatorsParenthesizeTheRightOperandOnly()
    {
        Assert.AreEqual("a - b - c", Print(new PyBinOp(new PyBinOp(A, PyBinaryOperator.Sub, B), PyBinaryOperator.Sub, C)));
        Assert.AreEqual("a - (b - c)", Print(new PyBinOp(A, PyBinaryOperator.Sub, new PyBinOp(B, PyBinaryOperator.Sub, C))));
        Assert.AreEqual("(a + b) * c", Print(new PyBinOp(new PyBinOp(A, PyBinaryOperator.Add, B), PyBinaryOperator.Mult, C)));
        Assert.AreEqual("a + b * c", Print(new PyBinOp(A, PyBinaryOperator.Add, new PyBinOp(B, PyBinaryOperator.Mult, C))));
        Assert.AreEqual("(a + 2147483648 & 0xFFFFFFFF) - 2147483648".Replace("2147483648", "0x80000000"),
            Print(new PyBinOp(new PyBinOp(new PyBinOp(A, PyBinaryOperator.Add, PyConst.Int(0x80000000)), PyBinaryOperator.BitAnd, PyConst.Int(0xFFFFFFFF)), PyBinaryOperator.Sub, PyConst.Int(0x80000000))));
    }

    [TestMethod]
    public void PowerAndUnaryMinusBindAsPythonDoes()
    {
        Assert.AreEqual("(-a) ** 2", Print(new PyBinOp(new PyUnaryOp(PyUnaryOperator.Neg, A), PyBinaryOperator.Pow, PyConst.Int(2))));
        Assert.AreEqual("-a ** 2", Print(new PyUnaryOp(PyUnaryOperator.Neg, new PyBinOp(A, PyBinaryOperator.Pow, PyConst.Int(2)))));
        Assert.AreEqual("(-5) ** 2", Print(new PyBinOp(PyConst.Int(-5), PyBinaryOperator.Pow, PyConst.Int(2))));
        Assert.AreEqual("a ** -b", Print(new PyBinOp(A, PyBinaryOperator.Pow, new PyUnaryOp(PyUnaryOperator.Neg, B))));
    }

    [TestMethod]
    public void ComparisonsBooleansAndConditionals()
    {
        Assert.AreEqual("(a < b) == c", Print(new PyCompare(new PyCompare(A, PyCompareOperator.Lt, B), PyCompareOperator.Eq, C)));
        Assert.AreEqual("not (a and b)", Print(new PyUnaryOp(PyUnaryOperator.Not, new PyBoolOp(PyBoolOperator.And, A, B))));
        Assert.AreEqual("(a or b) and c", Print(new PyBoolOp(PyBoolOperator.And, new PyBoolOp(PyBoolOperator.Or, A, B), C)));
        Assert.AreEqual("a if b else c if a else b", Print(new PyIfExp(B, A, new PyIfExp(A, C, B))));
        Assert.AreEqual("(a if b else c) + 1", Print(new PyBinOp(new PyIfExp(B, A, C), PyBinaryOperator.Add, PyConst.Int(1))));
        Assert.AreEqual("f(a := 1, b)", Print(new PyCall(new PyName("f"), new PyNamedExpr(A, PyConst.Int(1)), B)));
        Assert.AreEqual("f(k=(a := 1))", Print(new PyCall(new PyName("f"), Array.Empty<PyExpr>(), new[] { new PyKeyword("k", new PyNamedExpr(A, PyConst.Int(1))) })));
        Assert.AreEqual("(1).real", Print(new PyAttribute(PyConst.Int(1), "real")));
        Assert.AreEqual("(a, (a := a + 1))[0]", Print(new PySubscript(new PyTuple(new PyExpr[] { A, new PyNamedExpr(A, new PyBinOp(A, PyBinaryOperator.Add, PyConst.Int(1))) }), PyConst.Int(0))));
    }

    [TestMethod]
    public void StringLiteralsEscapeWhatPythonNeeds()
    {
        Assert.AreEqual("\"it's\"", PyPrinter.StringLiteral("it's"));
        Assert.AreEqual("'say \"hi\"'", PyPrinter.StringLiteral("say \"hi\""));
        Assert.AreEqual("'both \\' and \"'", PyPrinter.StringLiteral("both ' and \""));
        Assert.AreEqual("'a\\\\b\\n\\r\\t\\x00\\x7f'", PyPrinter.StringLiteral("a\\b\n\r\t\0\x7f"));
        Assert.AreEqual("'é€\\u2028'", PyPrinter.StringLiteral("é€\u2028"));
    }

    [TestMethod]
    public void FloatLiteralsReadBackAsTheSameDouble()
    {
        Assert.AreEqual("1.0", PyPrinter.Literal(1.0));
        Assert.AreEqual("0.1", PyPrinter.Literal(0.1));
        Assert.AreEqual("10000000000000000.0", PyPrinter.Literal(1e16));
        Assert.AreEqual("1e+17", PyPrinter.Literal(1e17));
        Assert.AreEqual("1.5e-07", PyPrinter.Literal(1.5e-7));
        Assert.AreEqual("5e-324", PyPrinter.Literal(double.Epsilon));
        Assert.AreEqual("-0.0", PyPrinter.Literal(-0.0));
        Assert.AreEqual("float('nan')", PyPrinter.Literal(double.NaN));
        Assert.AreEqual("-float('inf')", PyPrinter.Literal(double.NegativeInfinity));
    }

    [TestMethod]
    public void BlocksIndentAndElseIfBecomesElif()
    {
        var text = Print(new PyFunctionDef("f", new[] { new PyParameter("x") }, new PyStmt[]
        {
            new PyIf(new PyCompare(new PyName("x"), PyCompareOperator.Lt, PyConst.Int(0)), new PyStmt[] { new PyReturn(PyConst.Int(-1)) },
                new PyStmt[] { new PyIf(new PyCompare(new PyName("x"), PyCompareOperator.Eq, PyConst.Int(0)), new PyStmt[] { new PyReturn(PyConst.Int(0)) }, new PyStmt[] { new PyPass() }) }),
            new PyWhile(PyConst.True, Array.Empty<PyStmt>()),
            new PyIf(A, new PyStmt[] { new PyAugAssign(A, PyBinaryOperator.Sub, PyConst.Int(1)) }, Array.Empty<PyStmt>()) { OneLine = true },
        }));
        Assert.AreEqual("def f(x):\n    if x < 0:\n        return -1\n    elif x == 0:\n        return 0\n    else:\n        pass\n    while True:\n        pass\n    if a: a -= 1\n", text);
    }

    [TestMethod]
    public void EachLineRecordsTheCSharpLineItCameFrom()
    {
        var origin = new SourceOrigin("P.cs", 7, 9);
        var printed = PyPrinter.Print(new PyModule("m", new PyStmt[] { new PyPass(), new PyExprStmt(A) { Origin = origin } }));
        Assert.AreEqual(origin, printed.LineOrigins[2]);
        Assert.IsFalse(printed.LineOrigins.ContainsKey(1));
    }
}
