namespace McuSharp.Simulator.Tests;

/// <summary>machine on the simulated device, and the board profile differences the device modules imitate.</summary>
[TestClass]
public sealed class DeviceMachineTests
{
    [TestMethod]
    [DataRow("esp8266", "DeepSleepReset", "5 True")]
    [DataRow("esp32", "DeepSleepReset", "4 True")]
    [DataRow("esp32", "PowerOn", "1 False")]
    [DataRow("wipy", "DeepSleepReset", "3 True")]
    public async Task ResetCauseUsesTheBoardsConstants(string board, string cause, string expected)
    {
        var run = (await DeviceRun.Start("""
            import machine
            print(machine.reset_cause(), machine.reset_cause() == machine.DEEPSLEEP_RESET)
            """, $$"""{"reset_cause": "{{cause}}"}""", board)).Succeeded();

        Assert.AreEqual(expected + "\n", run.Stdout);
    }

    [TestMethod]
    public async Task DeepSleepEndsTheRun()
    {
        var run = (await DeviceRun.Start("""
            import machine
            try:
                print("going to sleep")
                machine.deepsleep(60000)
            except Exception:
                print("an Exception handler must not catch deep sleep")
            print("not after deep sleep")
            """)).Succeeded();

        Assert.AreEqual("going to sleep\n", run.Stdout);
        Assert.AreEqual(60000, run.Of("machine.deepsleep").Single().GetProperty("ms").GetInt32());
    }

    [TestMethod]
    public async Task OutputPinWritesAreOnTheTimelineWithTheirVirtualTimes()
    {
        var run = (await DeviceRun.Start("""
            import machine, time
            led = machine.Pin(2, machine.Pin.OUT)
            for i in range(3):
                led.on()
                time.sleep(0.5)
                led.off()
                time.sleep(0.5)
            led.value(1)
            led.toggle()
            print(led.value())
            """, board: "esp8266")).Succeeded();

        Assert.AreEqual("0\n", run.Stdout);
        var writes = run.Of("pin.write");
        CollectionAssert.AreEqual(new[] { 1, 0, 1, 0, 1, 0, 1, 0 }, writes.Select(e => e.GetProperty("value").GetInt32()).ToArray());
        Assert.IsTrue(writes.All(e => e.GetProperty("pin").GetInt32() == 2));
        var times = writes.Take(6).Select(DeviceRun.At).ToList();
        for (var i = 1; i < times.Count; i++) Assert.IsTrue(times[i] - times[i - 1] is >= 500 and < 600, $"blink {i}: {times[i] - times[i - 1]} ms");
    }

    [TestMethod]
    public async Task InputPinsFollowTheScenarioAndIrqHandlersRunAtTheEdge()
    {
        var run = (await DeviceRun.Start("""
            import machine, time
            debug = machine.Pin(14, machine.Pin.IN, machine.Pin.PULL_UP)
            print("start", debug.value())
            def pressed(pin):
                print("edge", pin.value(), time.ticks_ms() // 100)
            button = machine.Pin(0, machine.Pin.IN, machine.Pin.PULL_UP)
            button.irq(handler=pressed, trigger=machine.Pin.IRQ_FALLING)
            time.sleep(10)
            print("after", debug.value(), time.ticks_ms() // 1000)
            """, """{"events": [{"at_ms": 2000, "pin": 14, "value": 0}, {"at_ms": 3000, "pin": 0, "value": 0}, {"at_ms": 4000, "pin": 0, "value": 1}, {"at_ms": 7000, "pin": 0, "value": 0}]}""", "esp8266")).Succeeded();

        Assert.AreEqual("start 1\nedge 0 30\nedge 0 70\nafter 0 10\n", run.Stdout, "falling edges only, each at its time; the sleep goes on after the handler");
        Assert.HasCount(4, run.Of("pin.input"));
    }

    [TestMethod]
    public async Task LightSleepWithoutATimeWakesOnAPinIrq()
    {
        var run = (await DeviceRun.Start("""
            import machine, time
            b = machine.Pin(5, machine.Pin.IN)
            b.irq(handler=lambda p: print("woken", time.ticks_ms() // 1000), trigger=machine.Pin.IRQ_RISING)
            machine.lightsleep()
            print("awake")
            machine.lightsleep()
            print("not reached: nothing can wake it")
            """, """{"events": [{"at_ms": 5000, "pin": 5, "value": 1}]}""")).Succeeded();

        Assert.AreEqual("woken 5\nawake\n", run.Stdout);
        Assert.HasCount(1, run.Of("sim.end"));
    }

    [TestMethod]
    public async Task UniqueIdFreqAndReset()
    {
        var run = (await DeviceRun.Start("""
            import machine
            print(len(machine.unique_id()), machine.freq())
            machine.freq(160000000)
            print(machine.freq())
            machine.reset()
            print("not after reset")
            """, board: "esp8266")).Succeeded();

        Assert.AreEqual("4 80000000\n160000000\n", run.Stdout);
        Assert.AreEqual("hard", run.Of("machine.reset").Single().GetProperty("kind").GetString());
    }

    [TestMethod]
    [DataRow("esp8266", "import network\nprint(network.STA_IF, hasattr(network.WLAN, 'IF_STA'), network.STAT_GOT_IP, hasattr(network, 'LAN'))", "0 False 5 False")]
    [DataRow("esp32", "import network\nprint(network.STA_IF, network.WLAN.IF_STA, network.STAT_GOT_IP, network.STAT_ASSOC_FAIL, hasattr(network, 'LAN'))", "0 0 1010 203 True")]
    [DataRow("openmv", "import network\nprint(network.WLAN.IF_STA, hasattr(network, 'STA_IF'), hasattr(network, 'STAT_GOT_IP'))", "0 False False")]
    [DataRow("wipy", "import network\nprint(network.WLAN.STA, hasattr(network.WLAN(mode=network.WLAN.STA), 'status'))", "1 False")]
    [DataRow("generic", "import network\nprint(network.STA_IF, network.STAT_GOT_IP, hasattr(network, 'STAT_CONNECT_FAIL'))", "0 3 False")]
    public async Task EachBoardHasExactlyItsOwnNetworkNames(string board, string program, string expected)
    {
        var run = (await DeviceRun.Start(program, board: board)).Succeeded();

        Assert.AreEqual(expected + "\n", run.Stdout);
    }

    [TestMethod]
    [DataRow("esp8266", "machine.Pin(6, machine.Pin.OUT)")]
    [DataRow("esp8266", "machine.Pin('GP9', machine.Pin.OUT)")]
    [DataRow("wipy", "machine.Pin(9, machine.Pin.OUT)")]
    [DataRow("rp2-pico-w", "machine.Pin(23, machine.Pin.OUT)")]
    public async Task PinsTheBoardDoesNotHaveAreAValueError(string board, string statement)
    {
        var run = (await DeviceRun.Start($"import machine\ntry:\n    {statement}\n    print('made')\nexcept ValueError as e:\n    print('ValueError', e)\n", board: board)).Succeeded();

        Assert.AreEqual("ValueError invalid pin\n", run.Stdout);
    }

    [TestMethod]
    [DataRow("wipy", "machine.Pin('GP9', machine.Pin.OUT).on()")]
    [DataRow("rp2-pico-w", "machine.Pin('LED', machine.Pin.OUT).on()")]
    [DataRow("sim", "machine.Pin('anything', machine.Pin.OUT).on()")]
    public async Task PinsTheBoardHasWork(string board, string statement)
    {
        var run = (await DeviceRun.Start($"import machine\n{statement}\n", board: board)).Succeeded();

        Assert.HasCount(1, run.Of("pin.write"));
    }

    [TestMethod]
    public async Task TheWiPysFilesLiveInFlash()
    {
        var run = (await DeviceRun.Start("import os\nprint(os.getcwd())\n", board: "wipy")).Succeeded();

        Assert.AreEqual("/flash\n", run.Stdout);
    }

    [TestMethod]
    public async Task TheReadableTimelineGoesToStderrAndStdoutStaysExact()
    {
        var run = (await DeviceRun.Start("""
            import machine, time
            print("blink")
            machine.Pin(2, machine.Pin.OUT).on()
            time.sleep(1)
            """, readable: true)).Succeeded();

        Assert.AreEqual("blink\n", run.Stdout);
        StringAssert.Matches(run.Result.Stderr, new System.Text.RegularExpressions.Regex(@"^\[sim +\d+\.\d{3}s\] pin 2 = 1\n\[sim +\d+\.\d{3}s\] sleep 1 s\n$"));
    }
}
