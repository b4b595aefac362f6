using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace McuSharp.Simulator;

/// <summary>
/// Runs a folder of built MicroPython modules on the real MicroPython VM (WebAssembly) in Node.js, through
/// <c>simulator/host/sim-host.mjs</c>. Each run is one short-lived <c>node</c> process; runs are independent and
/// may execute in parallel. The class holds no state.
/// </summary>
public sealed class MicroPythonSimulator
{
    /// <summary>How long after <see cref="SimulationOptions.Timeout"/> the node process is killed if the host has not stopped it itself.</summary>
    public static readonly TimeSpan BackstopGrace = TimeSpan.FromSeconds(5);

    private const string TracebackHeader = "Traceback (most recent call last):";
    private const string TimeoutMessage = "timeout: the program was still running after ";

    /// <summary>Where the build puts the host: <c>simulator/host/sim-host.mjs</c> next to this assembly.</summary>
    public static string DefaultHostScriptPath { get; } = Path.Combine(
        Path.GetDirectoryName(typeof(MicroPythonSimulator).Assembly.Location) is { Length: > 0 } dir ? dir : AppContext.BaseDirectory,
        "simulator", "host", "sim-host.mjs");

    /// <summary>
    /// Runs the program and forwards its output as it arrives (UTF-8 decoded, chunks may end anywhere, even mid-line).
    /// The callbacks run on thread-pool threads: calls for one stream are sequential, stdout and stderr calls may overlap.
    /// </summary>
    /// <exception cref="SimulatorUnavailableException">Node.js 18+ or the host files are missing.</exception>
    /// <exception cref="DirectoryNotFoundException">The modules folder does not exist.</exception>
    /// <exception cref="OperationCanceledException">Cancelled; the node process has been killed.</exception>
    public async Task<SimulationResult> RunAsync(
        SimulationOptions options, Action<string>? onStdout, Action<string>? onStderr, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        cancellationToken.ThrowIfCancellationRequested();
        var temporaryEvents = options.CollectEvents && options.EventsFile is null
            ? Path.Combine(Path.GetTempPath(), $"mcus-events-{Guid.NewGuid():N}.jsonl")
            : null;
        if (temporaryEvents is not null) options = options with { EventsFile = temporaryEvents };
        try
        {
            var result = await RunProcessAsync(options, onStdout, onStderr, cancellationToken).ConfigureAwait(false);
            return options.CollectEvents ? result with { Events = ReadEvents(options.EventsFile!) } : result;
        }
        finally
        {
            if (temporaryEvents is not null) File.Delete(temporaryEvents);
        }
    }

    /// <summary>The events file's JSON lines (none when the program never reached a device module).</summary>
    private static IReadOnlyList<JsonElement> ReadEvents(string file) =>
        File.Exists(file)
            ? File.ReadLines(file).Where(line => !string.IsNullOrWhiteSpace(line)).Select(line => JsonDocument.Parse(line).RootElement.Clone()).ToList()
            : Array.Empty<JsonElement>();

    private async Task<SimulationResult> RunProcessAsync(
        SimulationOptions options, Action<string>? onStdout, Action<string>? onStderr, CancellationToken cancellationToken)
    {
        using var deviceConfig = DeviceConfigFile.Create(options.Device);
        var startInfo = CreateStartInfo(options, deviceConfig?.Path);
        var stopwatch = Stopwatch.StartNew();

        using var process = new Process { StartInfo = startInfo };
        try
        {
            process.Start();
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new SimulatorUnavailableException($"Could not start Node.js ({startInfo.FileName}): {e.Message}", e);
        }
        process.StandardInput.Close(); // input() in the program sees end of file

        var stderrText = new StringBuilder();
        var stdoutPump = PumpAsync(process.StandardOutput.BaseStream, text => onStdout?.Invoke(text));
        var stderrPump = PumpAsync(process.StandardError.BaseStream, text =>
        {
            lock (stderrText)
                stderrText.Append(text);
            onStderr?.Invoke(text);
        });
        // A throwing callback stops its pump; kill node so that it cannot block on a full pipe.
        _ = Task.WhenAll(stdoutPump, stderrPump).ContinueWith(_ => Kill(process), CancellationToken.None,
            TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);

        var backstopKilled = false;
        using (var backstop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
        {
            if (options.Timeout is { } timeout)
                backstop.CancelAfter(timeout + BackstopGrace);
            try
            {
                await process.WaitForExitAsync(backstop.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                Kill(process);
                await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
                if (cancellationToken.IsCancellationRequested)
                {
                    await Task.WhenAll(stdoutPump, stderrPump).ContinueWith(_ => { }, TaskScheduler.Default).ConfigureAwait(false);
                    cancellationToken.ThrowIfCancellationRequested();
                }
                backstopKilled = true;
            }
        }
        await Task.WhenAll(stdoutPump, stderrPump).ConfigureAwait(false);
        stopwatch.Stop();

        var exitCode = process.ExitCode;
        if (backstopKilled)
        {
            var message = $"{TimeoutMessage}{FormatSeconds(options.Timeout!.Value)} s (the host did not stop it; node was killed)\n";
            stderrText.Append(message);
            onStderr?.Invoke(message);
            exitCode = SimulationResult.TimeoutExitCode;
        }
        var stderr = stderrText.ToString();
        return new SimulationResult
        {
            ExitCode = exitCode,
            // 124 alone could also be sys.exit(124): the host's own message (its last line) tells them apart.
            TimedOut = exitCode == SimulationResult.TimeoutExitCode
                && (stderr.StartsWith(TimeoutMessage, StringComparison.Ordinal) || stderr.Contains("\n" + TimeoutMessage, StringComparison.Ordinal)),
            Traceback = exitCode == SimulationResult.UncaughtExceptionExitCode ? ExtractTraceback(stderr) : null,
            Stderr = stderr,
            Elapsed = stopwatch.Elapsed,
        };
    }

    /// <summary>Runs the program and returns its whole output in <see cref="SimulationResult.Stdout"/> (and <see cref="SimulationResult.Stderr"/>).</summary>
    public async Task<SimulationResult> RunToCompletionAsync(SimulationOptions options, CancellationToken cancellationToken = default)
    {
        var stdout = new StringBuilder();
        var result = await RunAsync(options, text => stdout.Append(text), null, cancellationToken).ConfigureAwait(false);
        return result with { Stdout = stdout.ToString() };
    }

    /// <summary>The last traceback in <paramref name="stderr"/> (the uncaught exception is the last thing the host writes), or null.</summary>
    public static string? ExtractTraceback(string stderr)
    {
        var start = stderr.LastIndexOf(TracebackHeader, StringComparison.Ordinal);
        return start < 0 ? null : stderr[start..];
    }

    private static ProcessStartInfo CreateStartInfo(SimulationOptions options, string? deviceConfig)
    {
        var node = NodeRuntime.Locate(options.NodePath);
        var host = Path.GetFullPath(options.HostScriptPath ?? DefaultHostScriptPath);
        var vm = Path.Combine(Path.GetDirectoryName(host)!, "..", "node_modules", "@micropython", "micropython-webassembly-pyscript", "micropython.wasm");
        if (!File.Exists(host) || !File.Exists(vm))
            throw new SimulatorUnavailableException(
                $"The simulator files are missing ({(File.Exists(host) ? Path.GetFullPath(vm) : host)}). Rebuild McuSharp.Simulator: its build runs 'npm ci' and copies 'simulator/' to the output folder.");
        if (!Directory.Exists(options.ModulesDirectory))
            throw new DirectoryNotFoundException($"The modules folder does not exist: {options.ModulesDirectory}");

        var psi = new ProcessStartInfo(node)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            CreateNoWindow = true,
        };
        var args = psi.ArgumentList;
        args.Add(host);
        Add("--modules", Path.GetFullPath(options.ModulesDirectory));
        Add("--entry", options.EntryModule);
        if (options.Timeout is { } timeout)
        {
            if (timeout <= TimeSpan.Zero)
                throw new ArgumentOutOfRangeException(nameof(options), "SimulationOptions.Timeout must be positive (or null for no limit).");
            Add("--timeout", FormatSeconds(timeout));
        }
        if (options.DeviceDirectory is { } device)
            Add("--device", Path.GetFullPath(device));
        if (options.EventsFile is { } events)
            Add("--events", Path.GetFullPath(events));
        if (options.PluginsDirectory is { } plugins)
            Add("--plugins", Path.GetFullPath(plugins));
        if ((options.FileSystemRoot ?? options.Device?.Board.FileSystemRoot) is { } root)
            Add("--fs-root", root);
        if (deviceConfig is not null)
            Add("--config", deviceConfig);
        if (options.HeapSize is { } heap)
            Add("--heapsize", heap.ToString(CultureInfo.InvariantCulture));
        if (options.PyStack is { } pystack)
            Add("--pystack", pystack.ToString(CultureInfo.InvariantCulture));
        return psi;

        void Add(string name, string value)
        {
            args.Add(name);
            args.Add(value);
        }
    }

    /// <summary>The device config of one run, in a temporary file deleted when the run is over.</summary>
    private sealed class DeviceConfigFile : IDisposable
    {
        private DeviceConfigFile(string path) => Path = path;

        public string Path { get; }

        public static DeviceConfigFile? Create(DeviceSetup? device)
        {
            if (device is null) return null;
            var file = new DeviceConfigFile(System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"mcusharp-device-{Guid.NewGuid():N}.json"));
            device.WriteConfig(file.Path);
            return file;
        }

        public void Dispose()
        {
            try
            {
                File.Delete(Path);
            }
            catch (IOException)
            {
            }
        }
    }

    private static string FormatSeconds(TimeSpan time) => time.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);

    private static async Task PumpAsync(Stream stream, Action<string> sink)
    {
        var decoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetDecoder();
        var bytes = new byte[16 * 1024];
        var chars = new char[Encoding.UTF8.GetMaxCharCount(bytes.Length)];
        int read;
        while ((read = await stream.ReadAsync(bytes).ConfigureAwait(false)) > 0)
        {
            var count = decoder.GetChars(bytes, 0, read, chars, 0, flush: false);
            if (count > 0)
                sink(new string(chars, 0, count));
        }
        var rest = decoder.GetChars(bytes, 0, 0, chars, 0, flush: true);
        if (rest > 0)
            sink(new string(chars, 0, rest));
    }

    private static void Kill(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // already exited
        }
    }
}
