using McuSharp.Boards;
using McuSharp.Compiler;
using McuSharp.Compiler.Frontend;
using McuSharp.Compiler.Output;

namespace McuSharp.Cli;

/// <summary>`mcu build`: compile C# to MicroPython modules; the same diagnostics `dotnet build` shows.</summary>
internal static class BuildCommand
{
    /// <summary>The default output folder of a source set: bin/mcu/&lt;board&gt; beside the project, or beside the first file.</summary>
    public static string DefaultOutput(SourceSet sources, string board) => Path.Combine(sources.DisplayRoot, "bin", "mcu", board);

    /// <summary>The profile of <paramref name="board"/>; an unknown id is refused (exit code 2) with the known ones listed.</summary>
    public static BoardProfile Profile(string board)
    {
        try
        {
            return BoardProfiles.Get(board);
        }
        catch (UnknownBoardException e)
        {
            throw new InvalidInputException(e.Message);
        }
    }

    /// <summary>The board a build is for: the one asked for, else the project's McuBoard (as dotnet build uses), else generic.</summary>
    public static string BoardOf(SourceSet sources, string? requested) => requested ?? sources.ProjectBoard ?? "generic";

    /// <summary>Compiles and writes the modules; prints diagnostics to stderr. Returns null when the build failed.</summary>
    public static string? Build(IReadOnlyList<string> paths, string? board, string? output, TextWriter diagnosticsOut)
    {
        var sources = SourceSet.Resolve(paths);
        board = BoardOf(sources, board);
        var profile = Profile(board);
        var compilation = CompilationFactory.FromSources(sources);
        // The board decides façade constants and features; secrets.json is read from the project's folder.
        var result = McuCompiler.Compile(compilation, new CompileOptions { Board = profile, ProjectDirectory = sources.DisplayRoot });
        var root = Directory.GetCurrentDirectory();
        foreach (var diagnostic in result.Diagnostics) diagnosticsOut.WriteLine(McuCompiler.Format(diagnostic, root));
        if (!result.Success)
        {
            var errors = result.Errors.Count();
            diagnosticsOut.WriteLine($"Build failed: {errors} error(s). Nothing was written.");
            return null;
        }
        var target = output ?? DefaultOutput(sources, board);
        ModuleWriter.Write(result, target, sources.DisplayRoot);
        return target;
    }
}
