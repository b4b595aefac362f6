using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace McuSharp.Benchmarks;

/// <summary>A MicroPython program for the VM: its id ("sieve/generated") and its module files.</summary>
internal sealed record VmProgram(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("files")] Dictionary<string, string> Files);

/// <summary>One run of one program in a fresh VM, as Host/bench-host.mjs reports it.</summary>
internal sealed record VmRun
{
    [JsonPropertyName("id")] public string Id { get; init; } = "";
    [JsonPropertyName("index")] public int Index { get; init; }
    /// <summary>time.ticks_us() span around the program body (this VM's clock ticks in whole milliseconds).</summary>
    [JsonPropertyName("us")] public long WallMicroseconds { get; init; }
    /// <summary>CPU time the VM's process spent on the same step (process.cpuUsage(), microseconds).</summary>
    [JsonPropertyName("cpuUs")] public long CpuMicroseconds { get; init; }
    /// <summary>Heap in use once the modules are loaded and main.py is compiled, before it runs (bytes).</summary>
    [JsonPropertyName("code")] public long CodeHeap { get; init; }
    /// <summary>Bytes allocated while the program body ran (this VM does not collect inside a run).</summary>
    [JsonPropertyName("alloc")] public long Allocated { get; init; }
    /// <summary>Heap in use after the program ran and a collection: what `import main` keeps (bytes).</summary>
    [JsonPropertyName("heap")] public long HeapAfterImport { get; init; }
    [JsonPropertyName("output")] public List<string> Output { get; init; } = new();
    [JsonPropertyName("error")] public string? Error { get; init; }
}

/// <summary>Runs programs on the MicroPython VM through the Node host script, one fresh VM per run.</summary>
internal sealed class VmRunner(BenchEnvironment environment)
{
    public const int HeapSize = 1024 * 1024;
    public const int PyStack = 16 * 1024;

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    /// <summary>Runs the schedule (program ids, one run each, in this order) in one Node process; the runs in schedule order.</summary>
    public List<VmRun> Run(IReadOnlyList<VmProgram> programs, IReadOnlyList<string> schedule, Action<VmRun>? progress = null)
    {
        var jobFile = Path.Combine(Path.GetTempPath(), $"mcusharp-bench-{Environment.ProcessId}-{Guid.NewGuid():N}.json");
        var job = new Dictionary<string, object>
        {
            ["micropython"] = environment.MicroPythonModule,
            ["heapsize"] = HeapSize,
            ["pystack"] = PyStack,
            ["programs"] = programs,
            ["schedule"] = schedule,
        };
        File.WriteAllText(jobFile, JsonSerializer.Serialize(job, Json));
        try
        {
            var info = new ProcessStartInfo("node")
            {
                WorkingDirectory = environment.BenchFolder,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            info.ArgumentList.Add(environment.HostScript);
            info.ArgumentList.Add(jobFile);
            using var process = Process.Start(info) ?? throw new InvalidOperationException("could not start node");
            var stderr = process.StandardError.ReadToEndAsync();
            var runs = new List<VmRun>();
            while (process.StandardOutput.ReadLine() is { } line)
            {
                if (line.Length == 0 || line[0] != '{') continue;
                var run = JsonSerializer.Deserialize<VmRun>(line, Json) ?? throw new InvalidOperationException("bad host output: " + line);
                runs.Add(run);
                progress?.Invoke(run);
            }
            process.WaitForExit();
            if (process.ExitCode != 0 || runs.Count != schedule.Count)
                throw new InvalidOperationException($"the Node host failed (exit code {process.ExitCode}, {runs.Count} of {schedule.Count} runs):\n{stderr.Result}");
            return runs;
        }
        finally
        {
            File.Delete(jobFile);
        }
    }
}
