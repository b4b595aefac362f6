using System.Diagnostics;

namespace McuSharp.Cli.Tests;

/// <summary>Runs the real `mcu` command (mcu.dll beside the tests) and captures its streams and exit code.</summary>
internal static class Mcu
{
    public sealed record Run(int ExitCode, string Stdout, string Stderr);

    public static string RepositoryRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "McuSharp.sln"))) dir = dir.Parent;
            return dir?.FullName ?? throw new AssertFailedException("McuSharp.sln not found");
        }
    }

    public static Run Invoke(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = workingDirectory };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "mcu.dll"));
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(120_000)) { process.Kill(true); throw new AssertFailedException("mcu did not finish within 120 s"); }
        return new Run(process.ExitCode, stdout.Result, stderr.Result);
    }

    public static string TempFolder()
    {
        var path = Path.Combine(Path.GetTempPath(), "mcu-cli-test-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }
}
