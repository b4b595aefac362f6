using System.Text;

namespace McuSharp.Compiler.Output;

/// <summary>Writes a build's modules all at once: into a fresh sibling folder first, then moved into place, so a failed build never leaves a half-written output folder.</summary>
public static class ModuleWriter
{
    public static void Write(CompileResult result, string outputDirectory, string? sourceRoot)
    {
        if (!result.Success) throw new InvalidOperationException("Only a successful compilation can be written.");
        // "out/" and "out" are the same folder (a trailing separator would make the name empty).
        var target = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDirectory));
        var parent = Path.GetDirectoryName(target) ?? ".";
        Directory.CreateDirectory(parent);
        var staging = Path.Combine(parent, "." + Path.GetFileName(target) + ".staging-" + Environment.ProcessId);
        if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
        Directory.CreateDirectory(staging);
        try
        {
            var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
            foreach (var module in result.Modules) File.WriteAllText(Path.Combine(staging, module.FileName), module.Text, utf8);
            File.WriteAllText(Path.Combine(staging, SourceMap.FileName), result.SourceMap.ToJson(sourceRoot), utf8);
            var previous = target + ".previous-" + Environment.ProcessId;
            if (Directory.Exists(target)) Directory.Move(target, previous);
            Directory.Move(staging, target);
            if (Directory.Exists(previous)) Directory.Delete(previous, recursive: true);
        }
        finally
        {
            if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
        }
    }
}
