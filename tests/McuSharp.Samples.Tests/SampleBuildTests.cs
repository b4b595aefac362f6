using System.Text.Json;

namespace McuSharp.Samples.Tests;

/// <summary>Every sample compiles for its own board with no warning, and its credentials stay in config.py.</summary>
[TestClass]
public sealed class SampleBuildTests
{
    [TestMethod]
    [DataRow("WebhookButton", "esp8266")]
    [DataRow("WifiDiagnostics", "rp2-pico-w")]
    [DataRow("ReconnectBackoff", "esp32")]
    [DataRow("Blink", "rp2-pico-w")]
    public async Task TheSampleBuildsForItsBoardWithoutWarnings(string sample, string board)
    {
        var build = await McuSim.BuildProjectAsync("samples/" + sample);

        Assert.AreEqual(board, build.Board, "the project's McuBoard");
        Assert.AreEqual(0, build.Warnings.Count, string.Join("\n", build.Warnings));
        var main = build.ReadModule("main.py");
        var secrets = Path.Combine(Path.GetDirectoryName(build.Project)!, "secrets.json");
        if (!File.Exists(secrets)) return;
        using var values = JsonDocument.Parse(File.ReadAllText(secrets));
        var config = build.ReadModule("config.py");
        foreach (var value in values.RootElement.EnumerateObject().Select(p => p.Value.GetString()!))
        {
            Assert.IsFalse(main.Contains(value, StringComparison.Ordinal), $"'{value}' is read from config.py, not written into main.py");
            StringAssert.Contains(config, value);
        }
    }
}
