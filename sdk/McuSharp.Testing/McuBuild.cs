using McuSharp.Compiler.Output;

namespace McuSharp.Testing;

/// <summary>A successful build of a McuSharp program: the MicroPython modules and the compiler's warnings.</summary>
public sealed class McuBuild
{
    internal McuBuild(string project, string board, string modulesDirectory, IReadOnlyList<string> warnings, SourceMap sourceMap)
    {
        Project = project;
        Board = board;
        ModulesDirectory = modulesDirectory;
        Warnings = warnings;
        SourceMap = sourceMap;
    }

    /// <summary>The project file, folder or source file that was built (full path).</summary>
    public string Project { get; }

    /// <summary>The board profile it was built for.</summary>
    public string Board { get; }

    /// <summary>The folder holding <c>main.py</c>, the other modules and <c>mcus_map.json</c> (a temporary folder owned by this process).</summary>
    public string ModulesDirectory { get; }

    /// <summary>The compiler's and analyzers' warnings, formatted as <c>mcu build</c> prints them (<c>path(line,col): warning MCU1004: ...</c>).</summary>
    public IReadOnlyList<string> Warnings { get; }

    /// <summary>The text of one generated module (<c>main.py</c>, <c>config.py</c>, ...).</summary>
    /// <exception cref="FileNotFoundException">The build has no such module.</exception>
    public string ReadModule(string fileName) => File.ReadAllText(Path.Combine(ModulesDirectory, fileName));

    internal SourceMap SourceMap { get; }
}

/// <summary>The program did not compile; <see cref="Exception.Message"/> lists every error as <c>mcu build</c> prints it.</summary>
public sealed class McuBuildException : Exception
{
    internal McuBuildException(string project, IReadOnlyList<string> diagnostics)
        : base($"{project} did not compile:\n{string.Join('\n', diagnostics)}")
    {
        Diagnostics = diagnostics;
    }

    /// <summary>The errors and warnings, formatted as <c>mcu build</c> prints them.</summary>
    public IReadOnlyList<string> Diagnostics { get; }
}
