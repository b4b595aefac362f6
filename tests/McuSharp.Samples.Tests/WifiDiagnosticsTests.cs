namespace McuSharp.Samples.Tests;

/// <summary>samples/WifiDiagnostics (seed 000's debugging script) under each of its scenarios, on the Pico W it was built for.</summary>
[TestClass]
public sealed class WifiDiagnosticsTests
{
    private const string Project = "samples/WifiDiagnostics";

    /// <summary>Runs the sample in one of its scenarios; null: its scenarios/default.json (a healthy network), as `mcu sim` would.</summary>
    private static async Task<SimRun> Run(string? scenario)
    {
        var run = await McuSim.RunProjectAsync(Project, scenario is null ? null : "scenarios/" + scenario);
        Assert.AreEqual(0, run.ExitCode, run.Describe());
        Assert.AreEqual(0, run.Timeline.Of<SocketWaitEvent>().Count(w => w.IsHang), "every socket operation has a timeout");
        return run;
    }

    /// <summary>The report at the end of the output: the lines after "== Report ==".</summary>
    private static string[] Report(SimRun run) =>
        run.OutputLines.SkipWhile(l => l != "== Report ==").Skip(1).ToArray();

    [TestMethod]
    public async Task OnAHealthyNetworkEveryStepPassesAfterOneScanRetry()
    {
        var run = await Run(null);

        var report = Report(run);
        Assert.AreEqual("7 passed, 0 failed", report[^1], run.Describe());
        Assert.AreEqual(7, report.Count(l => l.StartsWith("  [PASS] ", StringComparison.Ordinal)));
        CollectionAssert.AreEqual(new[] { "radio", "scan", "connect", "gateway", "internet", "dns", "http" },
            report.Where(l => l.StartsWith("  [PASS] ", StringComparison.Ordinal)).Select(l => l[9..l.IndexOf(':')]).ToArray());

        var scans = run.Timeline.Of<WifiScanEvent>();
        Assert.AreEqual(2, scans.Count, "the first scan finds nothing, the second is used");
        Assert.AreEqual(0, scans[0].Found.Count);
        CollectionAssert.AreEqual(new[] { "HomeNet", "Neighbour" }, scans[1].Found.ToArray());
        StringAssert.Contains(run.Output, "'HomeNet' visible at -61 dBm on channel 6 (attempt 2)");

        Assert.AreEqual("GotIp", run.WifiStates()[^1]);
        var tcp = run.Timeline.Of<TcpEvent>().Select(t => $"{t.Ip}:{t.Port} {t.Outcome}").ToArray();
        CollectionAssert.AreEqual(new[] { "192.168.1.1:80 connect", "8.8.8.8:53 connect", "93.184.216.34:80 connect" }, tcp);
        Assert.IsTrue(run.Timeline.Of<DnsEvent>().Any(d => d.Host == "google.com" && d.Ip == "142.250.74.46"));
        var get = run.HttpRequests("GET", "http://example.com/").Single();
        Assert.AreEqual("example", get.Route);
        StringAssert.Contains(run.Output, "[PASS] http: example.com answered 'HTTP/1.0 200 OK'");
    }

    [TestMethod]
    public async Task AJoinThatWorksOnlyOnTheThirdTryIsRetriedAndReportedAsSuch()
    {
        var run = await Run("flaky-join.json");

        var report = Report(run);
        Assert.AreEqual("7 passed, 0 failed", report[^1], run.Describe());
        Assert.IsTrue(report.Any(l => l.StartsWith("  [PASS] connect: connected in ", StringComparison.Ordinal) && l.EndsWith("(attempt 3)", StringComparison.Ordinal)), string.Join("\n", report));
        Assert.AreEqual(3, run.Timeline.WifiConnects().Count);
        Assert.AreEqual(2, run.WifiStates().Count(s => s == "ConnectFailed"));
        var joins = run.Timeline.Of<WifiConnectEvent>();
        Assert.IsTrue(joins[1].TimeMs - joins[0].TimeMs < 5000, "a failed join is retried when it fails, not at the 20 s deadline");
    }

    [TestMethod]
    public async Task AWrongPasswordIsDecodedAndStopsTheJoinEarlyAndTheNetworkTestsAreSkipped()
    {
        var run = await Run("wrong-password.json");

        var report = Report(run);
        CollectionAssert.Contains(report, "  [FAIL] connect: wrong password");
        CollectionAssert.Contains(report, "  [SKIP] gateway, internet, DNS, HTTP: no Wi-Fi connection");
        Assert.AreEqual("2 passed, 1 failed", report[^1]);
        CollectionAssert.Contains(run.WifiStates().ToArray(), "WrongPassword");
        Assert.AreEqual(1, run.Timeline.WifiConnects().Count, "retrying cannot fix a wrong password");
        Assert.AreEqual(0, run.Timeline.Of<TcpEvent>().Count + run.Timeline.Of<DnsEvent>().Count + run.HttpRequests().Count, "nothing is tried without a link");
        var join = run.Timeline.First<WifiConnectEvent>();
        var refused = run.Timeline.First<WifiStatusEvent>(s => s.State == "WrongPassword");
        var lastPoll = run.Timeline.After(join).Sleeps().Last();
        Assert.IsTrue(lastPoll.TimeMs - refused.TimeMs <= 300, "the poll loop stops at the first failure status, not at the 20 s deadline");
        Assert.IsTrue(run.EndTimeMs - join.TimeMs < 20000, run.Describe());
    }

    [TestMethod]
    public async Task AnAbsentNetworkFailsTheScanAndTheJoinWithNetworkNotFound()
    {
        var run = await Run("no-ap.json");

        var report = Report(run);
        CollectionAssert.Contains(report, "  [FAIL] scan: 'HomeNet' not among 1 network(s) (attempt 1)");
        Assert.IsTrue(report.Any(l => l.StartsWith("  [FAIL] connect: network not found", StringComparison.Ordinal)), string.Join("\n", report));
        Assert.AreEqual("1 passed, 2 failed", report[^1]);
        CollectionAssert.Contains(run.WifiStates().ToArray(), "NoApFound");
        Assert.AreEqual(3, run.Timeline.WifiConnects().Count, "an absent network may come back: three attempts");
        StringAssert.EndsWith(report.Single(l => l.StartsWith("  [FAIL] connect:", StringComparison.Ordinal)), "(3 attempts)");
        Assert.AreEqual(1, run.Timeline.Of<WifiScanEvent>().Count, "a scan that found networks is not retried");
    }

    [TestMethod]
    public async Task ADhcpServerThatNeverAnswersIsReportedAsLinkUpNoIpAtTheDeadline()
    {
        var run = await Run("no-dhcp.json");

        var report = Report(run);
        CollectionAssert.Contains(report, "  [FAIL] connect: joined, but DHCP gave no address after 20 s (3 attempts)");
        CollectionAssert.AreEqual(new[] { "LinkUpNoIp", "Idle" }, run.WifiStates().TakeLast(2).ToArray(),
            "the Pico W's CYW43 reports the join without an address; the diagnostic then disconnects");
        var join = run.Timeline.Last<WifiConnectEvent>();
        var lastPoll = run.Timeline.After(join).Sleeps().Last();
        Assert.IsTrue(lastPoll.TimeMs - join.TimeMs is >= 19000 and < 20500, $"polled until the 20 s deadline ({lastPoll.TimeMs - join.TimeMs} ms)");
    }

    [TestMethod]
    public async Task ABrokenUpstreamIsPinnedToTheLayerThatFailsAndEveryWaitIsBounded()
    {
        var run = await Run("dns-failure.json");

        var report = Report(run);
        CollectionAssert.Contains(report, "  [PASS] gateway: 192.168.1.1:53 accepts connections", "port 80 refused, 53 answers");
        Assert.IsTrue(report.Any(l => l.StartsWith("  [FAIL] internet: 8.8.8.8:53: ", StringComparison.Ordinal)), string.Join("\n", report));
        CollectionAssert.Contains(report, "  [FAIL] dns: google.com did not resolve through 192.168.1.1 (error -2)");
        Assert.IsTrue(report.Any(l => l.StartsWith("  [FAIL] http: example.com: ", StringComparison.Ordinal)));
        Assert.AreEqual("4 passed, 3 failed", report[^1]);

        var tcp = run.Timeline.Of<TcpEvent>().Select(t => $"{t.Ip}:{t.Port} {t.Outcome}").ToArray();
        CollectionAssert.AreEqual(new[] { "192.168.1.1:80 refused", "192.168.1.1:53 connect", "8.8.8.8:53 no_answer" }, tcp);
        var timeout = run.Timeline.Of<SocketWaitEvent>().Single();
        Assert.AreEqual(5000L, timeout.Ms, "the internet test gives up after its 5 s timeout");
        CollectionAssert.AreEqual(new[] { "google.com", "example.com" }, run.Timeline.Of<DnsEvent>().Where(d => d.Failed).Select(d => d.Host).ToArray());
        Assert.AreEqual(0, run.HttpRequests().Count);
    }
}
