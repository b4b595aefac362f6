namespace McuSharp.Cli.Tests;

/// <summary>The `mcu build` and `mcu sim` contract of DESIGN.md, end to end through the real command.</summary>
[TestClass]
public sealed class CliTests
{
    [TestMethod]
    public void SimRunsTheHelloSampleAndStdoutIsOnlyTheDeviceOutput()
    {
        var root = Mcu.RepositoryRoot;
        var output = Mcu.TempFolder();
        var build = Mcu.Invoke(root, "build", "samples/Hello", "--out", output);
        Assert.AreEqual(0, build.ExitCode, build.Stderr);
        Assert.AreEqual("", build.Stdout, "build writes its messages to stderr");
        CollectionAssert.IsSubsetOf(new[] { "main.py", "mcus_rt.py", "mcus_map.json" }, Directory.GetFiles(output).Select(Path.GetFileName).ToArray());

        var sim = Mcu.Invoke(root, "sim", output);
        Assert.AreEqual(0, sim.ExitCode, sim.Stderr);
        var lines = sim.Stdout.Split('\n');
        Assert.AreEqual("Hello from C# on MicroPython!", lines[0]);
        StringAssert.StartsWith(lines[1], "Fibonacci: 0, 1, 1, 2, 3, 5, 8, 13, 21, 34");
        StringAssert.Contains(sim.Stdout, "-7 / 2 = -3, -7 % 2 = -1");
        StringAssert.Contains(sim.Stdout, "0.1 + 0.2 = 0.30000000000000004");
    }

    [TestMethod]
    public void BuildUsesTheProjectsBoardUnlessOneIsGiven()
    {
        var folder = Mcu.TempFolder();
        File.WriteAllText(Path.Combine(folder, "Station.csproj"),
            "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework><McuBoard>esp32</McuBoard></PropertyGroup></Project>");
        File.WriteAllText(Path.Combine(folder, "Program.cs"),
            "using McuSharp.Device;\nstatic class Program { static void Main() { System.Console.WriteLine(Wlan.Station.Status == WlanStatus.GotIp); } }");

        var build = Mcu.Invoke(folder, "build", ".");
        Assert.AreEqual(0, build.ExitCode, build.Stderr);
        StringAssert.Contains(build.Stderr, Path.Combine("bin", "mcu", "esp32"), "the project's McuBoard names the build");
        Assert.IsTrue(File.Exists(Path.Combine(folder, "bin", "mcu", "esp32", "main.py")));

        var other = Mcu.Invoke(folder, "build", ".", "--board", "wipy");
        Assert.AreEqual(1, other.ExitCode, "--board wins over McuBoard: the WiPy has no WLAN.status()");
        StringAssert.Contains(other.Stderr, "wipy");
        Assert.IsFalse(Directory.Exists(Path.Combine(folder, "bin", "mcu", "wipy")), "a failed build writes nothing");
    }

    [TestMethod]
    public void BuildIntoAFolderNamedWithATrailingSlash()
    {
        var output = Path.Combine(Mcu.TempFolder(), "out") + Path.DirectorySeparatorChar;
        var build = Mcu.Invoke(Mcu.RepositoryRoot, "build", "samples/Hello", "--out", output);
        Assert.AreEqual(0, build.ExitCode, build.Stderr);
        Assert.IsTrue(File.Exists(Path.Combine(output, "main.py")), "main.py is written into the folder itself");
    }

    [TestMethod]
    public void UncaughtExceptionExitsOneWithTheTracebackAtCSharpLines()
    {
        var folder = Mcu.TempFolder();
        File.WriteAllText(Path.Combine(folder, "Program.cs"),
            "static class Program\n{\n    static int Divide(int a, int b) => a / b;\n    static void Main()\n    {\n        System.Console.WriteLine(\"before\");\n        System.Console.WriteLine(Divide(1, 0));\n    }\n}\n");
        var sim = Mcu.Invoke(folder, "sim", "Program.cs");
        Assert.AreEqual(1, sim.ExitCode);
        Assert.AreEqual("before\n", sim.Stdout);
        StringAssert.Contains(sim.Stderr, "ZeroDivisionError");
        StringAssert.Contains(sim.Stderr, "[C#: Program.cs(7)]");
        StringAssert.Contains(sim.Stderr, "[C#: Program.cs(3)]");
    }

    [TestMethod]
    public void TimeoutStopsAnEndlessProgram()
    {
        var folder = Mcu.TempFolder();
        File.WriteAllText(Path.Combine(folder, "Program.cs"),
            "static class Program { static void Main() { System.Console.WriteLine(\"started\"); long n = 0; while (true) n++; } }");
        var sim = Mcu.Invoke(folder, "sim", "Program.cs", "--timeout", "2");
        Assert.AreEqual(124, sim.ExitCode, sim.Stderr);
        Assert.AreEqual("started\n", sim.Stdout);
        StringAssert.Contains(sim.Stderr, "timeout");
    }

    [TestMethod]
    public void AFailedBuildReportsLocatedErrorsAndWritesNothing()
    {
        var folder = Mcu.TempFolder();
        File.WriteAllText(Path.Combine(folder, "Program.cs"), "static class Program\n{\n    static void Main()\n    {\n        int x = \"text\";\n        goto end;\n        end: ;\n    }\n}\n");
        var output = Path.Combine(folder, "out");
        var build = Mcu.Invoke(folder, "build", "Program.cs", "--out", output);
        Assert.AreEqual(1, build.ExitCode);
        StringAssert.Contains(build.Stderr, "Program.cs(5,17): error CS0029:");
        Assert.IsFalse(Directory.Exists(output), "a failed build must not create the output folder");

        File.WriteAllText(Path.Combine(folder, "Program.cs"), "static class Program\n{\n    static void Main()\n    {\n        goto end;\n        end: ;\n    }\n}\n");
        build = Mcu.Invoke(folder, "build", "Program.cs", "--out", output);
        Assert.AreEqual(1, build.ExitCode);
        StringAssert.Contains(build.Stderr, "Program.cs(5,9): error MCU0001:");
        Assert.IsFalse(Directory.Exists(output));
    }

    [TestMethod]
    public void ARebuildReplacesTheWholeOutputFolder()
    {
        var folder = Mcu.TempFolder();
        var output = Path.Combine(folder, "out");
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "stale.py"), "old");
        File.WriteAllText(Path.Combine(folder, "Program.cs"), "static class Program { static void Main() { System.Console.WriteLine(42); } }");
        var build = Mcu.Invoke(folder, "build", "Program.cs", "--out", output);
        Assert.AreEqual(0, build.ExitCode, build.Stderr);
        Assert.IsFalse(File.Exists(Path.Combine(output, "stale.py")));
        Assert.IsFalse(File.Exists(Path.Combine(output, "mcus_rt.py")), "a program that needs no helper gets no runtime module");
        Assert.AreEqual("def Main():\n    print(42)\nMain()\n", File.ReadAllText(Path.Combine(output, "main.py")));
    }

    [TestMethod]
    public void UserMistakesGetOneClearLineAndExitOne()
    {
        var folder = Mcu.TempFolder();
        foreach (var args in new[] { new[] { "build", "missing.cs" }, new[] { "build", "notes.txt" }, new[] { "sim", "missing.cs", "--timeout", "0" } })
        {
            var run = Mcu.Invoke(folder, args);
            Assert.AreEqual(1, run.ExitCode, string.Join(" ", args));
            StringAssert.StartsWith(run.Stderr, "error: ", string.Join(" ", args));
            Assert.IsFalse(run.Stderr.Contains("   at "), "no stack trace: " + run.Stderr);
        }
    }
}
