using System.Text;
using McuSharp.Compiler.Lowering;
using McuSharp.Compiler.Output;
using McuSharp.Compiler.Python;
using McuSharp.Compiler.Runtime;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace McuSharp.Compiler;

/// <summary>One generated file: its name (e.g. main.py) and text, and where each of its lines came from.</summary>
public sealed record OutputModule(string FileName, string Text, IReadOnlyDictionary<int, SourceOrigin> LineOrigins);

/// <summary>The result of a compilation: diagnostics (Roslyn's and McuSharp's) and, when there are no errors, the modules.</summary>
public sealed record CompileResult(IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<OutputModule> Modules)
{
    public bool Success => Modules.Count > 0 && !Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    public IEnumerable<Diagnostic> Errors => Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error);

    public SourceMap SourceMap => SourceMap.From(Modules);
}

/// <summary>
/// The compiler's front door. Phases: Roslyn parse and bind → lowering to the Python AST (which also checks the
/// supported subset) → printing → runtime helpers. Never throws for bad input: problems are diagnostics.
/// </summary>
public static class McuCompiler
{
    public static CompileResult Compile(CSharpCompilation compilation, CompileOptions? options = null)
    {
        options ??= new CompileOptions();
        var allRoslynDiagnostics = compilation.GetDiagnostics();
        var roslynDiagnostics = allRoslynDiagnostics
            // CS5001 (no Main) is reported as MCU0005, with advice for the device.
            .Where(d => d.Severity == DiagnosticSeverity.Error && d.Id != "CS5001")
            .OrderBy(d => d.Location.SourceTree?.FilePath, StringComparer.Ordinal).ThenBy(d => d.Location.SourceSpan.Start)
            .ToList();
        if (roslynDiagnostics.Count > 0) return new CompileResult(roslynDiagnostics, Array.Empty<OutputModule>());

        var runtime = RuntimeLibrary.Default;
        ProgramContext context;
        List<PyModule>? lowered;
        try
        {
            (lowered, context) = new ProgramLowerer(compilation, runtime, allRoslynDiagnostics.Any(IsNullableWarning), options).Lower();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var location = compilation.SyntaxTrees.FirstOrDefault() is { } tree ? Location.Create(tree, new Microsoft.CodeAnalysis.Text.TextSpan(0, 0)) : Location.None;
            return new CompileResult(new[] { Diagnostic.Create(Diagnostics.McuDiagnostics.InternalError, location, e.GetType().Name + ": " + e.Message) }, Array.Empty<OutputModule>());
        }
        Diagnostics.Rules.DeviceRules.Run(context);
        var diagnostics = context.Diagnostics
            .OrderBy(d => d.Location.SourceTree?.FilePath, StringComparer.Ordinal).ThenBy(d => d.Location.SourceSpan.Start)
            .ToList();
        if (lowered is null || context.HasErrors) return new CompileResult(diagnostics, Array.Empty<OutputModule>());

        var modules = new List<OutputModule>();
        foreach (var module in lowered)
        {
            var printed = PyPrinter.Print(module);
            modules.Add(new OutputModule(module.Name + ".py", printed.Text, printed.LineOrigins));
        }
        if (Facades.ConfigModule(context) is { } config)
        {
            var printed = PyPrinter.Print(config);
            modules.Add(new OutputModule(config.Name + ".py", printed.Text, printed.LineOrigins));
        }
        if (runtime.Emit(context.HelpersUsed) is { } runtimeText)
            modules.Add(new OutputModule(RuntimeLibrary.ModuleName + ".py", runtimeText, new Dictionary<int, SourceOrigin>()));
        return new CompileResult(diagnostics, modules);
    }

    /// <summary>Roslyn's nullable-reference warnings (CS86xx, CS87xx): where one is reported, a non-nullable string may still be null.</summary>
    private static bool IsNullableWarning(Diagnostic d) =>
        d.Severity == DiagnosticSeverity.Warning && (d.Id.StartsWith("CS86", StringComparison.Ordinal) || d.Id.StartsWith("CS87", StringComparison.Ordinal));

    /// <summary>`path(line,col): error MCU0001: message`, the format `dotnet build` uses.</summary>
    public static string Format(Diagnostic diagnostic, string? relativeTo = null)
    {
        var severity = diagnostic.Severity switch
        {
            DiagnosticSeverity.Error => "error",
            DiagnosticSeverity.Warning => "warning",
            _ => "info",
        };
        var sb = new StringBuilder();
        var span = diagnostic.Location.GetLineSpan();
        if (span.IsValid && !string.IsNullOrEmpty(span.Path))
        {
            var path = relativeTo is null ? span.Path : Path.GetRelativePath(relativeTo, span.Path);
            sb.Append(path).Append('(').Append(span.StartLinePosition.Line + 1).Append(',').Append(span.StartLinePosition.Character + 1).Append("): ");
        }
        sb.Append(severity).Append(' ').Append(diagnostic.Id).Append(": ").Append(diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        return sb.ToString();
    }
}
