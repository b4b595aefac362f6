using System.Diagnostics;

namespace McuSharp.Simulator.Tests;

/// <summary>time on the simulated device: a virtual clock with MicroPython's ticks semantics.</summary>
[TestClass]
public sealed class DeviceClockTests
{
    [TestMethod]
    public async Task LongSleepsCostNoRealTime()
    {
        var stopwatch = Stopwatch.StartNew();
        var run = (await DeviceRun.Start("""
            import time
            start = time.ticks_ms()
            for delay in (1, 2, 4, 8, 16, 32, 60):
                time.sleep(delay)
            time.sleep_ms(500)
            time.sleep_us(250000)
            print(time.ticks_diff(time.ticks_ms(), start) // 1000)
            """)).Succeeded();

        Assert.AreEqual("123\n", run.Stdout, "1+2+4+...+60 s + 0.75 s of virtual time");
        Assert.IsTrue(stopwatch.Elapsed < TimeSpan.FromSeconds(20), $"took {stopwatch.Elapsed} of real time");
        var sleeps = run.Of("time.sleep").Select(e => e.GetProperty("ms").GetDouble()).ToList();
        CollectionAssert.AreEqual(new[] { 1000.0, 2000, 4000, 8000, 16000, 32000, 60000, 500, 250 }, sleeps);
        Assert.IsTrue(DeviceRun.At(run.Of("time.sleep")[6]) >= 63000);
    }

    [TestMethod]
    public async Task TicksWrapAroundAtTwoToTheThirtyAndTicksDiffStillMeasures()
    {
        var run = (await DeviceRun.Start("""
            import time, utime
            start = time.ticks_ms()
            deadline = time.ticks_add(start, 3000)
            time.sleep_ms(2000)
            now = utime.ticks_ms()
            print(start > now, 2000 <= time.ticks_diff(now, start) < 2100, time.ticks_diff(deadline, now) > 0)
            time.sleep(2)
            print(time.ticks_diff(deadline, time.ticks_ms()) < 0)
            print(utime is time, time.ticks_us() < 2 ** 30)
            """, """{"clock": {"ticks_start_ms": 1073740823}}""")).Succeeded();

        Assert.AreEqual("True True True\nTrue\nTrue True\n", run.Stdout, "ticks_ms must wrap past 2**30 - 1 between the two reads");
    }

    [TestMethod]
    public async Task TimeFollowsTheVirtualClockFromTheScenariosEpoch()
    {
        var run = (await DeviceRun.Start("""
            import time
            t = time.time()
            time.sleep(3600)
            print(t, time.time() - t, time.localtime()[:4], time.gmtime(0)[:3])
            """, """{"clock": {"epoch": 1700000000}}""")).Succeeded();

        Assert.AreEqual("1700000000 3600 (2023, 11, 14, 23) (1970, 1, 1)\n", run.Stdout);
    }

    [TestMethod]
    public async Task RunForEndsALoopThatNeverStops()
    {
        var run = (await DeviceRun.Start("""
            import time
            n = 0
            while True:
                n += 1
                print("tick", n)
                time.sleep(60)
            """, """{"run_for_ms": 600000}""")).Succeeded();

        Assert.AreEqual(10, run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length, run.Stdout);
        var end = run.Of("sim.end").Single();
        Assert.IsTrue(DeviceRun.At(end) >= 600000);
    }

    [TestMethod]
    public async Task WithoutADeviceTheVmHasNoDeviceModules()
    {
        using var modules = TempModules.WithMain("""
            try:
                import network
                print("network")
            except ImportError:
                print("no network")
            """);
        var result = await new MicroPythonSimulator().RunToCompletionAsync(modules.Options());

        Assert.AreEqual("no network\n", result.Stdout, result.Stderr);
    }
}
