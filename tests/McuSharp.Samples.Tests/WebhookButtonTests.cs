using System.Text.Json;

namespace McuSharp.Samples.Tests;

/// <summary>samples/WebhookButton (seed 003's dash button) under each of its scenarios, on the ESP8266 it was built for.</summary>
[TestClass]
public sealed class WebhookButtonTests
{
    private const string Project = "samples/WebhookButton";
    private const int Led = 2;
    private const int Led2 = 16;
    private const string WebhookRoute = "http://maker.ifttt.com/trigger/button_pressed/*";

    private static Task<SimRun> Run(string scenario) => McuSim.RunProjectAsync(Project, "scenarios/" + scenario);

    /// <summary>The value the sample's secrets.json gives, so that the tests follow the file rather than repeat it.</summary>
    private static string Secret(string key)
    {
        var build = McuSim.BuildProjectAsync(Project).GetAwaiter().GetResult();
        using var secrets = JsonDocument.Parse(File.ReadAllText(Path.Combine(Path.GetDirectoryName(build.Project)!, "secrets.json")));
        return secrets.RootElement.GetProperty(key).GetString()!;
    }

    [TestMethod]
    public async Task AButtonPressPostsOnceToTheWebhookWithTheButtonIdThenDeepSleeps()
    {
        var run = await Run("default.json");

        Assert.AreEqual(0, run.ExitCode, run.Describe());
        Assert.AreEqual("esp8266", run.Board, "the project's McuBoard");
        var post = run.HttpRequests("POST", WebhookRoute).Single();
        Assert.AreEqual(1, run.HttpRequests().Count, "nothing else is sent");
        Assert.AreEqual(Secret("webhook_url"), post.Url, "the URL comes from secrets.json");
        Assert.AreEqual(Secret("button_id"), post.JsonField("value1"), "value1 = the button id from secrets.json");
        CollectionAssert.AreEqual(new[] { "value1" }, post.Json!.Value.EnumerateObject().Select(p => p.Name).ToArray(), "the body is {\"value1\": id} and nothing else");
        Assert.AreEqual(200, run.HttpResponses().Single().Status);

        CollectionAssert.AreEqual(new[] { Secret("wifi_ssid") }, run.Timeline.WifiConnects().ToArray(), "one join, to the configured network");
        Assert.IsTrue(run.Timeline.First<WifiStatusEvent>(s => s.State == "GotIp").Index < post.Index, "the request waits for an address");
        Assert.AreEqual(0, run.PinWrites(Led).Count + run.PinWrites(Led2).Count, "no error blinks");
        Assert.IsTrue(run.EnteredDeepSleep);
        Assert.IsNull(run.DeepSleep!.Ms, "sleeps until the button (RST) wakes it, not on a timer");
        Assert.AreSame(run.DeepSleep, run.Timeline[^1]);
        CollectionAssert.AreEqual(new[]
        {
            "Button pressed (woke from deep sleep)",
            "Connecting to Wi-Fi...",
            "Network config: ip 192.168.1.50, gateway 192.168.1.1",
            "Invoking webhook",
            "Webhook invoked: HTTP 200",
            "Going to deep sleep until the button is pressed",
        }, run.OutputLines.ToArray(), run.Describe());
    }

    [TestMethod]
    public async Task AWebhookThatAnswers500BlinksTheLedsThreeTimesAfterTheResponseThenDeepSleeps()
    {
        var run = await Run("webhook-500.json");

        Assert.AreEqual(0, run.ExitCode, run.Describe());
        Assert.AreEqual(1, run.HttpRequests("POST", WebhookRoute).Count, "posted once, no retry loop");
        var failure = run.HttpResponses().Single(r => r.Status == 500);
        var afterFailure = run.Timeline.After(failure);
        Assert.AreEqual(3, afterFailure.Blinks(Led), "blinked 3 times after the 500");
        Assert.AreEqual(0, run.Timeline.Before(failure).PinWrites(Led).Count);
        CollectionAssert.AreEqual(new[] { 1, 0, 1, 0, 1, 0, 1 }, run.Timeline.PinValues(Led).ToArray(), "three blinks, then left on");
        CollectionAssert.AreEqual(new[] { 0, 1, 0, 1, 0, 1, 1 }, run.Timeline.PinValues(Led2).ToArray(), "the second LED alternates with the first");
        CollectionAssert.AreEqual(new long[] { 500, 500, 500, 500, 500, 500 }, afterFailure.Sleeps().Select(s => s.Ms).ToArray());
        Assert.IsTrue(run.EnteredDeepSleep, "a failure still ends in deep sleep (the battery matters more than the error)");
        Assert.IsTrue(afterFailure.Last<PinEvent>().Index < run.DeepSleep!.Index);
        StringAssert.Contains(run.Output, "Webhook failed: HTTP 500");
        Assert.IsFalse(run.Output.Contains("Webhook invoked", StringComparison.Ordinal));
    }

    [TestMethod]
    public async Task AWrongPasswordSendsNothingGivesUpAtOnceAndBlinks()
    {
        var run = await Run("wrong-password.json");

        Assert.AreEqual(0, run.ExitCode, run.Describe());
        Assert.AreEqual(0, run.HttpRequests().Count);
        Assert.AreEqual(0, run.Timeline.Of<DnsEvent>().Count);
        CollectionAssert.Contains(run.WifiStates().ToArray(), "WrongPassword");
        var join = run.Timeline.First<WifiConnectEvent>();
        var firstBlink = run.PinWrites(Led)[0];
        var refused = run.Timeline.First<WifiStatusEvent>(e => e.State == "WrongPassword");
        var waited = firstBlink.TimeMs - refused.TimeMs;
        Assert.IsTrue(waited < 1000, $"the wait ends when the board reports the wrong password, not at the 15 s deadline (blinked {waited} ms after it)");
        Assert.IsTrue(firstBlink.TimeMs - join.TimeMs < 15000, "well before the deadline");
        Assert.AreEqual(3, run.Blinks(Led));
        StringAssert.Contains(run.Output, "Wi-Fi did not connect: wrong password");
        Assert.IsTrue(run.EnteredDeepSleep);
    }

    [TestMethod]
    public async Task AWebhookThatNeverAnswersIsCutOffByTheRequestTimeout()
    {
        var run = await Run("webhook-timeout.json");

        Assert.AreEqual(0, run.ExitCode, run.Describe());
        var post = run.HttpRequests("POST").Single();
        Assert.AreEqual(0, run.HttpResponses().Count);
        var wait = run.Timeline.After(post).First<SocketWaitEvent>();
        Assert.IsFalse(wait.IsHang, "the request has a timeout: it cannot hang the button");
        Assert.AreEqual(10000L, wait.Ms);
        Assert.AreEqual(3, run.Timeline.After(wait).Blinks(Led));
        Assert.IsTrue(run.EnteredDeepSleep);
    }

    [TestMethod]
    public async Task APowerOnIsNotAButtonPressNoWifiNoWebhookStraightToDeepSleep()
    {
        var run = await Run("power-on.json");

        Assert.AreEqual(0, run.ExitCode, run.Describe());
        Assert.AreEqual(0, run.Timeline.WifiConnects().Count);
        Assert.AreEqual(0, run.HttpRequests().Count);
        Assert.AreEqual(0, run.Blinks(Led));
        Assert.IsTrue(run.EnteredDeepSleep);
        CollectionAssert.AreEqual(new[]
        {
            "Powered on: not a button press, no webhook",
            "Going to deep sleep until the button is pressed",
        }, run.OutputLines.ToArray());
    }

    [TestMethod]
    public async Task TheDebugPinLowKeepsTheBoardAwakeAfterTheWebhook()
    {
        var run = await Run("debug-pin.json");

        Assert.AreEqual(0, run.ExitCode, run.Describe());
        Assert.AreEqual(1, run.HttpRequests("POST", WebhookRoute).Count, "the webhook is still called");
        Assert.IsFalse(run.EnteredDeepSleep, "deep sleep not entered when the debug pin is low");
        Assert.IsNull(run.Timeline.Reset);
        Assert.AreEqual("Debug mode detected: staying awake", run.OutputLines[^1]);
        Assert.IsFalse(run.Output.Contains("Going to deep sleep", StringComparison.Ordinal));
    }

    [TestMethod]
    public async Task TheSameProgramRunsOnAnEsp32WithItsOwnResetCodes()
    {
        // The ESP32 numbers DEEPSLEEP_RESET 4 (the ESP8266: 5): the compiled comparison uses the board's constant.
        var run = await McuSim.RunProjectAsync(Project, "scenarios/default.json", board: "esp32");

        Assert.AreEqual(0, run.ExitCode, run.Describe());
        Assert.AreEqual(1, run.HttpRequests("POST", WebhookRoute).Count);
        Assert.AreEqual(1010L, run.Timeline.Last<WifiStatusEvent>().Code, "the ESP32's STAT_GOT_IP");
        Assert.IsTrue(run.EnteredDeepSleep);
    }
}
