using System.Globalization;
using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using McuSharp.Compiler;
using McuSharp.Compiler.Frontend;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace McuSharp.Benchmarks;

/// <summary>One kernel: a C# program (Kernels/Name.cs) and its hand-written MicroPython twin (Kernels/name.py).</summary>
internal sealed record Kernel(string Name, string CSharpPath, string PythonPath)
{
    /// <summary>Kernels/*.cs, each paired with the .py of its snake_case name (Crc16.cs ↔ crc16.py, WordCount.cs ↔ word_count.py).</summary>
    public static IReadOnlyList<Kernel> Discover(string folder, out List<string> problems)
    {
        problems = new List<string>();
        var kernels = new List<Kernel>();
        foreach (var cs in Directory.GetFiles(folder, "*.cs").OrderBy(p => p, StringComparer.Ordinal))
        {
            var name = SnakeCase(Path.GetFileNameWithoutExtension(cs));
            var py = Path.Combine(folder, name + ".py");
            if (File.Exists(py)) kernels.Add(new Kernel(name, cs, py));
            else problems.Add($"{Path.GetFileName(cs)} has no hand-written twin {name}.py");
        }
        return kernels;
    }

    public static string SnakeCase(string name)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c) && i > 0 && (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1]))) sb.Append('_');
            sb.Append(char.ToLowerInvariant(c));
        }
        return sb.ToString();
    }

    public bool Matches(string filter) =>
        string.Equals(filter, Name, StringComparison.OrdinalIgnoreCase)
        || string.Equals(filter, Path.GetFileNameWithoutExtension(CSharpPath), StringComparison.OrdinalIgnoreCase);
}

/// <summary>A kernel compiled by McuSharp, with what it prints when its C# runs on .NET.</summary>
internal sealed record BuiltKernel(Kernel Kernel, IReadOnlyList<OutputModule> Modules, string HandWritten, IReadOnlyList<string> DotNetOutput, TimeSpan CompileTime)
{
    public long GeneratedBytes => Modules.Sum(m => (long)Encoding.UTF8.GetByteCount(m.Text));
    public long HandWrittenBytes => Encoding.UTF8.GetByteCount(HandWritten);

    public Dictionary<string, string> GeneratedFiles => Modules.ToDictionary(m => m.FileName, m => m.Text, StringComparer.Ordinal);

    /// <summary>Compiles the kernel with McuCompiler (the compiler's public API) and runs its C# on .NET; the error text when either fails.</summary>
    public static (BuiltKernel? Built, string? Error) Build(Kernel kernel)
    {
        var text = File.ReadAllText(kernel.CSharpPath);
        var handWritten = File.ReadAllText(kernel.PythonPath);
        var started = System.Diagnostics.Stopwatch.StartNew();
        var compilation = CompilationFactory.FromText(new[] { (kernel.CSharpPath, text) });
        var result = McuCompiler.Compile(compilation);
        var compileTime = started.Elapsed;
        if (!result.Success)
        {
            var diagnostics = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => "  " + McuCompiler.Format(d));
            return (null, "McuSharp did not compile it:\n" + string.Join("\n", diagnostics));
        }
        var (output, error) = RunOnDotNet(compilation);
        if (error is not null) return (null, error);
        return (new BuiltKernel(kernel, result.Modules, handWritten, output!, compileTime), null);
    }

    /// <summary>The reference: the C# kernel run on .NET in this process, its stdout split into lines.</summary>
    private static (IReadOnlyList<string>? Output, string? Error) RunOnDotNet(CSharpCompilation compilation)
    {
        using var image = new MemoryStream();
        var emit = compilation.Emit(image);
        if (!emit.Success)
            return (null, "it does not compile on .NET:\n" + string.Join("\n", emit.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => "  " + d)));
        image.Position = 0;
        var context = new AssemblyLoadContext("kernel", isCollectible: true);
        var previousOut = Console.Out;
        var previousCulture = CultureInfo.CurrentCulture;
        var output = new StringWriter { NewLine = "\n" };
        try
        {
            var entry = context.LoadFromStream(image).EntryPoint;
            if (entry is null) return (null, "it has no static Main method");
            Console.SetOut(output);
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
            entry.Invoke(null, entry.GetParameters().Length == 1 ? new object[] { Array.Empty<string>() } : null);
        }
        catch (TargetInvocationException e)
        {
            return (null, "its C# throws on .NET: " + e.InnerException);
        }
        finally
        {
            Console.SetOut(previousOut);
            CultureInfo.CurrentCulture = previousCulture;
            context.Unload();
        }
        return (SplitLines(output.ToString()), null);
    }

    public static IReadOnlyList<string> SplitLines(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').ToList();
        if (lines.Count > 0 && lines[^1].Length == 0) lines.RemoveAt(lines.Count - 1);
        return lines;
    }
}
