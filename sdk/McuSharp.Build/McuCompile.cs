using McuSharp.Compiler;
using McuSharp.Compiler.Frontend;
using McuSharp.Compiler.Output;
using Microsoft.Build.Framework;
using Microsoft.CodeAnalysis;

namespace McuSharp.Build;

/// <summary>Compiles the project's C# to MicroPython modules; compiler diagnostics become MSBuild errors and warnings at their C# locations.</summary>
public sealed class McuCompile : Microsoft.Build.Utilities.Task
{
    [Required] public string Project { get; set; } = "";
    [Required] public string OutputPath { get; set; } = "";

    public override bool Execute()
    {
        try
        {
            var sources = SourceSet.Resolve([Project]);
            var result = McuCompiler.Compile(CompilationFactory.FromSources(sources));
            foreach (var diagnostic in result.Diagnostics) Report(diagnostic);
            if (!result.Success) return false;
            ModuleWriter.Write(result, OutputPath.TrimEnd('/', '\\'), sources.DisplayRoot); // the writer renames folders: no trailing separator
            Log.LogMessage(MessageImportance.High, $"McuSharp: {result.Modules.Count} MicroPython module(s) -> {OutputPath}");
            return true;
        }
        catch (UserInputException e)
        {
            Log.LogError(null, "MCU0000", null, Project, 0, 0, 0, 0, e.Message);
            return false;
        }
    }

    private void Report(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetLineSpan();
        var (line, column, endLine, endColumn) = (span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1, span.EndLinePosition.Line + 1, span.EndLinePosition.Character + 1);
        if (diagnostic.Severity == DiagnosticSeverity.Error)
            Log.LogError(null, diagnostic.Id, null, span.Path, line, column, endLine, endColumn, diagnostic.GetMessage());
        else if (diagnostic.Severity == DiagnosticSeverity.Warning)
            Log.LogWarning(null, diagnostic.Id, null, span.Path, line, column, endLine, endColumn, diagnostic.GetMessage());
    }
}
