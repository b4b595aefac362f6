namespace McuSharp.Samples.Tests;

[TestClass]
public sealed class Smoke
{
    [TestMethod]
    [DataRow("WebhookButton", "scenarios/default.json")]
    [DataRow("WifiDiagnostics", "scenarios/healthy.json")]
    [DataRow("ReconnectBackoff", "scenarios/outage.json")]
    [DataRow("Blink", "scenarios/button-held.json")]
    public async Task Runs(string sample, string scenario)
    {
        var run = await McuSim.RunProjectAsync("samples/" + sample, scenario);
        Console.WriteLine(run.Describe());
        Console.WriteLine(run.Build.ReadModule("main.py"));
    }
}
