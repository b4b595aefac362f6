namespace McuSharp.Device.Tests;

[TestClass]
public sealed class WifiTests
{
    private static readonly string Connect = Programs.WithStation("""
                wlan.Connect("HomeNet", Secrets.Password);
                var up = wlan.WaitConnected(5000);
                System.Console.WriteLine(up ? "up " + wlan.IfConfig().Ip : "down");
                System.Console.WriteLine(Describe(wlan.Status));
                System.Console.WriteLine($"status {wlan.Status}, reset cause {Machine.ResetCause()}");
        """, members: """
            static string Describe(WlanStatus status)
            {
                switch (status)
                {
                    case WlanStatus.GotIp: return "got ip";
                    case WlanStatus.WrongPassword: return "wrong password";
                    case WlanStatus.NoApFound: return "no access point";
                    default: return "other";
                }
            }
        """);

    private static readonly Dictionary<string, object?> Secrets = new() { ["password"] = "secret" };

    [TestMethod]
    [DataRow("sim")]
    [DataRow("esp8266")]
    [DataRow("esp32")]
    [DataRow("rp2-pico-w")]
    public async Task WaitConnectedConnectsAndStatusDecodes(string board)
    {
        var run = (await DeviceProgram.Compile(Connect, board, Secrets).Run("""{"wifi": {"networks": [{"ssid": "HomeNet", "password": "secret", "ip": "10.0.0.7"}]}}""")).Succeeded();
        // The status prints as its name on every board (the board's codes 5, 1010 and 3 all mean GotIp).
        CollectionAssert.AreEqual(new[] { "up 10.0.0.7", "got ip", "status GotIp, reset cause PowerOn" }, run.Lines);
        Assert.AreEqual("GotIp", run.WifiStates[^1]);
    }

    [TestMethod]
    public async Task WaitConnectedGivesUpAtItsDeadline()
    {
        // The access point takes a minute to answer: the join is still going on when the 5 s deadline passes.
        var run = (await DeviceProgram.Compile(Connect, "esp8266", Secrets).Run("""{"wifi": {"networks": [{"ssid": "HomeNet", "password": "secret", "join_ms": 60000}]}}""")).Succeeded();
        CollectionAssert.AreEqual(new[] { "down", "other", "status Connecting, reset cause PowerOn" }, run.Lines);
        // Polled with sleeps (100 ms each) until the 5 s deadline, not a busy loop and not forever.
        var sleeps = run.Of("time.sleep");
        Assert.IsTrue(sleeps.Count is >= 40 and <= 51, $"{sleeps.Count} sleeps");
        Assert.IsTrue(sleeps.All(s => s.GetProperty("ms").GetDouble() == 100));
        // No poll sleeps after the deadline (5 s after the wait began), and the wait used most of it.
        var began = DeviceRun.At(run.Of("wifi.connect").Single());
        var lastSleep = DeviceRun.At(sleeps[^1]);
        Assert.IsTrue(lastSleep - began is >= 4500 and < 5000, $"last poll sleep {lastSleep - began} ms after the connect\n" + string.Join("\n", run.Events.Select(e => e.GetRawText())));
    }

    [TestMethod]
    [DataRow("esp8266")]
    [DataRow("rp2-pico-w")]
    public async Task WaitConnectedStopsAtAWrongPassword(string board)
    {
        var run = (await DeviceProgram.Compile(Connect, board, Secrets).Run("""{"wifi": {"networks": [{"ssid": "HomeNet", "password": "other", "join_ms": 1500}]}}""")).Succeeded();
        CollectionAssert.AreEqual(new[] { "down", "wrong password", "status WrongPassword, reset cause PowerOn" }, run.Lines);
        // The board refused the join after 1.5 s; waiting the other 3.5 s could not have changed that.
        var began = DeviceRun.At(run.Of("wifi.connect").Single());
        var lastSleep = DeviceRun.At(run.Of("time.sleep")[^1]);
        Assert.IsTrue(lastSleep - began is >= 1300 and < 2000, $"last poll sleep {lastSleep - began} ms after the connect");
    }

    [TestMethod]
    public async Task OnAnEsp32WaitConnectedWaitsWhileTheDriverRetriesAWrongPassword()
    {
        // The ESP32's driver retries a refused join by itself and reports Connecting meanwhile, as the port does.
        var run = (await DeviceProgram.Compile(Connect, "esp32", Secrets).Run("""{"wifi": {"networks": [{"ssid": "HomeNet", "password": "other"}]}}""")).Succeeded();
        Assert.AreEqual("down", run.Lines[0]);
        var began = DeviceRun.At(run.Of("wifi.connect").Single());
        var lastSleep = DeviceRun.At(run.Of("time.sleep")[^1]);
        Assert.IsTrue(lastSleep - began is >= 4500 and < 5000, $"last poll sleep {lastSleep - began} ms after the connect");
    }

    [TestMethod]
    public async Task ReconnectBacksOffExponentially()
    {
        var source = Programs.WithStation("""System.Console.WriteLine(wlan.Reconnect("HomeNet", Secrets.Password, attempts: 7, timeoutMs: 3000));""");
        var run = (await DeviceProgram.Compile(source, "esp8266", Programs.Secrets).Run(
            """{"wifi": {"networks": [{"ssid": "HomeNet", "password": "secret", "failures": ["NoApFound", "NoApFound", "WrongPassword"]}]}}""")).Succeeded();
        Assert.AreEqual("True", run.Stdout.Trim());
        Assert.AreEqual(4, run.Of("wifi.connect").Count);
        CollectionAssert.AreEqual(new[] { 1000.0, 2000.0, 4000.0 }, Backoff(run));
    }

    [TestMethod]
    public async Task ReconnectPowerCyclesTheRadioAsALastResort()
    {
        var source = Programs.WithStation("""System.Console.WriteLine(wlan.Reconnect("Gone", Secrets.Password, attempts: 8, timeoutMs: 2000));""");
        var run = (await DeviceProgram.Compile(source, "sim", Programs.Secrets).Run("""{"wifi": {"networks": [{"ssid": "HomeNet"}]}}""")).Succeeded();
        Assert.AreEqual("False", run.Stdout.Trim());
        // Two rounds of 8 attempts, the backoff capped at 60 s, and the radio switched off and on between them.
        Assert.AreEqual(16, run.Of("wifi.connect").Count);
        CollectionAssert.AreEqual(new[] { 1000.0, 2000, 4000, 8000, 16000, 32000, 60000, 1000, 1000, 2000, 4000, 8000, 16000, 32000, 60000 }, Backoff(run));
        var radio = run.Of("wifi.active").Select(e => e.GetProperty("active").GetBoolean()).ToList();
        CollectionAssert.AreEqual(new[] { true, false, true }, radio);
    }

    /// <summary>The sleeps of a second or more: the backoff between reconnect rounds (and the radio's 1 s off).</summary>
    private static List<double> Backoff(DeviceRun run) =>
        run.Of("time.sleep").Select(s => s.GetProperty("ms").GetDouble()).Where(ms => ms >= 1000).ToList();

    [TestMethod]
    public async Task ScanReturnsTypedNetworks()
    {
        var source = Programs.WithStation("""
                    var found = wlan.Scan();
                    System.Console.WriteLine(found.Length);
                    foreach (var n in found)
                        System.Console.WriteLine(n.Ssid + " " + n.Bssid + " ch" + n.Channel + " " + n.Rssi + "dBm sec" + n.Security + (n.Hidden ? " hidden" : ""));
            """);
        var run = (await DeviceProgram.Compile(source).Run("""
            {"wifi": {"networks": [
              {"ssid": "HomeNet", "rssi": -48, "channel": 6, "security": 3, "bssid": "a0:40:a0:91:7d:ac"},
              {"ssid": "Attic", "rssi": -81, "channel": 11, "security": 0, "bssid": "02:00:00:00:00:01"}]}}
            """)).Succeeded();
        CollectionAssert.AreEqual(new[] { "2", "HomeNet a0:40:a0:91:7d:ac ch6 -48dBm sec3", "Attic 02:00:00:00:00:01 ch11 -81dBm sec0" }, run.Lines);
    }

    [TestMethod]
    public async Task ConfigHostnameCountryAndStaticAddress()
    {
        const string source = """
            using McuSharp.Device;
            static class P
            {
                static void Main()
                {
                    Wlan.Country = "DE";
                    Wlan.Hostname = "button-1";
                    var wlan = Wlan.Station;
                    wlan.Active = true;
                    wlan.IfConfig(new IpConfig("192.168.1.77", "255.255.255.0", "192.168.1.1", "1.1.1.1"));
                    wlan.Connect("HomeNet", Secrets.Password);
                    wlan.WaitConnected(5000);
                    var config = wlan.IfConfig();
                    System.Console.WriteLine(config.Ip + " via " + config.Gateway + " dns " + config.Dns);
                    System.Console.WriteLine(Wlan.Hostname + " " + Wlan.Country + " " + wlan.Essid + " " + wlan.Channel);
                    var ap = Wlan.AccessPoint;
                    ap.Active = true;
                    ap.Essid = "Setup-AP";
                    ap.SetPassword(Secrets.Password);
                    System.Console.WriteLine(ap.Essid);
                }
            }
            [McuSharp.Interop.McuConfig] static class Secrets { public static extern string Password { get; } }
            """;
        var run = (await DeviceProgram.Compile(source, "esp32", Secrets).Run("""{"wifi": {"networks": [{"ssid": "HomeNet", "channel": 11}]}}""")).Succeeded();
        CollectionAssert.AreEqual(new[] { "192.168.1.77 via 192.168.1.1 dns 1.1.1.1", "button-1 DE HomeNet 11", "Setup-AP" }, run.Lines);
        var configs = run.Of("wifi.config").Select(e => e.GetRawText()).ToList();
        Assert.IsTrue(configs.Any(c => c.Contains("\"password\":\"***\"")), string.Join("\n", configs));
    }
}
