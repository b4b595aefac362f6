using McuSharp.Compiler.Diagnostics;
using McuSharp.Compiler.Frontend;
using Microsoft.CodeAnalysis;

namespace McuSharp.Compiler.Tests;

/// <summary>One test per MCU0xxx diagnostic: the id, and the C# location it points at (marked ⟨here⟩ in the snippet).</summary>
[TestClass]
public sealed class DiagnosticTests
{
    private static void AssertDiagnostic(string id, string body, string members = "")
    {
        const string marker = "⟨here⟩";
        var source = "using System;\nusing System.Collections.Generic;\nstatic class Program\n{\n" + members + "\n    static void Main()\n    {\n" + body + "\n    }\n}\n";
        var markerIndex = source.IndexOf(marker, StringComparison.Ordinal);
        Assert.IsTrue(markerIndex >= 0, "the snippet needs a ⟨here⟩ marker");
        var text = source.Remove(markerIndex, marker.Length);
        var line = text[..markerIndex].Count(c => c == '\n') + 1;
        var column = markerIndex - text.LastIndexOf('\n', markerIndex - 1);
        var result = McuCompiler.Compile(CompilationFactory.FromText(new[] { ("Snippet.cs", text) }));
        Assert.IsFalse(result.Success, "the snippet should not compile");
        var diagnostic = result.Diagnostics.FirstOrDefault(d => d.Id == id);
        Assert.IsNotNull(diagnostic, $"expected {id}; got:\n" + string.Join("\n", result.Diagnostics.Select(d => McuCompiler.Format(d))));
        var span = diagnostic.Location.GetLineSpan();
        Assert.AreEqual("Snippet.cs", span.Path);
        Assert.AreEqual((line, column), (span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1), McuCompiler.Format(diagnostic));
        Assert.AreEqual(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.IsFalse(string.IsNullOrWhiteSpace(diagnostic.Descriptor.HelpLinkUri));
    }

    [TestMethod]
    public void MCU0001_UnsupportedConstruct() => AssertDiagnostic("MCU0001", "        ⟨here⟩goto end;\n        end: Console.WriteLine(1);");

    [TestMethod]
    public void MCU0001_UnsafeCodeOnceForTheWholeBlock()
    {
        AssertDiagnostic("MCU0001", "        int x = 1;\n        ⟨here⟩unsafe { int* p = &x; *p = 2; }");
        var result = McuCompiler.Compile(CompilationFactory.FromText(new[] { ("Snippet.cs", "static class P { static void Main() { int x = 1; unsafe { int* p = &x; *p = 2; fixed (char* c = \"ab\") { } } } }") }));
        Assert.AreEqual(1, result.Errors.Count(), string.Join("\n", result.Errors.Select(d => McuCompiler.Format(d))));
        StringAssert.Contains(result.Errors.Single().GetMessage(), "no pointers");
    }

    [TestMethod]
    public void MCU0002_UnsupportedMember() => AssertDiagnostic("MCU0002", "        Console.WriteLine(⟨here⟩Environment.TickCount);");

    [TestMethod]
    public void MCU0003_NonConstantFormat() => AssertDiagnostic("MCU0003", "        string f = \"{0}\";\n        Console.WriteLine(⟨here⟩f, 1);");

    [TestMethod]
    public void MCU0004_StringOutsideTheBasicPlane() => AssertDiagnostic("MCU0004", "        Console.WriteLine(⟨here⟩\"\\U0001F600\");");

    [TestMethod]
    public void MCU0005_NoEntryPoint()
    {
        var result = McuCompiler.Compile(CompilationFactory.FromText(new[] { ("Lib.cs", "static class Lib { static int F() => 1; }") }));
        Assert.IsFalse(result.Success);
        Assert.AreEqual("MCU0005", result.Errors.Single().Id);
        StringAssert.Contains(result.Errors.Single().GetMessage(), "static void Main()");
    }

    [TestMethod]
    public void MCU0006_BreakInsideSwitchSection() =>
        AssertDiagnostic("MCU0006", "        int x = 1;\n        switch (x)\n        {\n            case 1:\n                if (x > 0) ⟨here⟩break;\n                Console.WriteLine(x);\n                break;\n        }");

    [TestMethod]
    public void MCU0007_CultureSensitiveComparison() => AssertDiagnostic("MCU0007", "        Console.WriteLine(⟨here⟩string.Compare(\"a\", \"B\"));");

    [TestMethod]
    public void MCU0008_AssignmentInsideExpression() => AssertDiagnostic("MCU0008", "        int[] a = new int[2];\n        int x = ⟨here⟩a[0]++;");

    [TestMethod]
    public void MCU0009_FilterThatWouldRunAfterAFinallyBlock() => AssertDiagnostic("MCU0009",
        "        try\n        {\n            try { throw new TimeoutException(); }\n            finally { Console.WriteLine(\"cleanup\"); }\n        }\n"
        + "        catch (TimeoutException e) when (⟨here⟩Log(e)) { }", "    static bool Log(Exception e) { Console.WriteLine(e.Message); return true; }");

    [TestMethod]
    public void EveryDescriptorHasAUniqueIdAndAnAdvice()
    {
        Assert.AreEqual(McuDiagnostics.All.Count, McuDiagnostics.All.Select(d => d.Id).Distinct().Count());
        foreach (var descriptor in McuDiagnostics.All)
        {
            StringAssert.StartsWith(descriptor.Id, "MCU0");
            StringAssert.EndsWith(descriptor.HelpLinkUri, "#" + descriptor.Id.ToLowerInvariant());
        }
    }

    [TestMethod]
    public void RoslynErrorsPassThroughWithTheirLocation()
    {
        var result = McuCompiler.Compile(CompilationFactory.FromText(new[] { ("Bad.cs", "static class P { static void Main() { int x = \"s\"; } }") }));
        var error = result.Errors.Single();
        Assert.AreEqual("CS0029", error.Id);
        StringAssert.StartsWith(McuCompiler.Format(error), "Bad.cs(1,47): error CS0029:");
        Assert.AreEqual(0, result.Modules.Count);
    }
}
