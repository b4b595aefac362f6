using McuSharp.Boards;

namespace McuSharp.Simulator.Tests;

/// <summary>Scenario files: every mistake is one message naming the file and the problem, before anything runs.</summary>
[TestClass]
public sealed class ScenarioTests
{
    [TestMethod]
    [DataRow("{\"wifi\": {\"networks\": [{\"ssid\": \"a\"},]}}", "s.json: not valid JSON: line 1, position")]
    [DataRow("[1, 2]", "s.json: the scenario must be a JSON object")]
    [DataRow("{\"wifi\": {\"netwroks\": []}}", "s.json: unknown property 'wifi.netwroks' (allowed: networks, scan_failures, scan_ms)")]
    [DataRow("{\"events\": [{\"at_ms\": 10, \"network_down\": \"Home\"}], \"wifi\": {\"networks\": [{\"ssid\": \"Cafe\"}]}}", "s.json: events[0].network_down refers to unknown network 'Home' (wifi.networks has 'Cafe')")]
    [DataRow("{\"events\": [{\"at_ms\": 10, \"route_up\": \"hook\"}]}", "s.json: events[0].route_up refers to unknown route 'hook' (http.routes has none)")]
    [DataRow("{\"http\": {\"routes\": [{\"url\": \"http://a/\", \"forward\": \"http://192.168.1.20:8080\"}]}}", "s.json: http.routes[0].forward 'http://192.168.1.20:8080' is refused: forwarding only reaches a server on this machine (http://127.0.0.1:<port> or http://localhost:<port>)")]
    [DataRow("{\"http\": {\"routes\": [{\"url\": \"http://a/\", \"forward\": \"http://127.0.0.1:8080/api\"}]}}", "s.json: http.routes[0].forward 'http://127.0.0.1:8080/api' must not have a path: the request keeps its own")]
    [DataRow("{\"http\": {\"routes\": [{\"url\": \"a/\"}]}}", "s.json: http.routes[0].url must start with http:// (got 'a/')")]
    [DataRow("{\"wifi\": {\"networks\": [{\"ssid\": \"a\", \"failures\": [\"Tired\"]}]}}", "s.json: wifi.networks[0].failures[0] must be one of NoApFound, WrongPassword, ConnectFailed")]
    [DataRow("{\"reset_cause\": \"Brownout\"}", "s.json: reset_cause 'Brownout' is not one of PowerOn, HardReset, WatchdogReset, DeepSleepReset, SoftReset")]
    [DataRow("{\"events\": [{\"at_ms\": 10, \"pin\": 4, \"value\": 3}]}", "s.json: events[0].value must be 0 or 1")]
    [DataRow("{\"events\": [{\"pin\": 4, \"value\": 1}]}", "s.json: events[0].at_ms is required (virtual milliseconds since boot)")]
    [DataRow("{\"dns\": {\"hosts\": {\"a.com\": \"300.1.1.1\"}}}", "s.json: dns.hosts.a.com '300.1.1.1' is not an IPv4 address")]
    [DataRow("{\"tcp\": [{\"host\": \"8.8.8.8\", \"behaviour\": \"drop\"}]}", "s.json: tcp[0].behaviour must be accept, refuse or timeout (got 'drop')")]
    public void AMistakeIsOneMessageNamingTheFile(string json, string message)
    {
        var error = Assert.ThrowsExactly<ScenarioException>(() => Scenario.Parse(json, "s.json"));
        StringAssert.StartsWith(error.Message, message);
        Assert.IsFalse(error.Message.Contains('\n'), error.Message);
    }

    [TestMethod]
    public void AMissingFileIsAScenarioError()
    {
        var path = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".json");
        var error = Assert.ThrowsExactly<ScenarioException>(() => Scenario.Load(path));
        StringAssert.StartsWith(error.Message, path + ": cannot read the scenario file");
    }

    [TestMethod]
    public void AResetCauseTheBoardNeverReportsIsRefused()
    {
        var scenario = Scenario.Parse("{\"reset_cause\": \"DeepSleepReset\"}", "s.json");
        scenario.CheckAgainst(BoardProfiles.Get("esp8266"));
        var error = Assert.ThrowsExactly<ScenarioException>(() => scenario.CheckAgainst(BoardProfiles.Get("rp2-pico-w")));
        Assert.AreEqual("s.json: reset_cause 'DeepSleepReset' is never reported by board 'rp2-pico-w' (it reports PowerOn, WatchdogReset)", error.Message);
    }

    [TestMethod]
    public void DefaultsAreFilledInAndForwardTargetsNormalized()
    {
        var device = Scenario.Parse("""
            // comments are allowed
            {"wifi": {"networks": [{"ssid": "Home"}]},
             "http": {"routes": [{"method": "post", "url": "http://h/*", "forward": "http://localhost:9000"}]}}
            """, "s.json").ToDeviceJson();

        Assert.AreEqual("PowerOn", (string)device["reset_cause"]!);
        var network = device["wifi"]!["networks"]![0]!;
        Assert.AreEqual(1500L, (long)network["join_ms"]!);
        Assert.IsNull(network["password"], "no password: any password is accepted");
        var route = device["http"]!["routes"]![0]!;
        Assert.AreEqual("POST", (string)route["method"]!);
        Assert.AreEqual("route1", (string)route["name"]!);
        Assert.AreEqual("http://127.0.0.1:9000", (string)route["responses"]![0]!["forward"]!);
        Assert.AreEqual("not_found", (string)device["http"]!["unmatched"]!, "with routes, other URLs get 404");
        Assert.AreEqual("sink", (string)Scenario.Default.ToDeviceJson()["http"]!["unmatched"]!);
    }
}
