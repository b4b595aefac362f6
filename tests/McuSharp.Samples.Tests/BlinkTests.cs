namespace McuSharp.Samples.Tests;

/// <summary>samples/Blink: the board's own LED, a polled button, on the Pico W it was built for and on an ESP8266.</summary>
[TestClass]
public sealed class BlinkTests
{
    private const string Project = "samples/Blink";

    [TestMethod]
    public async Task OnAPicoWTheLedPinBlinksOnceASecond()
    {
        var run = await McuSim.RunProjectAsync(Project);  // scenarios/default.json: ten seconds

        Assert.AreEqual(0, run.ExitCode, run.Describe());
        Assert.AreEqual("rp2-pico-w", run.Board);
        Assert.AreEqual(10, run.Blinks("LED"), "ten seconds, one blink a second");
        Assert.IsTrue(run.Timeline.Of<PinEvent>().Where(p => !p.IsInput).All(p => p.Pin == "LED"), "Pin.Led is the Pico W's 'LED'");
        Assert.IsTrue(run.Sleeps().All(s => s.Ms == 500), "half a second on, half off");
        Assert.AreEqual("Blinking", run.OutputLines.Single());
    }

    [TestMethod]
    public async Task OnAnEsp8266TheSameProgramBlinksGpio2()
    {
        var run = await McuSim.RunProjectAsync(Project, board: "esp8266");

        Assert.AreEqual(0, run.ExitCode, run.Describe());
        Assert.AreEqual(10, run.Blinks(2));
        Assert.AreEqual(0, run.PinWrites("LED").Count);
    }

    [TestMethod]
    public async Task HoldingTheButtonBlinksFiveTimesAsFastUntilItIsReleased()
    {
        var run = await McuSim.RunProjectAsync(Project, "scenarios/button-held.json");

        Assert.AreEqual(0, run.ExitCode, run.Describe());
        var inputs = run.Timeline.Of<PinEvent>().Where(p => p.IsInput).ToList();
        Assert.AreEqual(2, inputs.Count);
        var (press, release) = (inputs[0], inputs[1]);
        Assert.IsTrue(run.Timeline.Before(press).Sleeps().All(s => s.Ms == 500));
        var held = run.Timeline.Between(press, release);
        Assert.IsTrue(held.Sleeps().Count(s => s.Ms == 100) >= 16, run.Describe());
        var heldBlinks = held.Blinks("LED");
        Assert.IsTrue(heldBlinks is >= 8 and <= 10, $"about ten 200 ms blinks in the two seconds held ({heldBlinks})");
        Assert.IsTrue(run.Timeline.After(release).Sleeps().Skip(2).All(s => s.Ms == 500), "slow again once released");
        Assert.AreEqual(3, run.OutputLines.Count, run.Output);
        StringAssert.StartsWith(run.OutputLines[1], "Button held after 3 blinks: fast");
        StringAssert.Contains(run.OutputLines[2], ": slow");
    }
}
