using System.Text;
using McuSharp.Deploy.Emulator;

namespace McuSharp.Deploy.Tests;

/// <summary>
/// Faults during a deploy of version 2 over version 1. After each, either the deploy succeeded and the board holds
/// version 2 byte for byte, or it failed with a clear error and every file is still complete: old or new, never cut.
/// </summary>
[TestClass]
public sealed class FaultTests
{
    private static readonly DeployFile[] V1 = Projects.Version(1), V2 = Projects.Version(2);

    private static Connected WithVersion1(EmulatorOptions? options = null)
    {
        var board = new Connected(options, timeoutSeconds: 1);
        board.Deploy(V1);
        return board;
    }

    /// <summary>The outcome rule of the issue: success with identical files, or a clear error and complete files.</summary>
    private static DeployException? DeployVersion2(Connected board, TransferMode? mode = null)
    {
        try
        {
            board.Deploy(V2, mode);
            Flash.Holds(board, V2);
            Assert.IsFalse(Flash.Names(board).Any(n => n.EndsWith(Deployer.NewSuffix) || n.EndsWith(Deployer.OldSuffix)), string.Join(", ", Flash.Names(board)));
            return null;
        }
        catch (DeployException e)
        {
            Flash.HoldsOldOrNew(board, V1, V2);
            StringAssert.StartsWith(e.Id, "MCU2");
            Assert.IsTrue(e.Message.Contains("either its old version or its complete new one") || e.Message.Contains("Nothing on the board was changed"), e.Message);
            return e;
        }
    }

    private static long MeasureVersion2Bytes()
    {
        using var board = WithVersion1();
        var before = board.Link.BytesWritten;
        board.Deploy(V2);
        return board.Link.BytesWritten - before;
    }

    [TestMethod]
    public void AResetAnywhereInTheTransferNeverLeavesABrokenFile()
    {
        var total = MeasureVersion2Bytes();
        foreach (var fraction in new[] { 0.05, 0.2, 0.35, 0.5, 0.65, 0.8, 0.95 })
        {
            using var board = WithVersion1();
            board.Board.After((long)(total * fraction), Fault.Reset);
            var error = DeployVersion2(board);
            Assert.IsTrue(board.Board.FaultStruck, $"the reset at {fraction:P0} of {total} bytes did not happen");
            Assert.IsNull(error, $"after a reset at {fraction:P0} the next session should finish the deploy: {error?.Message}\n{board.Progress}\n{board.Board.Log}");
        }
    }

    [TestMethod]
    public void ABoardThatStopsAnsweringFailsClearlyWithCompleteFiles()
    {
        var total = MeasureVersion2Bytes();
        foreach (var fraction in new[] { 0.3, 0.7 })
        {
            using var board = WithVersion1();
            board.Board.After((long)(total * fraction), Fault.Silence);
            var error = DeployVersion2(board);
            Assert.IsNotNull(error, "the board went silent: the deploy cannot have succeeded");
            Assert.AreEqual(DeployErrors.NoAnswer, error.Id, error.Message);
            StringAssert.Contains(error.Message, "answer");
        }
    }

    [TestMethod]
    [DataRow(null, DisplayName = "raw stream")]
    [DataRow(TransferMode.Literal, DisplayName = "plain chunks")]
    public void DroppedBytesAreDetectedAndResent(TransferMode? mode)
    {
        using var board = WithVersion1();
        board.Board.DropRate = 1.0 / 3000;
        Assert.IsNull(DeployVersion2(board, mode), board.Progress.ToString());
    }

    [TestMethod]
    [DataRow("main.py", DisplayName = "a busy main.py")]
    [DataRow("boot.py", DisplayName = "a busy boot.py (it runs again after the soft reset, also in the raw REPL)")]
    public void ABusyWhileTrueLoopIsInterrupted(string file)
    {
        var flash = Directory.CreateTempSubdirectory("mcu-flash-").FullName;
        using (var setup = new Connected(new EmulatorOptions { FlashFolder = flash })) setup.Deploy(V1);
        File.WriteAllText(Path.Combine(flash, file), "import time\nwhile True:\n    time.ticks_ms()\n"); // never returns
        using var board = new Connected(new EmulatorOptions { FlashFolder = flash }, timeoutSeconds: 1);
        Thread.Sleep(300);
        Assert.IsNull(DeployVersion2(board));
    }

    [TestMethod]
    [DataRow("no", "", DisplayName = "no raw-paste (old firmware)")]
    [DataRow("yes", "hashlib,binascii,deflate", DisplayName = "no hashlib, binascii, deflate")]
    [DataRow("no", "hashlib,binascii,deflate,stdin,rename", DisplayName = "micro:bit-like: none of them")]
    public void LeanFirmwareStillDeploysAtomically(string rawPaste, string without)
    {
        using var board = WithVersion1(new EmulatorOptions { RawPaste = rawPaste, Without = without.Split(',', StringSplitOptions.RemoveEmptyEntries) });
        var total = board.Link.BytesWritten;
        board.Board.After(total / 2, Fault.Reset);
        Assert.IsNull(DeployVersion2(board), board.Progress.ToString());
    }

    /// <summary>Old firmware runs a command that lost bytes on the line when it still parses: here the probe's
    /// sys.stdin test loses its line, claims a feature the board lacks, and only a second probe tells.</summary>
    [TestMethod]
    public void AProbeThatLostALineIsNotBelieved()
    {
        using var board = new Connected(new EmulatorOptions { RawPaste = "no", Without = ["stdin"] }, timeoutSeconds: 1);
        board.Board.LoseOnce = "sys.stdin.buffer.read\n  "u8.ToArray();
        board.Deploy(V1);
        Assert.IsNull(board.Board.LoseOnce, "the probe never sent the line this test takes out");
        Flash.Holds(board, V1);
    }
}
