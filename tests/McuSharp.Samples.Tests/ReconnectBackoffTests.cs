namespace McuSharp.Samples.Tests;

/// <summary>samples/ReconnectBackoff (seed 002's long-running loop) under each of its scenarios, on the ESP32 it was built for.</summary>
[TestClass]
public sealed class ReconnectBackoffTests
{
    private const string Project = "samples/ReconnectBackoff";
    private const string ReportUrl = "http://telemetry.example.com/api/readings";
    private const long ReportPeriodMs = 30000;

    /// <summary>Runs the sample in one of its scenarios; null: its scenarios/default.json (the stable network), as `mcu sim` would.</summary>
    private static async Task<SimRun> Run(string? scenario)
    {
        var run = await McuSim.RunProjectAsync(Project, scenario is null ? null : "scenarios/" + scenario);
        Assert.AreEqual(0, run.ExitCode, run.Describe());
        Assert.IsNotNull(run.Timeline.Last<SimEndEvent>(), "the endless loop is ended by the scenario's run_for_ms");
        return run;
    }

    /// <summary>The backoff sleeps: whole seconds between reconnect attempts (the join polls sleep 100 ms, the report period 30 s).</summary>
    private static long[] Backoffs(SimTimeline timeline) =>
        timeline.Sleeps().Where(s => s.Ms >= 1000 && s.Ms != ReportPeriodMs).Select(s => s.Ms / 1000).ToArray();

    [TestMethod]
    public async Task OnAStableNetworkAReadingIsReportedEvery30SecondsAndNothingReconnects()
    {
        var run = await Run(null);

        var reports = run.HttpRequests("POST", ReportUrl);
        Assert.AreEqual(5, reports.Count, run.Describe());
        for (int i = 1; i < reports.Count; i++)
        {
            var gap = reports[i].TimeMs - reports[i - 1].TimeMs;
            Assert.IsTrue(gap >= ReportPeriodMs && gap < ReportPeriodMs + 500, $"report {i} came {gap} ms after the previous one");
        }
        CollectionAssert.AreEqual(new[] { "2", "3", "4", "5", "6" }, reports.Select(r => r.JsonField("seq")).ToArray());
        Assert.AreEqual("1", reports[0].JsonField("skipped"), "the reading taken before the first join was not reported");
        Assert.IsTrue(reports.Skip(1).All(r => r.JsonField("skipped") == "0"));
        Assert.AreEqual(1, run.Timeline.WifiConnects().Count, "joined once");
        Assert.AreEqual(0, Backoffs(run.Timeline).Length);
        Assert.IsFalse(run.Output.Contains("unhealthy", StringComparison.Ordinal));
    }

    [TestMethod]
    public async Task DuringAnOutageReportsAreSkippedAndReconnectsBackOff124Seconds()
    {
        var run = await Run("outage.json");

        var lost = run.Timeline.OfType("wifi.link_lost").Single();
        var recovered = run.Timeline.After(lost).First<WifiStatusEvent>(s => s.State == "GotIp");
        var outage = run.Timeline.Between(lost, recovered);
        Assert.AreEqual(0, outage.HttpRequests().Count, "no network sends while the network is unhealthy");
        var backoffs = Backoffs(outage);
        Assert.IsTrue(backoffs.Length >= 3, run.Describe());
        CollectionAssert.AreEqual(new long[] { 1, 2, 4 }, backoffs.Take(3).ToArray(), "backoff delays were 1, 2, 4 s");
        CollectionAssert.AreEqual(backoffs.Select((_, i) => Math.Min(1L << i, 60)).ToArray(), backoffs, "each delay doubles");
        Assert.IsTrue(outage.WifiConnects().Count >= backoffs.Length, "an attempt before every backoff");
        Assert.AreEqual(0, outage.Of<WifiActiveEvent>().Count, "no radio power-cycle for a short outage");

        var before = run.Timeline.Before(lost).HttpRequests("POST", ReportUrl);
        var after = run.Timeline.After(recovered).HttpRequests("POST", ReportUrl);
        Assert.AreEqual(2, before.Count);
        Assert.IsTrue(after.Count >= 3, run.Describe());
        var skipped = int.Parse(after[0].JsonField("skipped")!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.AreEqual(backoffs.Length + 1, skipped, "every loop turn of the outage took a reading it could not send");
        Assert.AreEqual(int.Parse(before[^1].JsonField("seq")!, System.Globalization.CultureInfo.InvariantCulture) + skipped + 1,
            int.Parse(after[0].JsonField("seq")!, System.Globalization.CultureInfo.InvariantCulture), "readings went on during the outage");

        Assert.AreEqual(1, run.OutputLines.Count(l => l == "Network unhealthy: the link is down"));
        Assert.AreEqual(2, run.OutputLines.Count(l => l.StartsWith("Network healthy: ", StringComparison.Ordinal)), "at start and after the outage");
    }

    [TestMethod]
    public async Task WithTheNetworkGoneForGoodTheBackoffStopsAt60SecondsAndTheRadioIsPowerCycled()
    {
        var run = await Run("no-network.json");

        Assert.AreEqual(0, run.HttpRequests().Count, "nothing is ever sent");
        var cycles = run.Timeline.Of<WifiActiveEvent>().Where(a => a.Interface == "station" && !a.Active).ToList();
        Assert.IsTrue(cycles.Count >= 1, run.Describe());
        // The 1 s pause of a power-cycle sits between the radio going off and on; the rest are backoffs.
        var pauses = cycles.Select(off => run.Timeline.After(off).Sleeps()[0].Index).ToHashSet();
        var backoffs = run.Sleeps().Where(s => s.Ms >= 1000 && !pauses.Contains(s.Index)).Select(s => s.Ms / 1000).ToArray();
        CollectionAssert.AreEqual(new long[] { 1, 2, 4, 8, 16, 32, 60, 60 }, backoffs.Take(8).ToArray(), string.Join(", ", backoffs));
        Assert.IsTrue(backoffs.Skip(6).All(b => b == 60), "capped at 60 s");
        var seventh = run.OutputLines.ToList().IndexOf("7 attempts failed: power-cycling the radio");
        Assert.IsTrue(seventh >= 0, run.Output);
        Assert.AreEqual("Reconnect attempt 6 failed; next in 32 s", run.OutputLines[seventh - 1]);
        Assert.AreEqual(cycles.Count, run.OutputLines.Count(l => l.EndsWith("power-cycling the radio", StringComparison.Ordinal)));
        CollectionAssert.Contains(run.WifiStates().ToArray(), "NoApFound");
    }

    [TestMethod]
    public async Task AServerErrorKeepsTheNetworkHealthyAndCountsTheReadingsAsNotSent()
    {
        var run = await Run("server-down.json");

        var statuses = run.HttpResponses().Select(r => r.Status).ToArray();
        CollectionAssert.AreEqual(new[] { 503, 503, 201, 201 }, statuses, run.Describe());
        Assert.AreEqual(1, run.Timeline.WifiConnects().Count, "a server error is not a reason to reconnect");
        Assert.AreEqual(0, Backoffs(run.Timeline).Length);
        var firstAccepted = run.HttpRequests("POST", ReportUrl)[2];
        Assert.AreEqual("3", firstAccepted.JsonField("skipped"), "the reading before the join and the two refused ones");
        StringAssert.Contains(run.Output, "the server answered HTTP 503");
    }
}
