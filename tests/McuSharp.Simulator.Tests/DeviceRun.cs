using System.Text.Json;
using McuSharp.Boards;

namespace McuSharp.Simulator.Tests;

/// <summary>Runs a hand-written MicroPython program on the simulated device and reads back its event timeline.</summary>
internal sealed record DeviceRun(SimulationResult Result, IReadOnlyList<JsonElement> Events)
{
    private static readonly MicroPythonSimulator Simulator = new();

    public string Stdout => Result.Stdout ?? "";

    public static async Task<DeviceRun> Start(string program, string? scenario = null, string board = "sim", TimeSpan? timeout = null, bool readable = false)
    {
        using var modules = TempModules.WithMain(program);
        var result = await Simulator.RunToCompletionAsync(modules.Options(timeout ?? TimeSpan.FromSeconds(60)) with
        {
            CollectEvents = true,
            Device = new DeviceSetup
            {
                Board = BoardProfiles.Get(board),
                Scenario = scenario is null ? Scenario.Default : Scenario.Parse(scenario, "test.json"),
                ReadableTimeline = readable,
            },
        });
        return new DeviceRun(result, result.Events);
    }

    /// <summary>The events of one type, in order.</summary>
    public IReadOnlyList<JsonElement> Of(string type) => Events.Where(e => e.GetProperty("type").GetString() == type).ToList();

    /// <summary>The Wi-Fi states the station went through, in order.</summary>
    public IReadOnlyList<string> WifiStates => Of("wifi.status").Select(e => e.GetProperty("state").GetString()!).ToList();

    public static long At(JsonElement e) => e.GetProperty("t_ms").GetInt64();

    /// <summary>Asserts a normal end and returns the run, so that a failure shows the device's stderr.</summary>
    public DeviceRun Succeeded()
    {
        Assert.AreEqual(0, Result.ExitCode, $"exit {Result.ExitCode}\nstdout:\n{Stdout}\nstderr:\n{Result.Stderr}");
        return this;
    }
}
