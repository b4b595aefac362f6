namespace McuSharp.Samples.Tests;

/// <summary>The README's main-job command, `mcu sim samples/WebhookButton`, through the real `mcu` (mcu.dll beside the tests).</summary>
[TestClass]
public sealed class MainJobCommandTests
{
    private static (int ExitCode, string Stdout, string Stderr) Mcu(params string[] args)
    {
        var run = McuSharp.Cli.Tests.Mcu.Invoke(McuSharp.Cli.Tests.Mcu.RepositoryRoot, args);
        return (run.ExitCode, run.Stdout, run.Stderr);
    }

    [TestMethod]
    public async Task McuSimSamplesWebhookButtonPressesTheButtonOnce()
    {
        var (exitCode, stdout, stderr) = Mcu("sim", "samples/WebhookButton");

        Assert.AreEqual(0, exitCode, stderr);
        // The same program in the same world through McuSharp.Testing prints the same thing.
        var run = await McuSim.RunProjectAsync("samples/WebhookButton");
        Assert.AreEqual(run.Output, stdout.Replace("\r\n", "\n", StringComparison.Ordinal), "stdout is exactly what the device prints");
        StringAssert.StartsWith(stdout, "Button pressed (woke from deep sleep)\n");
        StringAssert.Contains(stdout, "Webhook invoked: HTTP 200\n");
        StringAssert.EndsWith(stdout, "Going to deep sleep until the button is pressed\n");
        StringAssert.Contains(stderr, "scenarios/default.json (the project's default", "without --scenario the project's own default world serves");
        StringAssert.Contains(stderr, "] http: POST http://maker.ifttt.com/trigger/button_pressed/with/key/sample-key json=");
        StringAssert.Contains(stderr, "\"value1\":\"micropython1\"");
        StringAssert.Contains(stderr, "] machine: deep sleep until reset: the run ends here");
        StringAssert.Contains(stderr, "] wifi: status GotIp (5) 'HomeNet'", "ESP8266 status codes: the project's McuBoard");
        Assert.IsFalse(stdout.Contains("[sim", StringComparison.Ordinal), "the timeline goes to stderr only");
    }

    [TestMethod]
    public void McuSimWithAFailingScenarioShowsTheBlinksOnTheTimeline()
    {
        var (exitCode, stdout, stderr) = Mcu("sim", "samples/WebhookButton", "--scenario", "samples/WebhookButton/scenarios/webhook-500.json");

        Assert.AreEqual(0, exitCode, stderr);
        StringAssert.Contains(stdout, "Webhook failed: HTTP 500");
        StringAssert.Contains(stderr, "] http:   -> 500 (route 'webhook')");
        StringAssert.Contains(stderr, "] pin 2 (LED) = 1", "the project's McuBoard (esp8266, whose LED is GPIO 2) without --board");
        Assert.IsFalse(stderr.Contains("(the project's default", StringComparison.Ordinal), "--scenario wins over the project's default");
    }
}
