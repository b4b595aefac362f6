using System.Text.Json;

namespace McuSharp.Cli.Tests;

/// <summary>`mcu sim --board/--scenario/--events` and `mcu boards`, end to end through the real command.</summary>
[TestClass]
public sealed class SimDeviceCliTests
{
    // A hand-written program in the shape of seed 003's dash button: bounded connect, webhook POST, LED on failure.
    private const string DashButton = """
        import machine, network, time, urequests
        led = machine.Pin(2, machine.Pin.OUT)
        sta = network.WLAN(network.STA_IF)
        sta.active(True)
        sta.connect('HomeNet', 'secret')
        start = time.ticks_ms()
        while not sta.isconnected() and time.ticks_diff(time.ticks_ms(), start) < 10000:
            time.sleep_ms(100)
        print('connected' if sta.isconnected() else 'no wifi', sta.status())
        if sta.isconnected():
            r = urequests.post('http://maker.ifttt.com/trigger/button_pressed/with/key/k', json={'value1': 'button-1'}, timeout=5)
            print('webhook', r.status_code)
            r.close()
            if r.status_code >= 400:
                for i in range(3):
                    led.on()
                    time.sleep(0.5)
                    led.off()
                    time.sleep(0.5)
        machine.deepsleep()
        """;

    private static string Modules()
    {
        var folder = Mcu.TempFolder();
        File.WriteAllText(Path.Combine(folder, "main.py"), DashButton);
        return folder;
    }

    private static string WriteScenario(string json)
    {
        var path = Path.Combine(Mcu.TempFolder(), "scenario.json");
        File.WriteAllText(path, json);
        return path;
    }

    private static List<JsonElement> ReadEvents(string path) =>
        File.ReadAllLines(path).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();

    [TestMethod]
    public void AFailingWebhookBlinksTheLedAndTheTimelineShowsIt()
    {
        var modules = Modules();
        var scenario = WriteScenario("""
            {"wifi": {"networks": [{"ssid": "HomeNet", "password": "secret"}]},
             "http": {"routes": [{"name": "webhook", "method": "POST", "url": "http://maker.ifttt.com/trigger/*", "status": 500, "body": "down"}]}}
            """);
        var events = Path.Combine(Path.GetDirectoryName(scenario)!, "events.jsonl");

        var sim = Mcu.Invoke(modules, "sim", modules, "--board", "esp8266", "--scenario", scenario, "--events", events);

        Assert.AreEqual(0, sim.ExitCode, sim.Stderr);
        Assert.AreEqual("connected 5\nwebhook 500\n", sim.Stdout, "stdout is only what the device prints");
        StringAssert.Contains(sim.Stderr, "] wifi: status Connecting (1) 'HomeNet' (joined, waiting for DHCP)\n", "the ESP8266 shows Connecting while DHCP runs, and the line says which phase");
        StringAssert.Contains(sim.Stderr, "] wifi: status GotIp (5) 'HomeNet'\n");
        StringAssert.Contains(sim.Stderr, "] http: POST http://maker.ifttt.com/trigger/button_pressed/with/key/k json={\"value1\":\"button-1\"}\n");
        StringAssert.Contains(sim.Stderr, "] http:   -> 500 (route 'webhook')\n");
        StringAssert.Contains(sim.Stderr, "] pin 2 (LED) = 1\n");
        StringAssert.Contains(sim.Stderr, "] machine: deep sleep until reset: the run ends here\n");
        var timeline = ReadEvents(events);
        Assert.AreEqual("button-1", timeline.Single(e => e.GetProperty("type").GetString() == "http.request").GetProperty("json").GetProperty("value1").GetString());
        Assert.AreEqual(6, timeline.Count(e => e.GetProperty("type").GetString() == "pin.write"), "three blinks");
        Assert.AreEqual("machine.deepsleep", timeline[^1].GetProperty("type").GetString(), "deep sleep is the last thing that happens");
    }

    [TestMethod]
    public void WithoutAScenarioTheDefaultNetworkAndSinkServe()
    {
        var modules = Modules();
        var sim = Mcu.Invoke(modules, "sim", modules);

        Assert.AreEqual(0, sim.ExitCode, sim.Stderr);
        Assert.AreEqual("connected 3\nwebhook 200\n", sim.Stdout, "the sim board reports the CYW43 codes");
        StringAssert.Contains(sim.Stderr, "http:   -> 200 (sink)");
    }

    [TestMethod]
    public void AWrongPasswordIsSeenThroughTheBoardsCodes()
    {
        var modules = Modules();
        var scenario = WriteScenario("""{"wifi": {"networks": [{"ssid": "HomeNet", "password": "other"}]}}""");

        var sim = Mcu.Invoke(modules, "sim", modules, "--board", "rp2-pico-w", "--scenario", scenario);

        Assert.AreEqual(0, sim.ExitCode, sim.Stderr);
        Assert.AreEqual("no wifi -3\n", sim.Stdout);
        Assert.IsFalse(sim.Stderr.Contains("http:", StringComparison.Ordinal), "no request without Wi-Fi");
    }

    [TestMethod]
    public void BadInputIsOneLineExitTwoAndNothingRuns()
    {
        var modules = Modules();
        var cases = new (string[] Args, string Message)[]
        {
            (new[] { "--board", "esp3" }, "error: Unknown board 'esp3'. Known boards: esp8266, esp32, rp2-pico-w, wipy, openmv, generic, sim.\n"),
            (new[] { "--scenario", WriteScenario("{\"wifi\": {") }, "scenario.json: not valid JSON: line 1"),
            (new[] { "--scenario", WriteScenario("{\"events\": [{\"at_ms\": 5, \"network_down\": \"Nope\"}]}") }, "scenario.json: events[0].network_down refers to unknown network 'Nope'"),
            (new[] { "--scenario", WriteScenario("{\"events\": [{\"at_ms\": 5, \"route_down\": \"hook\"}]}") }, "scenario.json: events[0].route_down refers to unknown route 'hook'"),
            (new[] { "--scenario", WriteScenario("{\"http\": {\"routes\": [{\"url\": \"http://a/\", \"forward\": \"http://93.184.216.34\"}]}}") }, "is refused: forwarding only reaches a server on this machine"),
            (new[] { "--scenario", WriteScenario("{\"reset_cause\": \"DeepSleepReset\"}"), "--board", "rp2-pico-w" }, "reset_cause 'DeepSleepReset' is never reported by board 'rp2-pico-w'"),
            (new[] { "--scenario", Path.Combine(modules, "missing.json") }, "missing.json: cannot read the scenario file"),
        };
        foreach (var (args, message) in cases)
        {
            var events = Path.Combine(modules, "events.jsonl");
            var run = Mcu.Invoke(modules, new[] { "sim", modules, "--events", events }.Concat(args).ToArray());
            var what = string.Join(" ", args);
            Assert.AreEqual(2, run.ExitCode, what + "\n" + run.Stderr);
            Assert.AreEqual("", run.Stdout, "nothing ran: " + what);
            StringAssert.StartsWith(run.Stderr, "error: ", what);
            StringAssert.Contains(run.Stderr, message, what);
            Assert.AreEqual(1, run.Stderr.TrimEnd('\n').Split('\n').Length, "one line: " + run.Stderr);
            Assert.IsFalse(File.Exists(events), "no partial run: " + what);
        }
    }

    [TestMethod]
    public void BuildRefusesAnUnknownBoardWithExitTwo()
    {
        var folder = Mcu.TempFolder();
        File.WriteAllText(Path.Combine(folder, "Program.cs"), "static class Program { static void Main() { System.Console.WriteLine(1); } }");
        var build = Mcu.Invoke(folder, "build", "Program.cs", "--board", "pico");

        Assert.AreEqual(2, build.ExitCode);
        StringAssert.StartsWith(build.Stderr, "error: Unknown board 'pico'. Known boards: esp8266,");
    }

    [TestMethod]
    public void BoardsListsEveryProfileWithItsKeyFacts()
    {
        var boards = Mcu.Invoke(Mcu.RepositoryRoot, "boards");

        Assert.AreEqual(0, boards.ExitCode, boards.Stderr);
        var lines = boards.Stdout.Split('\n');
        StringAssert.StartsWith(lines[0], "board ");
        foreach (var id in new[] { "esp8266", "esp32", "rp2-pico-w", "wipy", "openmv", "generic", "sim" })
            Assert.IsTrue(lines.Skip(2).Take(7).Any(l => l.StartsWith(id + " ", StringComparison.Ordinal)), id);
        var wipy = lines.First(l => l.StartsWith("wipy ", StringComparison.Ordinal));
        StringAssert.Contains(wipy, "none");
        StringAssert.Contains(wipy, "/flash");
        StringAssert.Contains(wipy, "network.WLAN.STA");
        StringAssert.Contains(lines.First(l => l.StartsWith("esp32 ", StringComparison.Ordinal)), "1010 (STAT_GOT_IP)");
        StringAssert.Contains(lines.First(l => l.StartsWith("openmv ", StringComparison.Ordinal)), "network.WLAN.IF_STA");
    }
}
