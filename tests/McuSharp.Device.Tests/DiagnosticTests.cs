using McuSharp.Boards;
using McuSharp.Compiler;

namespace McuSharp.Device.Tests;

[TestClass]
public sealed class DiagnosticTests
{
    [TestMethod]
    public void FacadesThrowDeviceOnlyExceptionOnDotNet()
    {
        var sleep = Assert.ThrowsExactly<DeviceOnlyException>(() => Time.SleepMs(10));
        Assert.AreEqual("Time.SleepMs runs only on the device; build with mcu build / run with mcu sim.", sleep.Message);
        Assert.AreEqual("Wlan.Station", Assert.ThrowsExactly<DeviceOnlyException>(() => _ = Wlan.Station).Member);
        Assert.ThrowsExactly<DeviceOnlyException>(() => new Pin(2));
        Assert.ThrowsExactly<DeviceOnlyException>(() => Urequests.Get("http://example.com"));
        Assert.ThrowsExactly<DeviceOnlyException>(() => McuSharp.Interop.Py.Exec("pass"));
    }

    [TestMethod]
    public void UnknownBoardIsRefused()
    {
        var e = Assert.ThrowsExactly<UnknownBoardException>(() => CompileOptions.ForBoard("esp33"));
        StringAssert.Contains(e.Message, "esp33");
        StringAssert.Contains(e.Message, "esp32");
    }

    [TestMethod]
    public void LanOnABoardWithoutEthernetWarns()
    {
        const string source = """
            using McuSharp.Device;
            static class P { static void Main() { var lan = new Lan(); lan.Active = true; System.Console.WriteLine(lan.IsConnected()); } }
            """;
        var esp8266 = DeviceProgram.Compile(source, "esp8266");
        var warning = esp8266.WithId("MCU1008").Single();
        Assert.AreEqual("'Lan' needs Ethernet (network.LAN), which board 'esp8266' does not have (its profile has nothing at 'network.lan'): on the device this fails at run time; build for a board that has it or leave it out", warning.GetMessage());
        Assert.AreEqual(0, DeviceProgram.Compile(source, "esp32").WithId("MCU1008").Count);
        StringAssert.Contains(DeviceProgram.Compile(source, "esp32").Main, "lan = network.LAN()");
    }

    [TestMethod]
    public void LiteralCredentialsWarn()
    {
        var program = DeviceProgram.Compile("""
            using McuSharp.Device;
            static class P
            {
                const string Key = "dG9rZW4tMTIzNDU2";
                static void Main()
                {
                    var wlan = Wlan.Station;
                    wlan.Active = true;
                    wlan.Connect("HomeNet", "hunter22");
                    Urequests.Get("http://api.example.com/data?api_key=0123456789abcdef", timeout: 5).Close();
                    Urequests.Post("https://maker.ifttt.com/trigger/pressed/with/key/" + Key, data: "x", timeout: 5).Close();
                    Urequests.Get("http://api.example.com/data?page=2", timeout: 5).Close();
                }
            }
            """);
        var warnings = program.WithId("MCU1005");
        Assert.AreEqual(3, warnings.Count, program.DiagnosticsText);
        StringAssert.Contains(warnings[0].GetMessage(), "The password passed to Wlan.Connect is a string literal in code");
        StringAssert.Contains(warnings[1].GetMessage(), "The key or token in the URL passed to Urequests.Get");
        StringAssert.Contains(warnings[2].GetMessage(), "Urequests.Post");
        Assert.IsTrue(program.Result.Success, "a warning, not an error");
    }

    [TestMethod]
    public void RawStatusNumbersWarn()
    {
        var program = DeviceProgram.Compile("""
            using McuSharp.Device;
            static class P
            {
                static void Main()
                {
                    var wlan = Wlan.Station;
                    if (wlan.Status == (WlanStatus)5) System.Console.WriteLine("a");
                    if ((int)wlan.Status == 1010) System.Console.WriteLine("b");
                    if (wlan.Status == WlanStatus.GotIp) System.Console.WriteLine("c");
                }
            }
            """, "esp8266");
        var warnings = program.WithId("MCU1009");
        Assert.AreEqual(2, warnings.Count, program.DiagnosticsText);
        StringAssert.Contains(warnings[0].GetMessage(), "A WlanStatus is compared with the number 5");
        StringAssert.Contains(warnings[1].GetMessage(), "compared with the number 1010");
    }

    [TestMethod]
    public void FloatIsRefusedOnTheWipy()
    {
        const string source = """
            static class P
            {
                static void Main()
                {
                    int raw = 512;
                    double volts = raw * 3.3 / 1023;
                    System.Console.WriteLine(volts);
                    System.Console.WriteLine(raw * 3300 / 1023);
                }
            }
            """;
        var wipy = DeviceProgram.Compile(source, "wipy");
        Assert.IsFalse(wipy.Result.Success);
        var errors = wipy.WithId("MCU0025");
        Assert.IsTrue(errors.Count >= 1, wipy.DiagnosticsText);
        StringAssert.Contains(errors[0].GetMessage(), "'raw * 3.3 / 1023' (double) needs floating point, which board 'wipy' does not have");
        Assert.IsFalse(wipy.Has("mcus_rt.py"));
        // The same program builds for a board with floats, with the float formatting it needs.
        Assert.IsTrue(DeviceProgram.Compile(source, "esp32").Result.Success);
        // Integer code builds for the WiPy.
        Assert.IsTrue(DeviceProgram.Compile(source.Replace("double volts = raw * 3.3 / 1023;", "int volts = raw * 33 / 10230;"), "wipy").Result.Success);
    }

    [TestMethod]
    public void BoardLackingAValueIsAnErrorNamingTheBoard()
    {
        var program = DeviceProgram.Compile("""
            using McuSharp.Device;
            static class P { static void Main() { var s = WlanStatus.LinkUpNoIp; System.Console.WriteLine(Wlan.Station.Status == s); } }
            """, "esp32");
        var error = program.WithId("MCU0020").Single().GetMessage();
        StringAssert.Contains(error, "'WlanStatus.LinkUpNoIp' has no value on board 'esp32'");
    }

    [TestMethod]
    public async Task AStatusTheBoardNeverReportsNeverMatches()
    {
        // ESP boards report Connecting while DHCP runs: LinkUpNoIp never happens there, so its case never matches.
        var source = Programs.WithStation(
            """System.Console.WriteLine(Describe(wlan.Status) + " " + (wlan.Status != WlanStatus.LinkUpNoIp));""", connect: true,
            members: """
                static string Describe(WlanStatus status) => status switch
                {
                    WlanStatus.LinkUpNoIp => "no ip yet",
                    WlanStatus.GotIp => "got ip",
                    _ => "other",
                };
            """);
        var program = DeviceProgram.Compile(source, "esp32", Programs.Secrets);
        Assert.AreEqual(0, program.Result.Diagnostics.Count, program.DiagnosticsText);
        var run = (await program.Run()).Succeeded();
        Assert.AreEqual("got ip True", run.Stdout.Trim());
    }

    [TestMethod]
    public void UnboundedWaitsWarn()
    {
        var program = DeviceProgram.Compile("""
            using McuSharp.Device;
            static class P
            {
                static void Main()
                {
                    var wlan = Wlan.Station;
                    while (!wlan.IsConnected()) Time.SleepMs(100);
                    var start = Time.TicksMs();
                    while (!wlan.IsConnected())
                    {
                        if (Time.TicksDiff(Time.TicksMs(), start) > 10000) break;
                        Time.SleepMs(100);
                    }
                    while (!wlan.IsConnected() && Time.TicksDiff(Time.TicksMs(), start) < 10000) Time.SleepMs(100);
                }
            }
            """);
        var warning = program.WithId("MCU1002").Single();
        Assert.AreEqual(6, warning.Location.GetLineSpan().StartLinePosition.Line);
        StringAssert.Contains(warning.GetMessage(), "This loop waits on Wlan.IsConnected() with no deadline");
    }

    [TestMethod]
    public void MissingTimeoutsWarn()
    {
        var program = DeviceProgram.Compile("""
            using McuSharp.Device;
            static class P
            {
                static void Main()
                {
                    using var a = Urequests.Get("http://example.com/a");
                    using var b = Urequests.Get("http://example.com/b", timeout: 5);
                    using var s = new Socket();
                    s.Connect("example.com", 80);
                    s.SetTimeout(5);
                    System.Console.WriteLine(s.Recv(10));
                }
            }
            """);
        var warnings = program.WithId("MCU1004").Select(d => d.GetMessage()).ToList();
        Assert.AreEqual(2, warnings.Count, program.DiagnosticsText);
        StringAssert.Contains(warnings[0], "Urequests.Get has no timeout: a peer that never answers blocks the board for ever; pass timeout: seconds");
        StringAssert.Contains(warnings[1], "Socket.Connect on 's' with no timeout set");
    }

    [TestMethod]
    public void UnclosedResponsesWarn()
    {
        var program = DeviceProgram.Compile("""
            using McuSharp.Device;
            static class P
            {
                static void Main()
                {
                    var leaked = Urequests.Get("http://example.com/a", timeout: 5);
                    System.Console.WriteLine(leaked.StatusCode);
                    System.Console.WriteLine(Urequests.Get("http://example.com/b", timeout: 5).StatusCode);
                    var closed = Urequests.Get("http://example.com/c", timeout: 5);
                    System.Console.WriteLine(closed.Text);
                    closed.Close();
                    using (var r = Urequests.Get("http://example.com/d", timeout: 5)) System.Console.WriteLine(r.StatusCode);
                    Urequests.Post("http://example.com/e", data: "x", timeout: 5).Close();
                    System.Console.WriteLine(Fetch().StatusCode);
                }

                static Response Fetch()
                {
                    var r = Urequests.Get("http://example.com/f", timeout: 5);
                    return r;
                }
            }
            """);
        var warnings = program.WithId("MCU1006");
        // leaked, the one read in place, and the one Fetch returns (its caller reads it in place).
        CollectionAssert.AreEqual(new[] { 5, 7, 13 }, warnings.Select(w => w.Location.GetLineSpan().StartLinePosition.Line).ToArray(), program.DiagnosticsText);
        StringAssert.Contains(warnings[0].GetMessage(), "This Response is never closed");
    }

    [TestMethod]
    public void BusyWaitsWarn()
    {
        var program = DeviceProgram.Compile("""
            using McuSharp.Device;
            static class P
            {
                static void Main()
                {
                    var button = new Pin(14, PinMode.In, PinPull.Up);
                    while (button.Value == 1) { }
                    var deadline = Time.TicksAdd(Time.TicksMs(), 1000);
                    while (Time.TicksDiff(deadline, Time.TicksMs()) > 0) Time.SleepMs(10);
                }
            }
            """);
        var warning = program.WithId("MCU1003").Single();
        Assert.AreEqual(6, warning.Location.GetLineSpan().StartLinePosition.Line);
        StringAssert.Contains(warning.GetMessage(), "This loop polls Pin.Value without sleeping");
    }

    [TestMethod]
    public void ConnectBeforeActiveWarns()
    {
        var program = DeviceProgram.Compile("""
            using McuSharp.Device;
            static class P
            {
                static void Main()
                {
                    var wlan = Wlan.Station;
                    wlan.Connect("HomeNet", Secrets.Password);
                    var other = Wlan.Station;
                    other.Active = true;
                    other.Connect("HomeNet", Secrets.Password);
                }
            }
            """ + Programs.SecretsClass, secrets: Programs.Secrets);
        var warning = program.WithId("MCU1007").Single();
        Assert.AreEqual("'wlan.Connect' is called before 'wlan.Active = true' in this method: an interface that is off refuses the connect (\"STA must be active\" on ESP32); set Active first", warning.GetMessage());
    }
}
