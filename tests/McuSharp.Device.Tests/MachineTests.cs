namespace McuSharp.Device.Tests;

[TestClass]
public sealed class MachineTests
{
    [TestMethod]
    [DataRow("esp8266")]
    [DataRow("esp32")]
    [DataRow("sim")]
    public async Task DeepSleepWakeIsRecognisedAndDeepSleepEndsTheRun(string board)
    {
        const string source = """
            using McuSharp.Device;
            static class P
            {
                static void Main()
                {
                    if (Machine.ResetCause() == ResetCause.DeepSleepReset) System.Console.WriteLine("woke from deep sleep");
                    else System.Console.WriteLine("cold start");
                    System.Console.WriteLine(Machine.UniqueId().Length > 0);
                    Machine.DeepSleep(60000);
                    System.Console.WriteLine("not reached");
                }
            }
            """;
        var program = DeviceProgram.Compile(source, board);
        var woke = (await program.Run("""{"reset_cause": "DeepSleepReset"}""")).Succeeded();
        CollectionAssert.AreEqual(new[] { "woke from deep sleep", "True" }, woke.Lines);
        Assert.AreEqual(60000, woke.Of("machine.deepsleep").Single().GetProperty("ms").GetInt32());
        var cold = (await program.Run()).Succeeded();
        Assert.AreEqual("cold start", cold.Lines[0]);
    }

    [TestMethod]
    public async Task PinsReadWriteToggleAndTicksWrap()
    {
        const string source = """
            using McuSharp.Device;
            static class P
            {
                static void Main()
                {
                    var button = new Pin(14, PinMode.In, PinPull.Up);
                    var led = new Pin(2, PinMode.Out);
                    led.Value = 1;
                    led.Toggle();
                    led.Toggle();
                    System.Console.WriteLine("led " + led.Value + " button " + button.Value);
                    var start = Time.TicksMs();
                    var deadline = Time.TicksAdd(start, 1500);
                    var polls = 0;
                    while (Time.TicksDiff(deadline, Time.TicksMs()) > 0) { Time.SleepMs(100); polls++; }
                    System.Console.WriteLine("button " + button.Value + " after " + (polls >= 15 && polls <= 16));
                    System.Console.WriteLine(Time.TicksDiff(Time.TicksMs(), start) >= 1500);
                }
            }
            """;
        var program = DeviceProgram.Compile(source, "esp32");
        StringAssert.Contains(program.Main, "button = machine.Pin(14, machine.Pin.IN, machine.Pin.PULL_UP)");
        StringAssert.Contains(program.Main, "led = machine.Pin(2, machine.Pin.OUT, None)");
        // The tick counter starts just before its wrap at 2**30: ticks_add/ticks_diff keep the deadline right.
        var run = (await program.Run("""
            {"clock": {"ticks_start_ms": 1073741000}, "events": [{"at_ms": 0, "pin": 14, "value": 1}, {"at_ms": 1000, "pin": 14, "value": 0}]}
            """)).Succeeded();
        CollectionAssert.AreEqual(new[] { "led 1 button 1", "button 0 after True", "True" }, run.Lines);
        var writes = run.Of("pin.write").Select(e => e.GetProperty("value").GetInt32()).ToList();
        CollectionAssert.AreEqual(new[] { 1, 0, 1 }, writes);
    }

    [TestMethod]
    public async Task PinIrqCallsAMethodGroupOrALambdaOnEachEdge()
    {
        const string source = """
            using McuSharp.Device;
            static class P
            {
                static int _presses;
                static void OnPress(Pin pin) => _presses++;
                static void Main()
                {
                    var button = new Pin(14, PinMode.In, PinPull.Up);
                    var led = new Pin(2, PinMode.Out);
                    int released = 0;
                    button.Irq(OnPress, PinTrigger.Falling);
                    new Pin(12, PinMode.In, PinPull.Up).Irq(p => { released++; led.Toggle(); }, PinTrigger.Rising);
                    for (int i = 0; i < 10; i++) Time.SleepMs(100);
                    System.Console.WriteLine("presses " + _presses + ", released " + released);
                }
            }
            """;
        var program = DeviceProgram.Compile(source, "esp8266");
        StringAssert.Contains(program.Main, ".irq(handler=");
        var run = (await program.Run("""
            {"events": [{"at_ms": 150, "pin": 14, "value": 0}, {"at_ms": 250, "pin": 14, "value": 1}, {"at_ms": 450, "pin": 14, "value": 0},
                        {"at_ms": 300, "pin": 12, "value": 0}, {"at_ms": 500, "pin": 12, "value": 1}]}
            """)).Succeeded();
        CollectionAssert.AreEqual(new[] { "presses 2, released 1" }, run.Lines);
        CollectionAssert.AreEqual(new[] { 1 }, run.Of("pin.write").Select(e => e.GetProperty("value").GetInt32()).ToList(), "the lambda toggled the LED once");
    }

    [TestMethod]
    public async Task PrintExceptionShowsTheTraceback()
    {
        const string source = """
            using McuSharp.Device;
            static class P
            {
                static void Main()
                {
                    try { throw new System.InvalidOperationException("sensor missing"); }
                    catch (System.Exception e) { Sys.PrintException(e); System.Console.WriteLine("handled"); }
                }
            }
            """;
        var run = (await DeviceProgram.Compile(source).Run()).Succeeded();
        StringAssert.Contains(run.Stdout + run.Result.Stderr, "sensor missing");
        StringAssert.Contains(run.Stdout, "handled");
    }
}
