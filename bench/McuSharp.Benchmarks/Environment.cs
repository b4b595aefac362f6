using System.Diagnostics;
using System.Globalization;

namespace McuSharp.Benchmarks;

/// <summary>Where things are (the repository, the kernels, the Node host, the MicroPython VM) and the Node.js check.</summary>
internal sealed class BenchEnvironment
{
    public const string VmPackagePath = "node_modules/@micropython/micropython-webassembly-pyscript/micropython.mjs";

    public required string RepositoryRoot { get; init; }
    public string BenchFolder => Path.Combine(RepositoryRoot, "bench", "McuSharp.Benchmarks");
    public string KernelFolder => Path.Combine(BenchFolder, "Kernels");
    public string HostScript => Path.Combine(BenchFolder, "Host", "bench-host.mjs");
    public string SimulatorFolder => Path.Combine(RepositoryRoot, "sdk", "McuSharp.Simulator");
    public string MicroPythonModule => Path.Combine(SimulatorFolder, VmPackagePath);
    public string NodeVersion { get; private set; } = "";

    /// <summary>The repository holding this benchmark: searched upwards from the program's folder, then from the current folder.</summary>
    public static BenchEnvironment? Locate()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "bench", "McuSharp.Benchmarks", "McuSharp.Benchmarks.csproj"))
                    && Directory.Exists(Path.Combine(dir.FullName, "sdk", "McuSharp.Simulator")))
                    return new BenchEnvironment { RepositoryRoot = dir.FullName };
            }
        }
        return null;
    }

    /// <summary>Checks for Node.js (>= 18) and the MicroPython VM package, restoring the package with `npm ci` when it is missing.</summary>
    public string? Prepare(TextWriter log)
    {
        var version = RunTool("node", "--version", RepositoryRoot, out var exitCode);
        if (version is null || exitCode != 0)
            return "Node.js 18 or newer is required to run MicroPython: install it from https://nodejs.org and put `node` on PATH.";
        version = version.Trim();
        var major = version.TrimStart('v').Split('.')[0];
        if (!int.TryParse(major, NumberStyles.None, CultureInfo.InvariantCulture, out var m) || m < 18)
            return $"Node.js 18 or newer is required to run MicroPython; `node --version` says {version}: install a newer one from https://nodejs.org.";
        NodeVersion = version;

        if (!File.Exists(MicroPythonModule))
        {
            log.WriteLine($"The MicroPython VM package is missing: running `npm ci` in {Path.GetRelativePath(RepositoryRoot, SimulatorFolder)} ...");
            var npmOutput = RunTool("npm", "ci --no-audit --no-fund", SimulatorFolder, out var npmExit);
            if (npmOutput is null || npmExit != 0 || !File.Exists(MicroPythonModule))
                return $"`npm ci` in {SimulatorFolder} failed (is npm installed?):\n{npmOutput}";
        }
        if (!File.Exists(HostScript)) return $"The benchmark host script is missing: {HostScript}";
        return null;
    }

    /// <summary>Runs a tool and returns its output (stdout and stderr), or null when it cannot be started.</summary>
    private static string? RunTool(string file, string arguments, string workingDirectory, out int exitCode)
    {
        exitCode = -1;
        try
        {
            var info = new ProcessStartInfo(file, arguments)
            {
                WorkingDirectory = workingDirectory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            using var process = Process.Start(info);
            if (process is null) return null;
            var stderr = process.StandardError.ReadToEndAsync();
            var stdout = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            exitCode = process.ExitCode;
            return stdout + stderr.Result;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
