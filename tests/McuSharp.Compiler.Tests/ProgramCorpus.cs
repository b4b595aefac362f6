using System.Text.RegularExpressions;

namespace McuSharp.Compiler.Tests;

/// <summary>The C# programs under Programs/: each is run on .NET and on MicroPython, or is expected to be refused.</summary>
internal static class ProgramCorpus
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Programs");

    /// <summary>Each program: a .cs file, or a folder of .cs files (a project of several files and namespaces).</summary>
    /// <remarks>MCUSHARP_PROGRAMS=Name1,Name2 (file names without .cs, or parts of them) runs only those.</remarks>
    public static IEnumerable<object[]> All() =>
        Directory.GetFiles(Folder, "*.cs").Concat(Directory.GetDirectories(Folder).Where(d => Path.GetFileName(d) is not ("bin" or "obj"))) // build output of `mcu sim Program.cs`
            .Where(f => Environment.GetEnvironmentVariable("MCUSHARP_PROGRAMS") is not { Length: > 0 } only
                || only.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Any(o => Path.GetFileName(f).Contains(o, StringComparison.OrdinalIgnoreCase)))
            .OrderBy(f => f, StringComparer.Ordinal).Select(f => new object[] { Path.GetFileName(f) });

    /// <summary>The (path, text) sources of a program of <see cref="All"/>.</summary>
    public static List<(string Path, string Text)> Sources(string program)
    {
        var path = Path.Combine(Folder, program);
        var files = Directory.Exists(path) ? Directory.GetFiles(path, "*.cs").OrderBy(f => f, StringComparer.Ordinal).ToArray() : new[] { path };
        return files.Select(f => (f, File.ReadAllText(f))).ToList();
    }

    /// <summary>`// expect: MCU0006` in a program's first lines: the compiler must refuse it with that diagnostic.</summary>
    public static string? ExpectedDiagnostic(string text)
    {
        var match = Regex.Match(text, @"^//\s*expect:\s*(MCU\d{4})", RegexOptions.Multiline);
        return match.Success ? match.Groups[1].Value : null;
    }
}
