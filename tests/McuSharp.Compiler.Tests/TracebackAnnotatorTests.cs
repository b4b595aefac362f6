using McuSharp.Compiler;
using McuSharp.Compiler.Frontend;
using McuSharp.Compiler.Output;

namespace McuSharp.Compiler.Tests;

[TestClass]
public sealed class TracebackAnnotatorTests
{
    private static CompileResult Compile(string source)
    {
        var result = McuCompiler.Compile(CompilationFactory.FromText(new[] { ("Prog.cs", source) }));
        Assert.IsTrue(result.Success, string.Join("\n", result.Diagnostics.Select(d => McuCompiler.Format(d))));
        return result;
    }

    [TestMethod]
    public void FramesGetTheirCSharpLineAndTheErrorItsDotNetType()
    {
        var result = Compile("using System;\nstatic class P\n{\n    static int Div(int a, int b) => a / b;\n    static void Main() { Console.WriteLine(Div(1, 0)); }\n}\n");
        var mainLines = result.Modules.Single(m => m.FileName == "main.py").Text.Split('\n');
        var divisionLine = Array.FindIndex(mainLines, l => l.Contains("return", StringComparison.Ordinal)) + 1;
        var annotator = new TracebackAnnotator(result.SourceMap);
        Assert.AreEqual("", annotator.Annotate("Traceback (most recent call last):"));
        Assert.AreEqual("  [C#: Prog.cs(4)]", annotator.Annotate($"  File \"main.py\", line {divisionLine}, in Div"));
        Assert.AreEqual("  [C#: System.DivideByZeroException]", annotator.Annotate("ZeroDivisionError: divide by zero"));
    }

    [TestMethod]
    public void LinesOutsideATracebackStayAsTheyAre()
    {
        var annotator = new TracebackAnnotator(null);
        Assert.AreEqual("", annotator.Annotate("KeyError: printed by the program"));
        Assert.AreEqual("", annotator.Annotate("Traceback (most recent call last):"));
        Assert.AreEqual("", annotator.Annotate("  File \"main.py\", line 3, in Main"));
        Assert.AreEqual("  [C#: System.Collections.Generic.KeyNotFoundException]", annotator.Annotate("KeyError: missing"));
        Assert.AreEqual("", annotator.Annotate("KeyError: after the traceback ended"));
        Assert.AreEqual("", annotator.Annotate("Traceback (most recent call last):"));
        Assert.AreEqual("", annotator.Annotate("MyOwnError: not a VM error"));
    }
}
