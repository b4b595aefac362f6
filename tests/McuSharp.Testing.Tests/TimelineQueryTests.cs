using System.Text.Json;

namespace McuSharp.Testing.Tests;

/// <summary>
/// The timeline queries on real runs: hand-written MicroPython (a folder of modules, as <c>mcu build</c> writes one)
/// on the simulated device, so that what the queries read is what the simulator really emits.
/// </summary>
[TestClass]
public sealed class TimelineQueryTests
{
    // Seed 003's dash button in its final shape (functions, error signal, deep sleep), with its faults fixed: the join
    // has a deadline and the POST a timeout.
    private const string DashButton = """
        import machine, network, time, urequests

        def connect(deadline_ms):
            sta = network.WLAN(network.STA_IF)
            sta.active(True)
            sta.connect('HomeNet', 'secret')
            t0 = time.ticks_ms()
            while not sta.isconnected():
                if time.ticks_diff(time.ticks_ms(), t0) > deadline_ms:
                    return False
                time.sleep_ms(100)
            return True

        def show_error(led):
            for _ in range(3):
                led.on(); time.sleep(0.5)
                led.off(); time.sleep(0.5)

        if connect(10000):
            print('connected')
            reply = urequests.post('http://maker.ifttt.com/trigger/button_pressed/with/key/k', json={'value1': 'button-1', 'n': 7}, timeout=5)
            code = reply.status_code
            reply.close()
            print('webhook', code)
            if code >= 400:
                show_error(machine.Pin(2, machine.Pin.OUT))
        else:
            print('no wifi')
        machine.deepsleep()
        """;

    private const string Webhook500 = """
        {"wifi": {"networks": [{"ssid": "HomeNet", "password": "secret", "join_ms": 1200, "dhcp_ms": 300}]},
         "http": {"routes": [{"name": "webhook", "method": "POST", "url": "http://maker.ifttt.com/trigger/*", "status": 500, "body": "down"}]}}
        """;

    private static string Modules(string program)
    {
        var folder = Path.Combine(Path.GetTempPath(), "mcusharp-testing-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "main.py"), program);
        return folder;
    }

    [TestMethod]
    public async Task AFailedWebhookShowsOneRequestThreeBlinksAfterTheResponseAndDeepSleepLast()
    {
        var run = await McuSim.RunModulesAsync(Modules(DashButton), Webhook500, board: "esp8266");

        Assert.AreEqual(0, run.ExitCode, run.Describe());
        CollectionAssert.AreEqual(new[] { "connected", "webhook 500" }, run.OutputLines.ToArray());
        var post = run.HttpRequests("POST", "http://maker.ifttt.com/trigger/*").Single();
        Assert.AreEqual("http://maker.ifttt.com/trigger/button_pressed/with/key/k", post.Url);
        Assert.AreEqual("button-1", post.JsonField("value1"));
        Assert.AreEqual("7", post.JsonField("n"), "a number field reads as its JSON text");
        Assert.IsNull(post.JsonField("value2"));
        Assert.AreEqual("webhook", post.Route);
        Assert.AreEqual(0, run.HttpRequests("GET").Count, "the method filter");
        Assert.AreEqual(0, run.HttpRequests(url: "http://maker.ifttt.com/other").Count, "an exact URL must match exactly");

        var response = run.HttpResponses().Single();
        Assert.AreEqual(500, response.Status);
        Assert.AreEqual(3, run.Blinks(2));
        Assert.AreEqual(3, run.Timeline.After(response).Blinks(2), "the blinks come after the 500");
        Assert.AreEqual(0, run.Timeline.Before(response).Blinks(2));
        CollectionAssert.AreEqual(new[] { 1, 0, 1, 0, 1, 0 }, run.Timeline.PinValues(2).ToArray());
        Assert.AreEqual(6, run.Timeline.After(response).Sleeps().Count);
        Assert.IsTrue(run.Timeline.After(response).Sleeps().All(s => s.Ms == 500), string.Join(", ", run.Sleeps().Select(s => s.Ms)));

        Assert.IsTrue(run.EnteredDeepSleep);
        Assert.IsNull(run.DeepSleep!.Ms, "deep sleep until reset");
        Assert.AreSame(run.DeepSleep, run.Timeline[^1], "deep sleep is the last event");
        Assert.AreEqual(run.Timeline.Count - 1, run.Timeline.Before(run.DeepSleep).Count);
        Assert.AreEqual(0, run.Timeline.After(run.DeepSleep).Count);
        CollectionAssert.AreEqual(new[] { "HomeNet" }, run.Timeline.WifiConnects().ToArray());
        Assert.AreEqual("GotIp", run.WifiStates()[^1]);
        Assert.AreEqual(5L, run.Timeline.Last<WifiStatusEvent>().Code, "ESP8266's STAT_GOT_IP");
        Assert.IsTrue(run.Timeline.First<WifiStatusEvent>(s => s.State == "GotIp").TimeMs >= 1500, "join 1.2 s + DHCP 0.3 s of virtual time");
    }

    [TestMethod]
    public async Task AWorkingWebhookDoesNotBlink()
    {
        var run = await McuSim.RunModulesAsync(Modules(DashButton), board: "esp8266");

        run.EnsureSuccess();
        Assert.AreEqual("webhook 200\n", run.Output[(run.Output.IndexOf('\n') + 1)..]);
        Assert.AreEqual(200, run.HttpResponses().Single().Status);
        Assert.AreEqual("sink", run.HttpResponses().Single().Source);
        Assert.AreEqual(0, run.Blinks(2));
        Assert.AreEqual(0, run.PinWrites(2).Count);
        Assert.IsTrue(run.EnteredDeepSleep);
    }

    [TestMethod]
    public async Task BlinksCountOnThenOffTransitionsAndActiveLowInvertsThem()
    {
        // An active-low LED: 0 lights it. Repeated values are not transitions; the last "on" is never switched off.
        var run = await McuSim.RunModulesAsync(Modules("""
            import machine, time
            led = machine.Pin(2, machine.Pin.OUT)
            for v in (1, 0, 0, 1, 1, 0, 1, 0):
                led.value(v)
                time.sleep_ms(1000)
            """), board: "esp8266");

        run.EnsureSuccess();
        Assert.AreEqual(8, run.PinWrites(2).Count);
        Assert.AreEqual(3, run.Blinks(2), "1→0 three times");
        Assert.AreEqual(2, run.Blinks(2, activeLow: true), "0→1 twice (the last 0 stays lit)");
        Assert.AreEqual(0, run.Blinks(4), "another pin");
        var secondWrite = run.PinWrites(2)[1];
        Assert.AreEqual(1, run.Timeline.Between(run.PinWrites(2)[0], run.PinWrites(2)[2]).PinWrites(2).Count);
        Assert.AreEqual(secondWrite, run.Timeline.Between(run.PinWrites(2)[0], run.PinWrites(2)[2]).PinWrites(2).Single());
        var sleeps = run.Sleeps();
        Assert.AreEqual(8, sleeps.Count);
        // Real computing time counts on the virtual clock too, so the sleeps are a second apart and a few ms more.
        Assert.AreEqual(4, run.Timeline.During(sleeps[0].TimeMs, sleeps[0].TimeMs + 3500).Sleeps().Count, "four sleeps in 3.5 virtual seconds");
    }

    [TestMethod]
    public async Task DnsTcpAndSocketTimeoutsAreTyped()
    {
        var run = await McuSim.RunModulesAsync(Modules("""
            import network, socket, time
            sta = network.WLAN(network.STA_IF)
            sta.active(True)
            sta.connect('Any', 'pw')
            while not sta.isconnected():
                time.sleep_ms(100)
            try:
                socket.getaddrinfo('broken.example', 80)
            except OSError as e:
                print('dns', e.args[0])
            addr = socket.getaddrinfo('example.com', 80)[0][-1]
            s = socket.socket()
            s.settimeout(2)
            try:
                s.connect(('8.8.8.8', 53))
            except OSError as e:
                print('tcp', e.args[0])
            s.close()
            """), """
            {"wifi": {"networks": [{"ssid": "*"}]},
             "dns": {"hosts": {"broken.example": "fail", "example.com": "93.184.216.34"}},
             "tcp": [{"host": "8.8.8.8", "port": 53, "behaviour": "timeout"}]}
            """);

        run.EnsureSuccess();
        CollectionAssert.AreEqual(new[] { "dns -2", "tcp 110" }, run.OutputLines.ToArray());
        var lookups = run.Timeline.Of<DnsEvent>();
        Assert.AreEqual(2, lookups.Count, run.Describe());
        Assert.IsTrue(lookups[0].Failed);
        Assert.AreEqual("broken.example", lookups[0].Host);
        Assert.AreEqual("93.184.216.34", lookups[1].Ip);
        var tcp = run.Timeline.Of<TcpEvent>().Single();
        Assert.AreEqual(("8.8.8.8", 53, "no_answer"), (tcp.Ip, tcp.Port, tcp.Outcome));
        var wait = run.Timeline.Of<SocketWaitEvent>().Single();
        Assert.AreEqual(2000L, wait.Ms);
        Assert.IsFalse(wait.IsHang);
    }

    [TestMethod]
    public async Task RunForMsEndsAnEndlessLoopWithASimEndEvent()
    {
        var run = await McuSim.RunModulesAsync(Modules("""
            import time
            n = 0
            while True:
                n += 1
                print('tick', n)
                time.sleep(10)
            """), """{"run_for_ms": 35000}""");

        run.EnsureSuccess();
        Assert.AreEqual(4, run.OutputLines.Count, run.Output);
        Assert.IsNotNull(run.Timeline.Last<SimEndEvent>().Reason);
        Assert.IsTrue(run.EndTimeMs >= 35000, run.Describe());
        Assert.IsTrue(run.Sleeps().All(s => s.Ms == 10_000));
    }

    [TestMethod]
    public async Task AnUnknownEventTypeIsKeptWithItsFields()
    {
        var run = await McuSim.RunModulesAsync(Modules("""
            import machine
            machine.freq(160000000)
            """), board: "esp8266");

        run.EnsureSuccess();
        var freq = run.Timeline.OfType("machine.freq").Single();
        Assert.AreEqual(typeof(SimEvent), freq.GetType());
        Assert.AreEqual(160000000L, freq.GetInt64("hz"));
        Assert.AreEqual(JsonValueKind.Object, freq.Data.ValueKind);
        StringAssert.Contains(freq.ToString(), "machine.freq");
    }

    [TestMethod]
    public async Task FirstWithNoMatchNamesTheTimeline()
    {
        var run = await McuSim.RunModulesAsync(Modules("print('quiet')\n"));

        run.EnsureSuccess();
        Assert.AreEqual(0, run.Timeline.Count);
        var e = Assert.ThrowsExactly<InvalidOperationException>(() => run.Timeline.First<HttpRequestEvent>());
        StringAssert.Contains(e.Message, "(no events)");
    }
}
