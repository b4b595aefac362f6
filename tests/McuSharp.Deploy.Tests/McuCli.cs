using System.Diagnostics;

namespace McuSharp.Deploy.Tests;

/// <summary>Runs the real `mcu` command (its build output sits beside the tests), optionally as another user.</summary>
internal static class McuCli
{
    public sealed record Result(int ExitCode, string Stdout, string Stderr)
    {
        public override string ToString() => $"exit {ExitCode}\nstdout: {Stdout}\nstderr: {Stderr}";
    }

    public static Result Run(string workingDirectory, params string[] args) => RunAs(null, workingDirectory, null, args);

    /// <summary>
    /// The tool's files where any user can read them: the checkout may sit in a folder only its owner can enter
    /// (a mktemp folder, a home directory), and the permission test runs mcu as another user.
    /// </summary>
    private static readonly Lazy<string> ReachableCopy = new(() =>
    {
        var copy = Directory.CreateTempSubdirectory("mcu-tool-").FullName;
        foreach (var file in Directory.EnumerateFiles(AppContext.BaseDirectory, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(copy, Path.GetRelativePath(AppContext.BaseDirectory, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        if (!OperatingSystem.IsWindows())
        {
            foreach (var folder in Directory.EnumerateDirectories(copy, "*", SearchOption.AllDirectories).Append(copy))
                File.SetUnixFileMode(folder, (UnixFileMode)0b111_101_101);
        }
        return copy;
    });

    /// <summary>With <paramref name="uid"/>, runs through setpriv as that user (for permission tests as root).</summary>
    public static Result RunAs(int? uid, string workingDirectory, string? stdin, params string[] args)
    {
        var start = new ProcessStartInfo(uid is null ? "dotnet" : "setpriv")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        if (uid is not null) foreach (var a in new[] { $"--reuid={uid}", $"--regid={uid}", "--clear-groups", "--", "dotnet" }) start.ArgumentList.Add(a);
        start.ArgumentList.Add(Path.Combine(uid is null ? AppContext.BaseDirectory : ReachableCopy.Value, "mcu.dll"));
        foreach (var a in args) start.ArgumentList.Add(a);
        start.Environment["DOTNET_CLI_HOME"] = Path.GetTempPath();
        start.Environment["HOME"] = Path.GetTempPath();
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (stdin is not null) process.StandardInput.Write(stdin);
        process.StandardInput.Close();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"mcu {string.Join(' ', args)} did not finish in 120 s");
        }
        return new Result(process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>One "error MCU2xxx: ..." line, no stack trace, and the given exit code.</summary>
    public static void AssertOneError(Result result, string id, int exitCode = 1)
    {
        Assert.AreEqual(exitCode, result.ExitCode, result.ToString());
        StringAssert.Contains(result.Stderr, $"error {id}: ", result.ToString());
        Assert.IsFalse(result.Stderr.Contains("   at ") || result.Stderr.Contains("Exception"), "a stack trace: " + result);
    }
}
