using System.Text.Json;
using McuSharp.Boards;
using McuSharp.Compiler;
using McuSharp.Compiler.Frontend;
using McuSharp.Compiler.Output;
using McuSharp.Simulator;
using Microsoft.CodeAnalysis;

namespace McuSharp.Device.Tests;

/// <summary>A C# program compiled for one board: its diagnostics, its modules, and (when asked) a run in the simulator.</summary>
internal sealed class DeviceProgram
{
    private static readonly MicroPythonSimulator Simulator = new();

    private DeviceProgram(CompileResult result, string board)
    {
        Result = result;
        Board = board;
    }

    public CompileResult Result { get; }

    public string Board { get; }

    public static DeviceProgram Compile(string source, string board = "sim", IReadOnlyDictionary<string, object?>? secrets = null, string? projectDirectory = null)
    {
        var compilation = CompilationFactory.FromText(new[] { (Path.Combine(projectDirectory ?? "/project", "Program.cs"), source) });
        var options = CompileOptions.ForBoard(board, projectDirectory) with { Secrets = secrets };
        return new DeviceProgram(McuCompiler.Compile(compilation, options), board);
    }

    /// <summary>The program's main.py (asserts the build succeeded).</summary>
    public string Main => Module("main.py");

    public string Module(string name)
    {
        Assert.IsTrue(Result.Success, "build failed:\n" + string.Join("\n", Result.Diagnostics.Select(d => McuCompiler.Format(d))));
        return Result.Modules.Single(m => m.FileName == name).Text;
    }

    public bool Has(string module) => Result.Modules.Any(m => m.FileName == module);

    public IReadOnlyList<Diagnostic> WithId(string id) => Result.Diagnostics.Where(d => d.Id == id).ToList();

    public string DiagnosticsText => string.Join("\n", Result.Diagnostics.Select(d => McuCompiler.Format(d)));

    /// <summary>Runs the program in the simulator with <paramref name="scenario"/> (JSON; null: the default world).</summary>
    public async Task<DeviceRun> Run(string? scenario = null, int timeoutSeconds = 60)
    {
        Assert.IsTrue(Result.Success, "build failed:\n" + DiagnosticsText);
        var directory = Path.Combine(Path.GetTempPath(), "mcus-device-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        foreach (var module in Result.Modules) File.WriteAllText(Path.Combine(directory, module.FileName), module.Text);
        try
        {
            var result = await Simulator.RunToCompletionAsync(new SimulationOptions
            {
                ModulesDirectory = directory,
                Timeout = TimeSpan.FromSeconds(timeoutSeconds),
                CollectEvents = true,
                Device = new DeviceSetup
                {
                    Board = BoardProfiles.Get(Board),
                    Scenario = scenario is null ? Scenario.Default : Scenario.Parse(scenario, "test.json"),
                    ReadableTimeline = false,
                },
            });
            return new DeviceRun(result, result.Events, Main);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}

/// <summary>One run: the device's output and its event timeline.</summary>
internal sealed record DeviceRun(SimulationResult Result, IReadOnlyList<JsonElement> Events, string MainPy)
{
    public string Stdout => Result.Stdout ?? "";

    public string[] Lines => Stdout.Replace("\r\n", "\n").TrimEnd('\n').Split('\n');

    public IReadOnlyList<JsonElement> Of(string type) => Events.Where(e => e.GetProperty("type").GetString() == type).ToList();

    public IReadOnlyList<string> Types => Events.Select(e => e.GetProperty("type").GetString()!).ToList();

    public IReadOnlyList<string> WifiStates => Of("wifi.status").Select(e => e.GetProperty("state").GetString()!).ToList();

    public static long At(JsonElement e) => e.GetProperty("t_ms").GetInt64();

    public DeviceRun Succeeded()
    {
        Assert.AreEqual(0, Result.ExitCode, $"exit {Result.ExitCode}\nstdout:\n{Stdout}\nstderr:\n{Result.Stderr}\nmain.py:\n{MainPy}");
        return this;
    }
}
