using McuSharp.Simulator;

namespace McuSharp.Testing.Tests;

/// <summary>Building C# with the real compiler and running it: projects, source text, errors, scenarios, caching.</summary>
[TestClass]
public sealed class BuildAndRunTests
{
    private const string Counter = """
        namespace Counter;

        public static class Program
        {
            public static void Main()
            {
                int total = 0;
                for (int i = 1; i <= 4; i++)
                {
                    total += i * i;
                    Console.WriteLine($"step {i}: {total}");
                }
                Console.WriteLine(-7 / 2);
            }
        }
        """;

    private static string Project(string program, string? board = null, params (string Path, string Text)[] files)
    {
        var folder = Path.Combine(Path.GetTempPath(), "mcusharp-testing-project-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "Counter.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <ImplicitUsings>enable</ImplicitUsings>
                {(board is null ? "" : $"<McuBoard>{board}</McuBoard>")}
              </PropertyGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(folder, "Program.cs"), program);
        foreach (var (path, text) in files)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(folder, path))!);
            File.WriteAllText(Path.Combine(folder, path), text);
        }
        return folder;
    }

    [TestMethod]
    public async Task SourceTextRunsWithCSharpSemantics()
    {
        var run = await McuSim.RunSourceAsync(Counter);

        Assert.AreEqual(0, run.ExitCode, run.Describe());
        CollectionAssert.AreEqual(new[] { "step 1: 1", "step 2: 5", "step 3: 14", "step 4: 30", "-3" }, run.OutputLines.ToArray(),
            "C# integer division truncates toward zero (Python's // would give -4)");
        Assert.AreEqual("sim", run.Board);
        Assert.AreEqual(Scenario.DefaultName, run.Scenario);
        Assert.IsNull(run.Traceback);
    }

    [TestMethod]
    public async Task AnUncaughtExceptionIsExitCodeOneWithATracebackAtTheCSharpLine()
    {
        var run = await McuSim.RunSourceAsync("""
            public static class Program
            {
                public static void Main()
                {
                    Console.WriteLine("before");
                    Fail(3);
                }

                private static void Fail(int n)
                {
                    throw new InvalidOperationException("broken " + n);
                }
            }
            """);

        Assert.AreEqual(1, run.ExitCode, run.Describe());
        Assert.AreEqual("before\n", run.Output);
        Assert.IsNotNull(run.Traceback);
        StringAssert.Contains(run.Traceback, "broken 3");
        StringAssert.Matches(run.Traceback, new System.Text.RegularExpressions.Regex(@"\[C#: .*Program\.cs\(11\)\]"), run.Traceback);
        var e = Assert.ThrowsExactly<SimRunException>(() => run.EnsureSuccess());
        StringAssert.Contains(e.Message, "exit code 1");
        StringAssert.Contains(e.Message, "--- traceback ---");
        Assert.AreSame(run, e.Run);
    }

    [TestMethod]
    public async Task AProgramThatDoesNotCompileThrowsWithTheDiagnostics()
    {
        var e = await Assert.ThrowsExactlyAsync<McuBuildException>(() => McuSim.RunSourceAsync("""
            public static class Program
            {
                public static void Main() { int x = "text"; }
            }
            """));

        Assert.IsTrue(e.Diagnostics.Any(d => d.Contains("error CS0029", StringComparison.Ordinal)), e.Message);
        StringAssert.Contains(e.Message, "Program.cs(3,");
    }

    [TestMethod]
    public async Task AProjectOnDiskRunsWithAScenarioFileFoundBesideIt()
    {
        var project = Project(Counter, files: ("scenarios/long.json", """{"run_for_ms": 1000, "reset_cause": "HardReset"}"""));

        var run = await McuSim.RunProjectAsync(project, scenario: "scenarios/long.json", board: "esp8266");

        Assert.AreEqual(0, run.ExitCode, run.Describe());
        Assert.AreEqual("esp8266", run.Board);
        Assert.AreEqual(Path.Combine(project, "scenarios", "long.json"), run.Scenario);
        Assert.AreEqual(5, run.OutputLines.Count);
        Assert.AreEqual(Path.Combine(project, "Counter.csproj"), run.Build.Project);
        StringAssert.Contains(run.Build.ReadModule("main.py"), "print(");
    }

    [TestMethod]
    public async Task WithoutAScenarioTheProjectsDefaultScenarioServes()
    {
        var withDefault = Project(Counter, files: ("scenarios/default.json", """{"reset_cause": "HardReset"}"""));

        var run = await McuSim.RunProjectAsync(withDefault);
        var builtIn = await McuSim.RunProjectAsync(Project(Counter));

        Assert.AreEqual(Path.Combine(withDefault, "scenarios", "default.json"), run.Scenario, run.Describe());
        Assert.AreEqual(Scenario.DefaultName, builtIn.Scenario);
    }

    [TestMethod]
    public async Task SecretsGivenToTheRunReplaceSecretsJsonAndAreCachedSeparately()
    {
        const string program = """
            using McuSharp.Interop;

            public static class Program
            {
                public static void Main() => Console.WriteLine("joining " + Secrets.WifiSsid);
            }

            [McuConfig]
            public static class Secrets
            {
                public static extern string WifiSsid { get; }
            }
            """;
        var project = Project(program, files: ("secrets.json", """{"wifi_ssid": "FromFile"}"""));

        var fromFile = await McuSim.RunProjectAsync(project);
        var given = await McuSim.RunProjectAsync(project, secrets: new Dictionary<string, object?> { ["wifi_ssid"] = "FromTest" });

        Assert.AreEqual("joining FromFile\n", fromFile.Output, fromFile.Describe());
        Assert.AreEqual("joining FromTest\n", given.Output, given.Describe());
        Assert.AreNotSame(fromFile.Build, given.Build);
        StringAssert.Contains(given.Build.ReadModule("config.py"), "FromTest");
    }

    [TestMethod]
    public async Task TheAnalyzersWarningsComeWithTheBuild()
    {
        // Seed 003's first version: a wait with no deadline and a request with no timeout.
        var run = await McuSim.RunSourceAsync("""
            using McuSharp.Device;

            public static class Program
            {
                public static void Main()
                {
                    var wlan = Wlan.Station;
                    wlan.Active = true;
                    wlan.Connect(Net.Ssid, Net.Key);
                    while (!wlan.IsConnected()) Time.SleepMs(1000);
                    using var response = Urequests.Post(Net.Url, json: new Dictionary<string, string> { ["value1"] = "b1" });
                    Console.WriteLine(response.StatusCode);
                }
            }

            [McuSharp.Interop.McuConfig]
            public static class Net
            {
                public static extern string Ssid { get; }
                public static extern string Key { get; }
                public static extern string Url { get; }
            }
            """, secrets: new Dictionary<string, object?> { ["Ssid"] = "HomeNet", ["Key"] = "pw", ["Url"] = "http://hooks.example.com/b" });

        Assert.AreEqual("200\n", run.Output, run.Describe());
        Assert.IsTrue(run.Build.Warnings.Any(w => w.Contains("warning MCU1002", StringComparison.Ordinal)), string.Join("\n", run.Build.Warnings));
        Assert.IsTrue(run.Build.Warnings.Any(w => w.Contains("warning MCU1004", StringComparison.Ordinal)), string.Join("\n", run.Build.Warnings));
        Assert.AreEqual("b1", run.HttpRequests("POST", "http://hooks.example.com/b").Single().JsonField("value1"));
    }

    [TestMethod]
    public async Task TheProjectsMcuBoardIsTheDefaultBoard()
    {
        var run = await McuSim.RunProjectAsync(Project(Counter, board: "esp32"));

        Assert.AreEqual("esp32", run.Board, run.Describe());
        Assert.AreEqual("esp32", run.Build.Board);
    }

    [TestMethod]
    public async Task BuildsAreCachedUntilASourceFileChanges()
    {
        var project = Project(Counter);
        var first = await McuSim.BuildProjectAsync(project, "sim");
        var again = await McuSim.BuildProjectAsync(project, "sim");
        var otherBoard = await McuSim.BuildProjectAsync(project, "esp8266");
        Assert.AreSame(first, again);
        Assert.AreNotSame(first, otherBoard);

        File.WriteAllText(Path.Combine(project, "Program.cs"), Counter.Replace("i <= 4", "i <= 2", StringComparison.Ordinal));
        File.SetLastWriteTimeUtc(Path.Combine(project, "Program.cs"), DateTime.UtcNow.AddSeconds(5));
        var changed = await McuSim.BuildProjectAsync(project, "sim");
        Assert.AreNotSame(first, changed);
        var run = await McuSim.RunAsync(changed);
        Assert.AreEqual(3, run.OutputLines.Count, run.Describe());
    }

    [TestMethod]
    public async Task AMalformedInlineScenarioIsAScenarioErrorBeforeAnythingRuns()
    {
        var e = await Assert.ThrowsExactlyAsync<ScenarioException>(() => McuSim.RunSourceAsync(Counter, scenario: """{"wifi": {"netwrks": []}}"""));
        StringAssert.StartsWith(e.Message, McuSim.InlineScenarioName);
        StringAssert.Contains(e.Message, "netwrks");
    }

    [TestMethod]
    public async Task AMissingScenarioFileIsNamed()
    {
        var e = await Assert.ThrowsExactlyAsync<ScenarioException>(() => McuSim.RunProjectAsync(Project(Counter), scenario: "scenarios/none.json"));
        StringAssert.Contains(e.Message, "none.json");
    }

    [TestMethod]
    public async Task AMissingProjectIsFileNotFound()
    {
        var e = await Assert.ThrowsExactlyAsync<FileNotFoundException>(() => McuSim.RunProjectAsync("no/such/project-" + Guid.NewGuid().ToString("N")));
        StringAssert.Contains(e.Message, "no/such/project-");
    }

    [TestMethod]
    public async Task ATimedOutRunSaysSo()
    {
        var run = await McuSim.RunSourceAsync("""
            public static class Program
            {
                public static void Main()
                {
                    long n = 0;
                    while (true) n++;
                }
            }
            """, timeout: TimeSpan.FromSeconds(2));

        Assert.AreEqual(124, run.ExitCode, run.Describe());
        Assert.IsTrue(run.TimedOut);
        StringAssert.Contains(run.Describe(), "(timeout)");
    }
}
