using System.Text.Json.Nodes;
using McuSharp.Boards;

namespace McuSharp.Simulator;

/// <summary>
/// The simulated device of a run: which board the device modules imitate (constants, status codes, pin names, file
/// system root come from its profile), the scenario that drives the world around it, and whether the readable
/// timeline goes to stderr as events happen.
/// </summary>
public sealed record DeviceSetup
{
    public BoardProfile Board { get; init; } = BoardProfiles.Get(BoardProfiles.SimulatorId);

    public Scenario Scenario { get; init; } = Scenario.Default;

    /// <summary>Write each event as a readable line to stderr (<c>[sim    1.500s] wifi: status GotIp (3)</c>).</summary>
    public bool ReadableTimeline { get; init; } = true;

    /// <summary>Writes the config file the device plug-ins read (host option --config).</summary>
    /// <exception cref="ScenarioException">The scenario asks for something the board does not have.</exception>
    internal void WriteConfig(string path)
    {
        Scenario.CheckAgainst(Board);
        var config = new JsonObject
        {
            ["board"] = JsonNode.Parse(Board.Json),
            // The generic board names constants without numbers; the simulator then uses its own numbers.
            ["fallback"] = JsonNode.Parse(BoardProfiles.Get(BoardProfiles.SimulatorId).Json),
            ["scenario"] = Scenario.ToDeviceJson(),
            ["timeline"] = ReadableTimeline,
        };
        File.WriteAllText(path, config.ToJsonString());
    }
}
