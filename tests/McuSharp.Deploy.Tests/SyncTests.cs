using System.Text;
using McuSharp.Deploy.Emulator;

namespace McuSharp.Deploy.Tests;

/// <summary>File sync against the emulated board: byte-identical files, only changes sent, only McuSharp's files removed.</summary>
[TestClass]
public sealed class SyncTests
{
    [TestMethod]
    public void DeploysByteIdenticalFilesThenSendsNothingForAnUnchangedProject()
    {
        using var board = new Connected();
        var v1 = Projects.Version(1);
        var first = board.Deploy(v1);
        Assert.AreEqual(3, first.Written);
        Flash.Holds(board, v1);
        CollectionAssert.AreEqual(new[] { ".mcus_manifest", "data.bin", "lib/helpers.py", "main.py" }, Flash.Names(board), "no temporary files are left");

        var before = board.Link.BytesWritten;
        var again = board.Deploy(v1);
        Assert.AreEqual(0, again.Written);
        Assert.AreEqual(3, again.Unchanged);
        Assert.AreEqual(0, again.PayloadBytes);
        var sent = board.Link.BytesWritten - before;
        Assert.IsTrue(sent < 2500, $"an unchanged redeploy sent {sent} bytes (probe and hashes only)");

        var v2 = new[] { v1[0], Projects.Version(2)[1], v1[2] };
        var third = board.Deploy(v2);
        Assert.AreEqual(1, third.Written);
        Flash.Holds(board, v2);
    }

    [TestMethod]
    [DataRow(TransferMode.Stream)]
    [DataRow(TransferMode.Base64)]
    [DataRow(TransferMode.Literal)]
    public void EveryTransferModeIsBinarySafe(TransferMode mode)
    {
        using var board = new Connected();
        var files = new[] { new DeployFile("all.bin", Projects.Random(5000, 7).Concat(Enumerable.Range(0, 256).Select(i => (byte)i)).ToArray()), new DeployFile("empty.py", []) };
        board.Deploy(files, mode);
        Flash.Holds(board, files);
    }

    [TestMethod]
    public void RemovesFilesThatAnEarlierDeployWroteAndNothingElse()
    {
        var flash = Directory.CreateTempSubdirectory("mcu-flash-").FullName;
        File.WriteAllText(Path.Combine(flash, "notes.txt"), "the user's own file");
        Directory.CreateDirectory(Path.Combine(flash, "mine"));
        File.WriteAllText(Path.Combine(flash, "mine", "keep.py"), "x = 1\n");
        using var board = new Connected(new EmulatorOptions { FlashFolder = flash });
        board.Deploy([new("main.py", "print(1)\n"u8.ToArray()), new("old.py", "y = 2\n"u8.ToArray()), new("pkg/mod.py", "z = 3\n"u8.ToArray())]);
        board.Deploy([new("main.py", "print(2)\n"u8.ToArray())]);
        CollectionAssert.AreEqual(new[] { ".mcus_manifest", "main.py", "mine/keep.py", "notes.txt" }, Flash.Names(board));
        Assert.IsFalse(Directory.Exists(Path.Combine(flash, "pkg")), "the folder McuSharp created is gone with its files");
        StringAssert.Contains(board.Progress.ToString(), "removed old.py");
    }

    [TestMethod]
    [DataRow("hashlib", DisplayName = "no hashlib: Adler-32 on the board")]
    [DataRow("binascii", DisplayName = "no binascii")]
    [DataRow("deflate", DisplayName = "no deflate")]
    [DataRow("rename", DisplayName = "no os.rename: verified copy")]
    [DataRow("stdin", DisplayName = "no sys.stdin: chunks")]
    [DataRow("stdin,binascii,hashlib,deflate,rename", DisplayName = "none of them")]
    public void WorksOnFirmwareWithout(string missing)
    {
        using var board = new Connected(new EmulatorOptions { Without = missing.Split(',') });
        var v1 = Projects.Version(1);
        board.Deploy(v1);
        Flash.Holds(board, v1);
        var v2 = Projects.Version(2);
        Assert.AreEqual(3, board.Deploy(v2).Written);
        Flash.Holds(board, v2);
        Assert.AreEqual(0, board.Deploy(v2).Written);
        CollectionAssert.DoesNotContain(Flash.Names(board), "main.py" + Deployer.NewSuffix);
    }

    [TestMethod]
    public void ModeFollowsTheFirmware()
    {
        using (var full = new Connected()) Assert.AreEqual(TransferMode.Stream, full.Deploy(Projects.Version(1)).Mode);
        using (var noStdin = new Connected(new EmulatorOptions { Without = ["stdin"] })) Assert.AreEqual(TransferMode.Base64, noStdin.Deploy(Projects.Version(1)).Mode);
        using var bare = new Connected(new EmulatorOptions { Without = ["stdin", "binascii"], RawPaste = "no" });
        Assert.AreEqual(TransferMode.Literal, bare.Deploy(Projects.Version(1)).Mode);
    }

    [TestMethod]
    public void CleansUpWhatAnInterruptedDeployLeft()
    {
        var flash = Directory.CreateTempSubdirectory("mcu-flash-").FullName;
        File.WriteAllText(Path.Combine(flash, "main.py" + Deployer.NewSuffix), "print('half-writ");
        File.WriteAllText(Path.Combine(flash, "lib.py" + Deployer.OldSuffix), "OLD = True\n"); // set aside, its new version never arrived
        File.WriteAllText(Path.Combine(flash, "main.py"), "print('old main')\n");
        using var board = new Connected(new EmulatorOptions { FlashFolder = flash });
        var files = new[] { new DeployFile("main.py", "import lib\nprint(lib.OLD)\n"u8.ToArray()) };
        board.Deploy(files);
        Flash.Holds(board, files);
        Assert.AreEqual("OLD = True\n", File.ReadAllText(Path.Combine(flash, "lib.py")), "the set-aside file is back under its name");
        CollectionAssert.AreEqual(new[] { ".mcus_manifest", "lib.py", "main.py" }, Flash.Names(board));
    }

    [TestMethod]
    public void SoftResetAfterDeployRunsTheNewMainPy()
    {
        using var board = new Connected();
        board.Deploy([new("main.py", "import helper\nprint('answer', helper.ANSWER)\n"u8.ToArray()), new("helper.py", "ANSWER = 42\n"u8.ToArray())], reset: ResetAfterDeploy.Soft);
        var output = Encoding.ASCII.GetString(board.Repl.Drain(TimeSpan.FromMilliseconds(500)).ToArray());
        StringAssert.Contains(output, "answer 42");
    }

    [TestMethod]
    public void ProgressNamesFilesAndRatesButNeverContents()
    {
        using var board = new Connected();
        var secret = "Sup3r-Secret-Wifi-Pass";
        board.Deploy([new("config.py", Encoding.UTF8.GetBytes($"WIFI_PASSWORD = '{secret}'\n")), new("main.py", "import config\n"u8.ToArray())]);
        var progress = board.Progress.ToString();
        StringAssert.Contains(progress, "config.py");
        StringAssert.Contains(progress, "KB/s");
        Assert.IsFalse(progress.Contains(secret), progress);
    }
}

[TestClass]
public sealed class ReporterTests
{
    [TestMethod]
    public void OnATerminalEachFileIsOneLineRewrittenAsBytesGo()
    {
        var output = new StringWriter();
        var reporter = new ConsoleReporter(output, interactive: true);
        reporter.FileProgress("main.py", 4096, 20480, 0.5);
        reporter.FileDone("main.py", 20480, 2.0);
        var text = output.ToString();
        StringAssert.Contains(text, "\r  main.py");
        StringAssert.Contains(text, "4.0/20.0 KB");
        StringAssert.Contains(text, "8.0 KB/s");
        StringAssert.Contains(text, "20.0 KB in 2.0 s (10.0 KB/s)");
        Assert.AreEqual(1, text.Count(c => c == '\n'), "the progress line is replaced, not added to");
    }

    [TestMethod]
    public void RedirectedItIsPlainLines()
    {
        var output = new StringWriter();
        var reporter = new ConsoleReporter(output, interactive: false);
        reporter.FileProgress("main.py", 4096, 20480, 0.5);
        reporter.FileDone("main.py", 20480, 2.0);
        Assert.IsFalse(output.ToString().Contains('\r') || output.ToString().Contains('\x1b'), output.ToString());
        Assert.AreEqual("  main.py                      20.0 KB in 2.0 s (10.0 KB/s)" + Environment.NewLine, output.ToString());
    }
}
