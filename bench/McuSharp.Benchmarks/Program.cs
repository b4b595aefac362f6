using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace McuSharp.Benchmarks;

/// <summary>
/// The McuSharp benchmark: each kernel's C# compiled by McuSharp against its hand-written MicroPython twin, on the
/// same MicroPython VM (time, source size, heap), plus the compiler's throughput. See bench/README.md.
/// </summary>
public static class Program
{
    private const string Generated = "generated";
    private const string HandWritten = "handwritten";

    public static int Main(string[] args)
    {
        if (args.Any(a => a is "-h" or "--help" or "-?"))
        {
            Console.WriteLine(Options.Usage);
            return 0;
        }
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        var options = Options.Parse(args, Console.Error);
        if (options is null) return 1;
        var total = Stopwatch.StartNew();

        var environment = BenchEnvironment.Locate();
        if (environment is null)
        {
            Console.Error.WriteLine("error: cannot find the repository (a folder holding bench/McuSharp.Benchmarks and sdk/McuSharp.Simulator); run the command from inside it.");
            return 1;
        }
        if (environment.Prepare(Console.Error) is { } problem)
        {
            Console.Error.WriteLine("error: " + problem);
            return 1;
        }

        var kernels = Kernel.Discover(environment.KernelFolder, out var discoveryProblems);
        foreach (var p in discoveryProblems) Console.Error.WriteLine("error: " + p);
        if (discoveryProblems.Count > 0) return 1;
        if (options.KernelFilter.Count > 0)
        {
            var unknown = options.KernelFilter.Where(f => !kernels.Any(k => k.Matches(f))).ToList();
            if (unknown.Count > 0)
            {
                Console.Error.WriteLine($"error: no kernel named {string.Join(", ", unknown)}; the kernels are {string.Join(", ", kernels.Select(k => k.Name))}.");
                return 1;
            }
            kernels = kernels.Where(k => options.KernelFilter.Any(k.Matches)).ToList();
        }

        Console.WriteLine($"McuSharp benchmark: {kernels.Count} kernels on MicroPython {VmVersion(environment)} (WebAssembly) under Node.js {environment.NodeVersion}; " +
                          $"{options.WarmupRuns} warm-up + {options.Runs} timed runs per program, each in a fresh VM.");
        Console.WriteLine();

        // 1. Compile every kernel with McuSharp and run its C# on .NET (the reference output).
        var failures = new Dictionary<string, string>(StringComparer.Ordinal);
        var built = new List<BuiltKernel>();
        foreach (var kernel in kernels)
        {
            var (b, error) = BuiltKernel.Build(kernel);
            if (b is null)
            {
                failures[kernel.Name] = error!;
                continue;
            }
            built.Add(b);
            if (options.EmitDirectory is { } emit)
            {
                var folder = Path.Combine(emit, kernel.Name);
                Directory.CreateDirectory(folder);
                foreach (var module in b.Modules) File.WriteAllText(Path.Combine(folder, module.FileName), module.Text);
            }
        }

        // 2. Run both sides on the VM: warm-up rounds (also the output check), then timed rounds. A round runs each
        //    kernel's two programs back to back, alternating which goes first, so slow drift hits both sides alike.
        var programs = new List<VmProgram>();
        foreach (var b in built)
        {
            programs.Add(new VmProgram($"{b.Kernel.Name}/{Generated}", b.GeneratedFiles));
            programs.Add(new VmProgram($"{b.Kernel.Name}/{HandWritten}", new Dictionary<string, string> { ["main.py"] = b.HandWritten }));
        }
        var schedule = new List<(string Id, int Round)>();
        for (var w = 0; w < options.WarmupRuns; w++)
            foreach (var b in built)
            {
                schedule.Add(($"{b.Kernel.Name}/{Generated}", -1));
                schedule.Add(($"{b.Kernel.Name}/{HandWritten}", -1));
            }
        for (var r = 0; r < options.Runs; r++)
            foreach (var b in built)
            {
                var first = r % 2 == 0 ? Generated : HandWritten;
                var second = r % 2 == 0 ? HandWritten : Generated;
                schedule.Add(($"{b.Kernel.Name}/{first}", r));
                schedule.Add(($"{b.Kernel.Name}/{second}", r));
            }

        List<VmRun> runs;
        if (built.Count == 0)
        {
            runs = new List<VmRun>();
        }
        else
        {
            Console.Error.Write($"running {schedule.Count} programs on the VM ");
            try
            {
                runs = new VmRunner(environment).Run(programs, schedule.Select(s => s.Id).ToList(), _ => Console.Error.Write('.'));
            }
            catch (InvalidOperationException e)
            {
                Console.Error.WriteLine();
                Console.Error.WriteLine("error: " + e.Message);
                return 1;
            }
            Console.Error.WriteLine();
            if (options.RawFile is { } raw)
                File.WriteAllLines(raw, runs.Select((run, i) => JsonSerializer.Serialize(new { run.Id, Round = schedule[i].Round, run.CpuMicroseconds, run.WallMicroseconds, run.CodeHeap, run.Allocated, run.HeapAfterImport })));
        }

        // 3. Check outputs, then summarize the timed runs.
        var measurements = new List<KernelMeasurement>();
        foreach (var b in built)
        {
            var name = b.Kernel.Name;
            var mine = runs.Select((run, i) => (Run: run, schedule[i].Round)).Where(x => x.Run.Id.StartsWith(name + "/", StringComparison.Ordinal)).ToList();
            var wrong = mine.Select(x => x.Run).Select(run => (run, Problem: OutputProblem(run, b.DotNetOutput))).FirstOrDefault(x => x.Problem is not null);
            if (wrong.Problem is not null)
            {
                failures[name] = $"the {wrong.run.Id.Split('/')[1]} program {wrong.Problem}";
                continue;
            }
            var timed = mine.Where(x => x.Round >= 0).ToList();
            List<VmRun> Side(string side) => timed.Where(x => x.Run.Id.EndsWith("/" + side, StringComparison.Ordinal)).Select(x => x.Run).ToList();
            var gen = Side(Generated);
            var hand = Side(HandWritten);
            var pairs = timed.GroupBy(x => x.Round).Select(g =>
                Stats.Ratio(g.Single(x => x.Run.Id.EndsWith("/" + Generated, StringComparison.Ordinal)).Run.CpuMicroseconds,
                            g.Single(x => x.Run.Id.EndsWith("/" + HandWritten, StringComparison.Ordinal)).Run.CpuMicroseconds)).ToList();
            measurements.Add(new KernelMeasurement(
                name,
                Stats.Median(gen.Select(r => r.CpuMicroseconds / 1000.0)),
                Stats.Median(hand.Select(r => r.CpuMicroseconds / 1000.0)),
                pairs.Min(),
                Stats.Median(pairs),
                pairs.Max(),
                Stats.Median(gen.Select(r => r.WallMicroseconds / 1000.0)),
                Stats.Median(hand.Select(r => r.WallMicroseconds / 1000.0)),
                b.GeneratedBytes,
                b.HandWrittenBytes,
                (long)Stats.Median(gen.Select(r => (double)r.HeapAfterImport)),
                (long)Stats.Median(hand.Select(r => (double)r.HeapAfterImport)),
                (long)Stats.Median(gen.Select(r => (double)r.Allocated)),
                (long)Stats.Median(hand.Select(r => (double)r.Allocated))));
        }

        Console.WriteLine(Report.KernelTable(measurements, failures));
        Console.WriteLine("time: median CPU time of the VM over the program body (generated / hand-written); time ratio: the median of the ratios within each timed round; pair range: their lowest–highest;");
        Console.WriteLine("wall: the same span by time.ticks_us() (1 ms ticks in this VM); size: main.py + mcus_rt.py vs the .py; heap: gc.mem_alloc() after import; alloc: bytes allocated while running.");
        Console.WriteLine();

        // 4. Compiler throughput.
        var exitCode = failures.Count > 0 ? 1 : 0;
        if (options.ThroughputLines > 0)
        {
            Console.Error.WriteLine($"measuring compiler throughput on {options.ThroughputLines.ToString(CultureInfo.InvariantCulture)} generated lines ...");
            var (throughput, error) = ThroughputResult.Measure(options.ThroughputLines);
            if (throughput is null)
            {
                Console.WriteLine("compiler throughput: FAILED: " + error);
                exitCode = 1;
            }
            else
            {
                Console.WriteLine($"compiler throughput: {Report.Number(throughput.LinesPerSecond)} lines/s " +
                                  $"({Report.Number(throughput.Lines)} generated C# lines in {throughput.Methods} methods, {throughput.Total.TotalSeconds:0.00} s, best of {throughput.Repetitions} after a warm-up; " +
                                  $"{Report.Number(throughput.OutputBytes)} characters of Python out)");
                Console.WriteLine($"  of which Roslyn parse + bind alone: {throughput.FrontEnd.TotalSeconds:0.00} s ({Report.Number(throughput.FrontEndLinesPerSecond)} lines/s); " +
                                  $"McuSharp's own share (subset check, lowering, printing): about {Math.Max(0, (throughput.Total - throughput.FrontEnd).TotalSeconds):0.00} s");
            }
        }

        var misses = measurements.Where(m => m.TimeMiss || m.SizeMiss).ToList();
        Console.WriteLine();
        if (failures.Count > 0) Console.WriteLine($"FAILED: {string.Join(", ", failures.Keys)}");
        Console.WriteLine(measurements.Count == 0 ? "targets: no kernel was measured"
            : misses.Count == 0
            ? $"targets: all {measurements.Count} kernels within their time and size targets"
            : $"targets missed: {string.Join(", ", misses.Select(m => m.Name + " (" + string.Join(", ", new[] { m.TimeMiss ? "time " + Report.R(m.TimeRatio) : null, m.SizeMiss ? "size " + Report.R(m.SizeRatio) : null }.Where(s => s is not null)) + ")"))}");
        Console.WriteLine($"total benchmark time: {total.Elapsed.TotalSeconds:0} s");
        if (exitCode == 0 && misses.Count > 0 && options.FailOnMiss) exitCode = 2;
        return exitCode;
    }

    /// <summary>Why a run's output is not the .NET output (or its error), or null when they agree.</summary>
    private static string? OutputProblem(VmRun run, IReadOnlyList<string> expected)
    {
        if (run.Error is not null) return "failed on the VM:\n" + run.Error;
        for (var i = 0; i < Math.Max(expected.Count, run.Output.Count); i++)
        {
            var want = i < expected.Count ? expected[i] : "(end of output)";
            var got = i < run.Output.Count ? run.Output[i] : "(end of output)";
            if (want != got) return $"printed something else than the C# on .NET, line {i + 1}:\n  .NET:   {want}\n  device: {got}";
        }
        return null;
    }

    private static string VmVersion(BenchEnvironment environment)
    {
        try
        {
            var package = Path.Combine(Path.GetDirectoryName(environment.MicroPythonModule)!, "package.json");
            using var doc = JsonDocument.Parse(File.ReadAllText(package));
            return doc.RootElement.GetProperty("version").GetString() ?? "?";
        }
        catch (Exception e) when (e is IOException or JsonException or KeyNotFoundException)
        {
            return "?";
        }
    }
}
