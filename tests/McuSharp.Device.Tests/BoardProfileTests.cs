using McuSharp.Boards;

namespace McuSharp.Device.Tests;

/// <summary>One test per board profile: `Wlan.Status == WlanStatus.GotIp` compiles to that board's constant or number.</summary>
[TestClass]
public sealed class BoardProfileTests
{
    private const string StatusCheck = """
        using McuSharp.Device;
        static class P
        {
            static void Main()
            {
                var wlan = Wlan.Station;
                System.Console.WriteLine(wlan.Status == WlanStatus.GotIp);
            }
        }
        """;

    private static string Compiled(string board) => DeviceProgram.Compile(StatusCheck, board).Main;

    [TestMethod]
    public void Esp8266()
    {
        var main = Compiled("esp8266");
        StringAssert.Contains(main, "wlan = network.WLAN(network.STA_IF)");
        StringAssert.Contains(main, "print(wlan.status() == network.STAT_GOT_IP)");
    }

    [TestMethod]
    public void Esp32()
    {
        var main = Compiled("esp32");
        StringAssert.Contains(main, "wlan = network.WLAN(network.STA_IF)");
        StringAssert.Contains(main, "print(wlan.status() == network.STAT_GOT_IP)");
    }

    [TestMethod]
    public void Rp2PicoW()
    {
        var main = Compiled("rp2-pico-w");
        StringAssert.Contains(main, "print(wlan.status() == network.STAT_GOT_IP)");
        // The CYW43's "joined, no IP yet" has no STAT_ name: its number is written.
        var noIp = DeviceProgram.Compile(StatusCheck.Replace("GotIp", "LinkUpNoIp"), "rp2-pico-w").Main;
        StringAssert.Contains(noIp, "print(wlan.status() == 2)");
    }

    [TestMethod]
    public void OpenMv()
    {
        // OpenMV firmware has no STAT_* names: the CYW43 numbers, and the IF_STA class constant.
        var main = Compiled("openmv");
        StringAssert.Contains(main, "wlan = network.WLAN(network.WLAN.IF_STA)");
        StringAssert.Contains(main, "print(wlan.status() == 3)");
    }

    [TestMethod]
    public void Generic() => StringAssert.Contains(Compiled("generic"), "print(wlan.status() == network.STAT_GOT_IP)");

    [TestMethod]
    public void Sim() => StringAssert.Contains(Compiled("sim"), "print(wlan.status() == network.STAT_GOT_IP)");

    [TestMethod]
    public void WipyRefusesStatus()
    {
        // The WiPy's WLAN has no status(): the comparison is refused, naming the board and what it lacks.
        var program = DeviceProgram.Compile(StatusCheck, "wipy");
        Assert.IsFalse(program.Result.Success);
        var error = program.WithId("MCU0020").Single().GetMessage();
        StringAssert.Contains(error, "'WlanStatus.GotIp' has no value on board 'wipy'");
        StringAssert.Contains(error, "network.wifi_status.GotIp");
        StringAssert.Contains(program.WithId("MCU1008").Single().GetMessage(), "WLAN.status(), which board 'wipy' does not have");
    }

    [TestMethod]
    public void EveryProfileIsCovered()
    {
        // A new profile needs a test above.
        CollectionAssert.AreEquivalent(new[] { "esp8266", "esp32", "rp2-pico-w", "wipy", "openmv", "generic", "sim" }, BoardProfiles.Ids.ToArray());
        foreach (var board in BoardProfiles.Ids.Where(b => b != "wipy"))
        {
            var expected = BoardProfiles.Get(board).GetWifiStatus("GotIp")!.Expression;
            StringAssert.Contains(Compiled(board), $"wlan.status() == {expected}", board);
        }
    }

    [TestMethod]
    public void ResetCausesComeFromTheProfile()
    {
        const string source = """
            using McuSharp.Device;
            static class P { static void Main() { System.Console.WriteLine(Machine.ResetCause() == ResetCause.DeepSleepReset); } }
            """;
        StringAssert.Contains(DeviceProgram.Compile(source, "esp32").Main, "print(machine.reset_cause() == machine.DEEPSLEEP_RESET)");
        // The RP2040 never reports a deep-sleep wake (it resets as PowerOn): the comparison is never true there.
        StringAssert.Contains(DeviceProgram.Compile(source, "rp2-pico-w").Main, "print(machine.reset_cause() == None)");
        // Where the value itself is needed, it is refused.
        var stored = DeviceProgram.Compile(source.Replace("System.Console.WriteLine(Machine.ResetCause() == ResetCause.DeepSleepReset);", "var wanted = ResetCause.DeepSleepReset; System.Console.WriteLine(Machine.ResetCause() == wanted);"), "rp2-pico-w");
        StringAssert.Contains(stored.WithId("MCU0020").Single().GetMessage(), "'ResetCause.DeepSleepReset' has no value on board 'rp2-pico-w'");
    }

    [TestMethod]
    public void LedPinComesFromTheProfile()
    {
        const string source = """
            using McuSharp.Device;
            static class P { static void Main() { Pin.Led.On(); } }
            """;
        StringAssert.Contains(DeviceProgram.Compile(source, "esp8266").Main, "machine.Pin(2, machine.Pin.OUT).on()");
        StringAssert.Contains(DeviceProgram.Compile(source, "rp2-pico-w").Main, "machine.Pin('LED', machine.Pin.OUT).on()");
        StringAssert.Contains(DeviceProgram.Compile(source, "wipy").Main, "machine.Pin('GP25', machine.Pin.OUT).on()");
        var generic = DeviceProgram.Compile(source, "generic");
        Assert.AreEqual(1, generic.WithId("MCU1008").Count, generic.DiagnosticsText);
        Assert.AreEqual(1, generic.WithId("MCU0020").Count, generic.DiagnosticsText);
    }

    [TestMethod]
    public async Task WipyConnectsWithItsOwnSignature()
    {
        // ports/cc3200/mods/modwlan.c: connect(ssid, *, auth=(sec, key)): the profile gives the WiPy's template.
        const string source = """
            using McuSharp.Device;
            static class P
            {
                static void Main()
                {
                    var wlan = Wlan.Station;
                    wlan.Active = true;
                    wlan.Connect("HomeNet", Secrets.Key);
                    System.Console.WriteLine(wlan.WaitConnected(5000));
                }
            }
            [McuSharp.Interop.McuConfig] static class Secrets { public static extern string Key { get; } }
            """;
        var secrets = new Dictionary<string, object?> { ["Key"] = "pw" };
        var wipy = DeviceProgram.Compile(source, "wipy", secrets);
        StringAssert.Contains(wipy.Main, "wlan.connect('HomeNet', auth=(network.WLAN.WPA2, config.Key))");
        StringAssert.Contains(DeviceProgram.Compile(source, "esp32", secrets).Main, "wlan.connect('HomeNet', config.Key)");
        var run = (await wipy.Run("""{"wifi": {"networks": [{"ssid": "HomeNet", "password": "pw"}]}}""")).Succeeded();
        Assert.AreEqual("True", run.Stdout.Trim());
    }

    [TestMethod]
    public void InterfaceConstantsComeFromTheProfile()
    {
        const string source = """
            using McuSharp.Device;
            static class P { static void Main() { var ap = new Wlan(WlanInterface.AccessPoint); ap.Active = true; } }
            """;
        StringAssert.Contains(DeviceProgram.Compile(source, "esp32").Main, "ap = network.WLAN(network.AP_IF)");
        StringAssert.Contains(DeviceProgram.Compile(source, "openmv").Main, "ap = network.WLAN(network.WLAN.IF_AP)");
        // The WiPy's WLAN takes its role by keyword: WLAN(mode=WLAN.AP) (ports/cc3200/mods/modwlan.c).
        StringAssert.Contains(DeviceProgram.Compile(source, "wipy").Main, "ap = network.WLAN(mode=network.WLAN.AP)");
        StringAssert.Contains(DeviceProgram.Compile(source.Replace("new Wlan(WlanInterface.AccessPoint)", "Wlan.Station"), "wipy").Main, "ap = network.WLAN(mode=network.WLAN.STA)");
    }
}
