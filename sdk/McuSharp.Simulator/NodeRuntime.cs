using System.Collections.Concurrent;
using System.Diagnostics;

namespace McuSharp.Simulator;

/// <summary>Finds Node.js and checks that it is recent enough to run the simulator host.</summary>
public static class NodeRuntime
{
    /// <summary>The oldest Node.js major version the host supports.</summary>
    public const int MinimumMajorVersion = 18;

    private static readonly ConcurrentDictionary<string, Lazy<string>> Checked = new(StringComparer.Ordinal);

    /// <summary>
    /// Returns the full path of a usable <c>node</c>: <paramref name="nodePath"/> when given (a file path, or a bare
    /// command name looked up on PATH), otherwise the first <c>node</c> on PATH. The version check runs once per path
    /// and process.
    /// </summary>
    /// <exception cref="SimulatorUnavailableException">No node was found, it does not run, or it is older than 18.</exception>
    public static string Locate(string? nodePath = null)
    {
        var path = nodePath is null ? FindOnPath("node")
            : Path.GetFileName(nodePath) == nodePath && !File.Exists(nodePath) ? FindOnPath(nodePath)
            : nodePath;
        if (path is null)
            throw Unavailable("none");
        if (!File.Exists(path))
            throw Unavailable("none");
        path = Path.GetFullPath(path);
        var check = Checked.GetOrAdd(path, p => new Lazy<string>(() => Check(p)));
        try
        {
            return check.Value;
        }
        catch (SimulatorUnavailableException)
        {
            Checked.TryRemove(path, out _);
            throw;
        }
    }

    /// <summary>Runs <c>node --version</c> and returns the version, or null when it cannot be run or parsed.</summary>
    public static Version? TryGetVersion(string nodePath)
    {
        try
        {
            var psi = new ProcessStartInfo(nodePath, "--version")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                RedirectStandardInput = true,
                UseShellExecute = false,
            };
            using var process = Process.Start(psi);
            if (process is null)
                return null;
            process.StandardInput.Close();
            var stdout = process.StandardOutput.ReadToEndAsync();
            _ = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(15_000))
            {
                process.Kill(entireProcessTree: true);
                return null;
            }
            var text = stdout.GetAwaiter().GetResult().Trim().TrimStart('v', 'V');
            return process.ExitCode == 0 && Version.TryParse(text, out var version) ? version : null;
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or IOException or InvalidOperationException)
        {
            return null;
        }
    }

    private static string Check(string path)
    {
        var version = TryGetVersion(path);
        if (version is null)
            throw Unavailable($"{path}, which did not answer 'node --version'");
        if (version.Major < MinimumMajorVersion)
            throw Unavailable($"v{version} at {path}");
        return path;
    }

    private static string? FindOnPath(string command)
    {
        var names = OperatingSystem.IsWindows() && !command.EndsWith(".exe", StringComparison.OrdinalIgnoreCase)
            ? new[] { command + ".exe", command }
            : new[] { command };
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var name in names)
            {
                string candidate;
                try
                {
                    candidate = Path.Combine(dir.Trim('"'), name);
                }
                catch (ArgumentException)
                {
                    continue;
                }
                if (File.Exists(candidate))
                    return candidate;
            }
        }
        return null;
    }

    private static SimulatorUnavailableException Unavailable(string found) =>
        new($"Node.js {MinimumMajorVersion} or newer is required to run the simulator (found: {found}). " +
            "Install it (e.g. 'apt-get install nodejs') and make sure 'node' is on PATH.");
}
