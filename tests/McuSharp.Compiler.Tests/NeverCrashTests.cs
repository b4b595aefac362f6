using McuSharp.Compiler.Frontend;
using Microsoft.CodeAnalysis;

namespace McuSharp.Compiler.Tests;

/// <summary>The compiler meets arbitrary C#: every .cs file of this repository must give output or diagnostics, never a crash.</summary>
[TestClass]
public sealed class NeverCrashTests
{
    private static string RepositoryRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "McuSharp.sln"))) dir = dir.Parent;
            return dir?.FullName ?? throw new AssertFailedException("McuSharp.sln not found above " + AppContext.BaseDirectory);
        }
    }

    /// <summary>Each project's files are compiled together, against every assembly this test process has loaded (Roslyn, MSTest, ...).</summary>
    [TestMethod]
    public void EveryRepositoryFileGivesOutputOrDiagnostics()
    {
        var root = RepositoryRoot;
        var references = AppDomain.CurrentDomain.GetAssemblies()
            .Where(a => !a.IsDynamic && !string.IsNullOrEmpty(a.Location))
            .Select(a => (MetadataReference)MetadataReference.CreateFromFile(a.Location))
            .ToList();
        var files = Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj" or "node_modules" or ".git"))
            .ToList();
        Assert.IsTrue(files.Count > 50, $"expected the repository's sources, found {files.Count} files");
        var groups = files.GroupBy(f => ProjectFolderOf(f, root));
        var checkedFiles = 0;
        foreach (var group in groups)
        {
            var sources = group.Select(f => (f, File.ReadAllText(f))).ToList();
            // Test programs each stand alone; a project's files belong together.
            var units = group.Key.EndsWith("Programs", StringComparison.Ordinal) ? sources.Select(s => new[] { s }).ToList() : new List<(string, string)[]> { sources.ToArray() };
            foreach (var unit in units)
            {
                var compilation = CompilationFactory.FromText(unit, implicitUsings: true, extraReferences: references);
                CompileResult result;
                try
                {
                    result = McuCompiler.Compile(compilation);
                }
                catch (Exception e)
                {
                    throw new AssertFailedException($"The compiler crashed on {string.Join(", ", unit.Select(u => u.Item1))}: {e}");
                }
                Assert.IsTrue(result.Success || result.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error),
                    $"{group.Key}: neither output nor an error");
                var internalErrors = result.Diagnostics.Where(d => d.Id == "MCU0999").ToList();
                Assert.AreEqual(0, internalErrors.Count, "Internal compiler errors:\n" + string.Join("\n", internalErrors.Select(d => McuCompiler.Format(d))));
                checkedFiles += unit.Length;
            }
        }
        Assert.AreEqual(files.Count, checkedFiles);
    }

    private static string ProjectFolderOf(string file, string root)
    {
        var dir = Path.GetDirectoryName(file)!;
        if (Path.GetFileName(dir) == "Programs") return dir;
        while (dir.Length > root.Length && Directory.GetFiles(dir, "*.csproj").Length == 0) dir = Path.GetDirectoryName(dir)!;
        return dir;
    }
}
