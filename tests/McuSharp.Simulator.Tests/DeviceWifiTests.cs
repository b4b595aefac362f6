namespace McuSharp.Simulator.Tests;

/// <summary>network.WLAN on the simulated device: board constants, scripted joins and failures, DHCP delay, outages.</summary>
[TestClass]
public sealed class DeviceWifiTests
{
    private const string HomeNet = """
        {"wifi": {"networks": [{"ssid": "HomeNet", "password": "secret", "rssi": -61, "channel": 11, "join_ms": 1000, "dhcp_ms": 500, "failures": FAILURES}]}}
        """;

    private static string Scenario(string failures = "[]") => HomeNet.Replace("FAILURES", failures, StringComparison.Ordinal);

    // Connects, then prints the status every 250 ms until connected or 20 polls: the codes the board reports.
    private const string PollStatus = """
        import network, time
        sta = network.WLAN(network.STA_IF)
        sta.active(True)
        sta.connect(SSID, PASSWORD)
        seen = []
        for i in range(40):
            s = sta.status()
            if not seen or seen[-1] != s:
                seen.append(s)
            if sta.isconnected():
                break
            time.sleep_ms(250)
        print(seen, sta.isconnected())
        """;

    private static string Poll(string ssid = "HomeNet", string password = "secret") =>
        PollStatus.Replace("SSID", $"'{ssid}'", StringComparison.Ordinal).Replace("PASSWORD", $"'{password}'", StringComparison.Ordinal);

    [TestMethod]
    [DataRow("esp8266", "[1, 5] True")]
    [DataRow("esp32", "[1001, 1010] True")]
    [DataRow("rp2-pico-w", "[1, 2, 3] True")]
    [DataRow("sim", "[1, 2, 3] True")]
    public async Task AJoinReportsTheBoardsOwnCodesAndDhcpTakesItsTime(string board, string expected)
    {
        var run = (await DeviceRun.Start(Poll(), Scenario(), board)).Succeeded();

        Assert.AreEqual(expected + "\n", run.Stdout);
        CollectionAssert.AreEqual(new[] { "Connecting", "LinkUpNoIp", "GotIp" }, run.WifiStates.ToArray());
        var connect = DeviceRun.At(run.Of("wifi.connect").Single());
        var gotIp = DeviceRun.At(run.Of("wifi.status").Last());
        Assert.IsTrue(gotIp - connect is >= 1500 and < 1800, $"join 1000 ms + DHCP 500 ms, took {gotIp - connect}");
    }

    [TestMethod]
    [DataRow("esp8266", "[1, 2, 1, 5] True", "WrongPassword")]
    [DataRow("rp2-pico-w", "[1, -2, 1, 2, 3] True", "NoApFound")]
    public async Task AScriptedFailureIsReportedAndTheNextConnectSucceeds(string board, string expected, string failure)
    {
        var program = """
            import network, time
            sta = network.WLAN(network.STA_IF)
            sta.active(True)
            seen = []
            for attempt in range(3):
                sta.connect('HomeNet', 'secret')
                for i in range(12):
                    s = sta.status()
                    if not seen or seen[-1] != s:
                        seen.append(s)
                    if sta.isconnected() or s in (network.STAT_WRONG_PASSWORD, network.STAT_NO_AP_FOUND):
                        break
                    time.sleep_ms(250)
                if sta.isconnected():
                    break
            print(seen, sta.isconnected())
            """;
        var run = (await DeviceRun.Start(program, Scenario($"[\"{failure}\"]"), board)).Succeeded();

        Assert.AreEqual(expected + "\n", run.Stdout);
        CollectionAssert.Contains(run.WifiStates.ToArray(), failure);
        Assert.HasCount(2, run.Of("wifi.connect"));
    }

    [TestMethod]
    public async Task TheEsp32DriverRetriesAFailedJoinByItselfAndKeepsReportingConnecting()
    {
        var run = (await DeviceRun.Start(Poll(), Scenario("[\"WrongPassword\", \"NoApFound\"]"), "esp32")).Succeeded();

        Assert.AreEqual("[1001, 1010] True\n", run.Stdout, "status() stays STAT_CONNECTING while the driver retries");
        Assert.HasCount(2, run.Of("wifi.retry"));
        Assert.HasCount(1, run.Of("wifi.connect"), "the program called connect() once");
        CollectionAssert.AreEqual(new[] { "Connecting", "WrongPassword", "Connecting", "NoApFound", "Connecting", "LinkUpNoIp", "GotIp" }, run.WifiStates.ToArray(),
            "the timeline still shows each failed join");
    }

    [TestMethod]
    [DataRow("HomeNet", "wrong", "WrongPassword", -3)]
    [DataRow("OtherNet", "secret", "NoApFound", -2)]
    public async Task WrongCredentialsFailWithTheMatchingStatus(string ssid, string password, string state, int code)
    {
        var run = (await DeviceRun.Start(Poll(ssid, password), Scenario(), "rp2-pico-w")).Succeeded();

        Assert.AreEqual($"[1, {code}] False\n", run.Stdout);
        Assert.AreEqual(state, run.WifiStates.Last());
    }

    [TestMethod]
    public async Task ScanReturnsTheVisibleNetworksAsTuplesAfterScriptedEmptyScans()
    {
        var run = (await DeviceRun.Start("""
            import network
            sta = network.WLAN(network.WLAN.IF_STA)
            sta.active(True)
            print(sta.scan())
            print([(n[0], n[2], n[3], n[4], n[5], len(n[1])) for n in sta.scan()])
            """, """{"wifi": {"scan_failures": 1, "networks": [{"ssid": "HomeNet", "rssi": -61, "channel": 11}, {"ssid": "Cafe", "rssi": -80, "channel": 13, "security": 0}, {"ssid": "Hidden", "hidden": true}]}}""")).Succeeded();

        Assert.AreEqual("[]\n[(b'HomeNet', 11, -61, 3, False, 6), (b'Cafe', 13, -80, 0, False, 6)]\n", run.Stdout);
        Assert.HasCount(2, run.Of("wifi.scan"));
    }

    [TestMethod]
    public async Task ScanningAnInactiveInterfaceIsAnOSError()
    {
        var run = (await DeviceRun.Start("""
            import network
            try:
                network.WLAN(network.STA_IF).scan()
            except OSError as e:
                print("OSError", e)
            """)).Succeeded();

        Assert.AreEqual("OSError STA must be active\n", run.Stdout);
    }

    [TestMethod]
    public async Task IfconfigConfigAndTheAccessPoint()
    {
        var run = (await DeviceRun.Start("""
            import network, time
            ap = network.WLAN(network.AP_IF)
            print(ap.active())
            ap.config(essid='button-setup', password='12345678')
            ap.active(True)
            print(ap.config('essid'), ap.ifconfig()[0], ap.isconnected())
            sta = network.WLAN(network.STA_IF)
            print(sta.ifconfig())
            sta.active(True)
            sta.connect('HomeNet', 'secret')
            while not sta.isconnected():
                time.sleep_ms(100)
            print(sta.ifconfig(), sta.config('essid'), sta.status('rssi'))
            sta.ifconfig(('192.168.1.6', '255.255.255.0', '192.168.1.1', '8.8.8.8'))
            print(sta.ifconfig())
            try:
                sta.config('nonsense')
            except ValueError as e:
                print("ValueError", e)
            sta.disconnect()
            print(sta.isconnected(), sta.status())
            """, Scenario())).Succeeded();

        Assert.AreEqual(
            "False\nbutton-setup 192.168.4.1 False\n('0.0.0.0', '0.0.0.0', '0.0.0.0', '0.0.0.0')\n" +
            "('192.168.1.50', '255.255.255.0', '192.168.1.1', '192.168.1.1') HomeNet -61\n" +
            "('192.168.1.6', '255.255.255.0', '192.168.1.1', '8.8.8.8')\nValueError unknown config param\nFalse 0\n", run.Stdout);
        var config = run.Of("wifi.config").Single();
        Assert.AreEqual("***", config.GetProperty("password").GetString(), "a password never reaches the timeline");
        Assert.AreEqual("disconnect()", run.Of("wifi.disconnected").Single().GetProperty("reason").GetString());
    }

    [TestMethod]
    public async Task AnOutageDropsTheLinkAndTheEsp32ReconnectsWhenTheNetworkIsBack()
    {
        var program = """
            import network, time
            sta = network.WLAN(network.STA_IF)
            sta.active(True)
            sta.connect('HomeNet', 'secret')
            for second in range(12):
                print(second, sta.isconnected(), sta.status())
                time.sleep(1)
            """;
        const string scenario = """
            {"wifi": {"networks": [{"ssid": "HomeNet", "password": "secret", "join_ms": 1000, "dhcp_ms": 500}]},
             "events": [{"at_ms": 3000, "network_down": "HomeNet"}, {"at_ms": 6000, "network_up": "HomeNet"}]}
            """;
        var run = (await DeviceRun.Start(program, scenario, "esp32")).Succeeded();

        var lines = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.AreEqual("2 True 1010", lines[2]);
        Assert.AreEqual("4 False 1001", lines[4], "the ESP32 driver keeps trying while the network is gone");
        Assert.AreEqual("8 True 1010", lines[8], "back 1.5 s after the network returned at 6 s");
        Assert.HasCount(1, run.Of("wifi.link_lost"));
        Assert.AreEqual(3000, DeviceRun.At(run.Of("wifi.network_down").Single()));
    }

    [TestMethod]
    public async Task TheDefaultScenarioAcceptsAnyCredentials()
    {
        var run = (await DeviceRun.Start(Poll("whatever-the-config-says", "and its password"))).Succeeded();

        StringAssert.EndsWith(run.Stdout, "3] True\n");
    }

    [TestMethod]
    public async Task LanNeedsNoConnect()
    {
        var run = (await DeviceRun.Start("""
            import network
            lan = network.LAN()
            lan.active(True)
            print(lan.isconnected(), lan.ifconfig()[0])
            """, board: "esp32")).Succeeded();

        Assert.AreEqual("True 192.168.10.50\n", run.Stdout);
    }
}
