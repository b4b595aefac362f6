using System.Text.RegularExpressions;

namespace McuSharp.Compiler.Tests;

/// <summary>The C# programs under Programs/: each is run on .NET and on MicroPython, or is expected to be refused.</summary>
internal static class ProgramCorpus
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Programs");

    public static IEnumerable<object[]> All() =>
        Directory.GetFiles(Folder, "*.cs").OrderBy(f => f, StringComparer.Ordinal).Select(f => new object[] { Path.GetFileName(f) });

    /// <summary>`// expect: MCU0006` in a program's first lines: the compiler must refuse it with that diagnostic.</summary>
    public static string? ExpectedDiagnostic(string text)
    {
        var match = Regex.Match(text, @"^//\s*expect:\s*(MCU\d{4})", RegexOptions.Multiline);
        return match.Success ? match.Groups[1].Value : null;
    }
}
