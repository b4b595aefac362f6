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

    /// <summary>The board profile id ($(McuBoard)): façade constants and features come from it.</summary>
    public string Board { get; set; } = "generic";

    /// <summary>@(McuSecret): configuration values (Include = key, metadata Value); when given, secrets.json is not read.</summary>
    public ITaskItem[] Secrets { get; set; } = [];

    public override bool Execute()
    {
        try
        {
            if (!McuSharp.Boards.BoardProfiles.TryGet(Board, out var profile) || profile is null)
            {
                Log.LogError(null, "MCU0021", null, Project, 0, 0, 0, 0,
                    $"Unknown board '{Board}' (McuBoard). Known boards: {string.Join(", ", McuSharp.Boards.BoardProfiles.Ids)}.");
                return false;
            }
            var sources = SourceSet.Resolve([Project]);
            var options = new CompileOptions
            {
                Board = profile,
                ProjectDirectory = sources.DisplayRoot,
                // The values go to config.py only: they are never logged.
                Secrets = Secrets.Length == 0 ? null : Secrets.ToDictionary(s => s.ItemSpec, s => (object?)s.GetMetadata("Value"), StringComparer.Ordinal),
            };
            var result = McuCompiler.Compile(CompilationFactory.FromSources(sources), options);
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
