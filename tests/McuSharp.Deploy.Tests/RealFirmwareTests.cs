using System.Text;
using McuSharp.Compiler;
using McuSharp.Compiler.Frontend;
using McuSharp.Compiler.Output;
using McuSharp.Deploy.Links;

namespace McuSharp.Deploy.Tests;

/// <summary>
/// Deploys a C# project to real MicroPython firmware (micro:bit, 1.9.2, under QEMU), ten times in a row, each on a
/// freshly booted board: the files read back byte-identical, main.py's output appears after the soft reset, and an
/// unchanged redeploy writes nothing. Its UART drops bytes when the host writes fast; that must not make it flaky.
/// </summary>
[TestClass]
public sealed class RealFirmwareTests
{
    private const string Program = """
        static class Program
        {
            static void Main()
            {
                System.Console.WriteLine("Hello from C# on a micro:bit");
                System.Console.WriteLine("deployed by McuSharp");
            }
        }
        """;

    [TestMethod]
    public void DeploysToMicrobitFirmwareTenTimesInARow()
    {
        var why = QemuMicrobit.Unavailable();
        if (why is not null) Assert.Inconclusive($"The real-firmware test cannot run: {why} (.ci/run installs both packages when it can).");
        var project = Directory.CreateTempSubdirectory("mcu-microbit-").FullName;
        File.WriteAllText(Path.Combine(project, "Program.cs"), Program);
        File.WriteAllText(Path.Combine(project, "notes.txt"), "état: déployé ✓\nline two\r\nline three\n");
        File.WriteAllBytes(Path.Combine(project, "table.bin"), Enumerable.Range(0, 3 * 256).Select(i => (byte)(i % 256 ^ i / 256)).ToArray());
        var result = McuCompiler.Compile(CompilationFactory.FromSources(SourceSet.Resolve([Path.Combine(project, "Program.cs")])));
        Assert.IsTrue(result.Success, string.Join("\n", result.Diagnostics));
        var modules = Path.Combine(project, "out");
        ModuleWriter.Write(result, modules, project);
        var files = DeployFiles.Collect(modules, [new ExtraFile("notes.txt"), new ExtraFile("table.bin")], project, new Redactor());

        for (var run = 1; run <= 10; run++)
        {
            using var qemu = new QemuMicrobit();
            using var link = new CountingLink(DeviceLink.Open(qemu.Port));
            var repl = new RawRepl(link, new ReplOptions { ReadTimeout = TimeSpan.FromSeconds(2) });
            var progress = new StringWriter();
            var deployed = Deployer.Deploy(repl, files, new DeployOptions { Reporter = new ConsoleReporter(progress, false), Reset = ResetAfterDeploy.Soft });
            Assert.AreEqual(files.Count, deployed.Written, $"run {run}: {progress}");
            Assert.AreEqual(TransferMode.Literal, deployed.Mode, "1.9.2 has neither sys.stdin nor binascii");
            var output = Encoding.UTF8.GetString(repl.Drain(TimeSpan.FromMilliseconds(700)).ToArray());
            StringAssert.Contains(output, "Hello from C# on a micro:bit\r\ndeployed by McuSharp", $"run {run}: main.py's output after the soft reset");

            var board = BoardSession.Start(repl);
            foreach (var file in files) CollectionAssert.AreEqual(file.Content, board.Read(file.BoardPath), $"run {run}: {file.BoardPath} read back");
            CollectionAssert.AreEquivalent(files.Select(f => f.BoardPath).Append(Deployer.ManifestName).ToList(), board.List("").ToList(), $"run {run}: the board's files");

            var again = Deployer.Deploy(repl, files, new DeployOptions { Reset = ResetAfterDeploy.None });
            Assert.AreEqual(0, again.Written, $"run {run}: an unchanged redeploy writes nothing");
            Console.WriteLine($"run {run}: {deployed.Elapsed.TotalSeconds:0.0} s, {link.BytesWritten} bytes sent in all; {progress.ToString().Count(c => c == '\n')} progress lines");
        }
    }
}
