using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace McuSharp.Simulator.Tests;

[TestClass]
public sealed class MicroPythonSimulatorTests
{
    private static readonly MicroPythonSimulator Simulator = new();

    public TestContext TestContext { get; set; } = null!;

    private static Task<SimulationResult> Run(TempModules modules, TimeSpan? timeout = null) =>
        Simulator.RunToCompletionAsync(modules.Options(timeout));

    [TestMethod]
    public async Task StdoutIsExactWithPartialLinesUnicodeAndNoTrailingNewline()
    {
        using var modules = TempModules.WithMain("""
            print("a", end="")
            print("b", end="")
            print()
            print("héllo ✓ 😀 ñ", 1, 2.5, sep="|")
            print("x\ty", end="\n\n")
            print("end", end="")
            """);
        var result = await Run(modules);

        Assert.AreEqual("", result.Stderr);
        Assert.AreEqual(0, result.ExitCode);
        Assert.AreEqual("ab\nhéllo ✓ 😀 ñ|1|2.5\nx\ty\n\nend", result.Stdout);
        Assert.IsFalse(result.TimedOut);
        Assert.IsNull(result.Traceback);
    }

    [TestMethod]
    public async Task ManyLinesArriveCompleteAndInOrder()
    {
        using var modules = TempModules.WithMain("""
            for i in range(20000):
                print(i, "é" * (i % 3))
            """);
        var result = await Run(modules);

        var expected = new StringBuilder();
        for (var i = 0; i < 20000; i++)
            expected.Append(i).Append(' ').Append(new string('é', i % 3)).Append('\n');
        Assert.AreEqual(0, result.ExitCode, result.Stderr);
        Assert.AreEqual(expected.ToString(), result.Stdout);
    }

    [TestMethod]
    public async Task ProgramStderrIsSeparateFromStdout()
    {
        using var modules = TempModules.WithMain("""
            import sys
            print("out")
            sys.stderr.write("err\n")
            print("more", end="")
            """);
        var result = await Run(modules);

        Assert.AreEqual(0, result.ExitCode);
        Assert.AreEqual("out\nmore", result.Stdout);
        Assert.AreEqual("err\n", result.Stderr);
    }

    [TestMethod]
    public async Task OutputStreamsWhileTheProgramRunsAndTimeoutStopsABusyLoop()
    {
        using var modules = TempModules.WithMain("""
            print("first line")
            print("partial", end="")
            while True:
                pass
            """);
        var stopwatch = Stopwatch.StartNew();
        var arrivals = new List<(string Text, TimeSpan At)>();
        var stdout = new StringBuilder();
        var stderr = new StringBuilder();
        var result = await Simulator.RunAsync(
            modules.Options(TimeSpan.FromSeconds(4)),
            text =>
            {
                lock (arrivals)
                {
                    stdout.Append(text);
                    arrivals.Add((stdout.ToString(), stopwatch.Elapsed));
                }
            },
            text => stderr.Append(text),
            TestContext.CancellationToken);
        stopwatch.Stop();

        Assert.AreEqual(SimulationResult.TimeoutExitCode, result.ExitCode, result.Stderr);
        Assert.IsTrue(result.TimedOut);
        Assert.AreEqual("first line\npartial", stdout.ToString(), "a partial line must be delivered as is, without a newline");
        var firstLine = arrivals.First(a => a.Text.StartsWith("first line\n", StringComparison.Ordinal));
        var partial = arrivals.First(a => a.Text.EndsWith("partial", StringComparison.Ordinal));
        Assert.IsTrue(firstLine.At < stopwatch.Elapsed - TimeSpan.FromSeconds(2),
            $"the first line arrived at {firstLine.At}, the run ended at {stopwatch.Elapsed}: output was not streamed");
        Assert.IsTrue(partial.At < stopwatch.Elapsed - TimeSpan.FromSeconds(2),
            $"the partial line arrived at {partial.At}, the run ended at {stopwatch.Elapsed}");
        Assert.AreEqual("timeout: the program was still running after 4 s\n", stderr.ToString());
        Assert.AreEqual(stderr.ToString(), result.Stderr);
        Assert.IsTrue(result.Elapsed < TimeSpan.FromSeconds(4) + MicroPythonSimulator.BackstopGrace, $"took {result.Elapsed}: the host did not stop the program");
    }

    [TestMethod]
    public async Task LargeUnterminatedOutputBeforeATimeoutIsComplete()
    {
        using var modules = TempModules.WithMain("""
            print("ä" * 150000, end="")
            print("z" * 70001, end="")
            while True:
                pass
            """);
        var result = await Run(modules, TimeSpan.FromSeconds(2));

        Assert.IsTrue(result.TimedOut);
        Assert.AreEqual(new string('ä', 150000) + new string('z', 70001), result.Stdout);
    }

    [TestMethod]
    public async Task UncaughtExceptionExitsWithOneAndATracebackNamingMainPy()
    {
        using var modules = TempModules.WithMain("""
            print("before")
            x = 0
            print(10 // x)
            print("after")
            """);
        var result = await Run(modules);

        Assert.AreEqual(1, result.ExitCode);
        Assert.AreEqual("before\n", result.Stdout);
        Assert.AreEqual(
            "Traceback (most recent call last):\n  File \"main.py\", line 3, in <module>\nZeroDivisionError: divide by zero\n",
            result.Traceback);
        Assert.AreEqual(result.Traceback, result.Stderr);
    }

    [TestMethod]
    public async Task TracebackThroughAnImportedModuleNamesBothFiles()
    {
        using var modules = new TempModules(
            ("main.py", "import helper\n\nhelper.fail(\"boom\")\n"),
            ("helper.py", "def fail(text):\n    raise ValueError(text)\n"));
        var result = await Run(modules);

        Assert.AreEqual(1, result.ExitCode);
        Assert.AreEqual(
            "Traceback (most recent call last):\n" +
            "  File \"main.py\", line 3, in <module>\n" +
            "  File \"helper.py\", line 2, in fail\n" +
            "ValueError: boom\n",
            result.Traceback);
    }

    [TestMethod]
    public async Task SyntaxErrorIsReportedWithItsLine()
    {
        using var modules = TempModules.WithMain("x = 1\ny = (\n");
        var result = await Run(modules);

        Assert.AreEqual(1, result.ExitCode);
        Assert.IsNotNull(result.Traceback);
        StringAssert.Contains(result.Traceback, "File \"main.py\", line");
        StringAssert.Contains(result.Traceback, "SyntaxError");
    }

    [TestMethod]
    [DataRow("import sys\nprint('bye')\nsys.exit(3)\nprint('not here')\n", 3, "bye\n", "")]
    [DataRow("import sys\nsys.exit()\n", 0, "", "")]
    [DataRow("raise SystemExit(0)\n", 0, "", "")]
    [DataRow("raise SystemExit('fatal: no config')\n", 1, "", "fatal: no config\n")]
    [DataRow("import sys\nsys.exit(124)\n", 124, "", "")]
    public async Task SystemExitSetsTheExitCode(string source, int exitCode, string stdout, string stderr)
    {
        using var modules = TempModules.WithMain(source);
        var result = await Run(modules);

        Assert.AreEqual(exitCode, result.ExitCode);
        Assert.AreEqual(stdout, result.Stdout);
        Assert.AreEqual(stderr, result.Stderr);
        Assert.IsNull(result.Traceback);
        Assert.IsFalse(result.TimedOut);
    }

    [TestMethod]
    public async Task MultiModuleProgramWithPackageRuns()
    {
        using var modules = new TempModules(
            ("main.py", "import helper\nfrom lib2 import tools\nprint(helper.add(2, 3), tools.twice('ab'))\n"),
            ("helper.py", "def add(a, b):\n    return a + b\n"),
            ("lib2/__init__.py", ""),
            ("lib2/tools.py", "def twice(s):\n    return s * 2\n"));
        var result = await Run(modules);

        Assert.AreEqual(0, result.ExitCode, result.Stderr);
        Assert.AreEqual("5 abab\n", result.Stdout);
    }

    [TestMethod]
    public async Task EntryModuleCanBeChosen()
    {
        using var modules = new TempModules(("main.py", "print('main')\n"), ("other.py", "print('other', __name__)\n"));
        var result = await Simulator.RunToCompletionAsync(new SimulationOptions { ModulesDirectory = modules.Directory, EntryModule = "other" });

        Assert.AreEqual(0, result.ExitCode, result.Stderr);
        Assert.AreEqual("other other\n", result.Stdout);
    }

    [TestMethod]
    public async Task ProgramRunsInTheDeviceRootWithDeviceFiles()
    {
        using var modules = TempModules.WithMain("""
            import os
            print(os.getcwd())
            print(sorted(f for f in os.listdir() if f.endswith(".py") or f.endswith(".txt")))
            with open("data.txt") as f:
                print(f.read())
            with open("written.txt", "w") as f:
                f.write("ok")
            print(open("written.txt").read())
            """);
        using var device = new TempModules(("data.txt", "device data"));
        var result = await Simulator.RunToCompletionAsync(modules.Options() with { DeviceDirectory = device.Directory });

        Assert.AreEqual(0, result.ExitCode, result.Stderr);
        Assert.AreEqual("/\n['data.txt', 'main.py']\ndevice data\nok\n", result.Stdout);
    }

    [TestMethod]
    public async Task PluginsRegisterModulesLibrariesAndEvents()
    {
        using var modules = TempModules.WithMain("""
            import simprobe, simprobe_lib
            print(simprobe.ping("a"))
            print(simprobe_lib.shout("b"))
            print(simprobe.entry())
            simprobe.log("hello")
            """);
        var events = Path.Combine(modules.Directory, "..", Path.GetFileName(modules.Directory) + ".events.jsonl");
        try
        {
            var result = await Simulator.RunToCompletionAsync(modules.Options() with
            {
                PluginsDirectory = Path.Combine(AppContext.BaseDirectory, "TestPlugins"),
                EventsFile = events,
            });

            Assert.AreEqual(0, result.ExitCode, result.Stderr);
            Assert.AreEqual("pong:a\npong:B\nmain\n", result.Stdout);
            Assert.AreEqual("probe: hello\n", result.Stderr);
            var lines = File.ReadAllLines(events);
            Assert.HasCount(2, lines);
            using var first = JsonDocument.Parse(lines[0]);
            Assert.AreEqual("probe.ping", first.RootElement.GetProperty("type").GetString());
            Assert.AreEqual("a", first.RootElement.GetProperty("text").GetString());
            Assert.IsTrue(first.RootElement.GetProperty("time").GetInt64() > 0);
        }
        finally
        {
            File.Delete(events);
        }
    }

    [TestMethod]
    public async Task StdinIsAtEndOfFile()
    {
        using var modules = TempModules.WithMain("import sys\nprint(repr(sys.stdin.read()))\n");
        var result = await Run(modules, TimeSpan.FromSeconds(20));

        Assert.IsFalse(result.TimedOut, "reading stdin must not hang");
    }

    [TestMethod]
    public async Task CancellationKillsTheRun()
    {
        using var modules = TempModules.WithMain("while True:\n    pass\n");
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(1));
        var stopwatch = Stopwatch.StartNew();

        await Assert.ThrowsAsync<OperationCanceledException>(() => Simulator.RunToCompletionAsync(modules.Options(), cts.Token));
        Assert.IsTrue(stopwatch.Elapsed < TimeSpan.FromSeconds(15), $"cancellation took {stopwatch.Elapsed}");
    }

    [TestMethod]
    public async Task ParallelRunsAreIndependent()
    {
        var folders = Enumerable.Range(0, 6).Select(i => TempModules.WithMain($"x = {i}\nfor k in range(200):\n    print(x, k)\n")).ToList();
        try
        {
            var results = await Task.WhenAll(folders.Select(f => Run(f)));
            for (var i = 0; i < results.Length; i++)
            {
                var expected = string.Concat(Enumerable.Range(0, 200).Select(k => $"{i} {k}\n"));
                Assert.AreEqual(0, results[i].ExitCode, results[i].Stderr);
                Assert.AreEqual(expected, results[i].Stdout);
            }
        }
        finally
        {
            folders.ForEach(f => f.Dispose());
        }
    }

    [TestMethod]
    public async Task BackstopKillsAHostThatIgnoresItsTimeout()
    {
        using var modules = TempModules.WithMain("print(1)\n");
        using var fakeHost = new TempModules(
            ("host/hang.mjs", "process.stdout.write('started\\n'); setInterval(() => {}, 1000);\n"),
            ("node_modules/@micropython/micropython-webassembly-pyscript/micropython.wasm", ""));
        var stderr = new StringBuilder();
        var stdout = new StringBuilder();

        var result = await Simulator.RunAsync(
            modules.Options(TimeSpan.FromSeconds(1)) with { HostScriptPath = Path.Combine(fakeHost.Directory, "host", "hang.mjs") },
            text => stdout.Append(text), text => stderr.Append(text), TestContext.CancellationToken);

        Assert.AreEqual("started\n", stdout.ToString());
        Assert.IsTrue(result.TimedOut);
        Assert.AreEqual(SimulationResult.TimeoutExitCode, result.ExitCode);
        Assert.AreEqual("timeout: the program was still running after 1 s (the host did not stop it; node was killed)\n", result.Stderr);
        Assert.AreEqual(result.Stderr, stderr.ToString());
        Assert.IsTrue(result.Elapsed >= TimeSpan.FromSeconds(1) + MicroPythonSimulator.BackstopGrace, $"killed after {result.Elapsed}");
    }

    [TestMethod]
    public async Task MissingModulesFolderIsAnError()
    {
        await Assert.ThrowsExactlyAsync<DirectoryNotFoundException>(() =>
            Simulator.RunToCompletionAsync(new SimulationOptions { ModulesDirectory = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N")) }));
    }

    [TestMethod]
    public async Task TrivialRunIsCheap()
    {
        using var modules = TempModules.WithMain("print('hi')\n");
        await Run(modules); // warm-up (file cache, JIT)
        const int runs = 8;
        var stopwatch = Stopwatch.StartNew();
        for (var i = 0; i < runs; i++)
            Assert.AreEqual("hi\n", (await Run(modules)).Stdout);
        var perRun = stopwatch.Elapsed / runs;
        TestContext.WriteLine($"trivial program: {perRun.TotalMilliseconds:0} ms per run");
        Assert.IsTrue(perRun < TimeSpan.FromSeconds(3), $"a trivial run took {perRun}");
    }
}
