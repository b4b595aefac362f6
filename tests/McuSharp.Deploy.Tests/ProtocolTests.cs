using System.Text;
using McuSharp.Deploy.Emulator;

namespace McuSharp.Deploy.Tests;

/// <summary>The raw REPL client against the emulated board (termios link on a pseudo-terminal).</summary>
[TestClass]
public sealed class ProtocolTests
{
    [TestMethod]
    public void RunsCodeWithOutputAndErrorsSeparated()
    {
        using var board = new Connected();
        board.Repl.Enter(softReset: false);
        var ok = board.Repl.Exec("print(6 * 7)", "a test");
        Assert.AreEqual("42\r\n", ok.Text);
        Assert.AreEqual(0, ok.Error.Length);
        var failing = board.Repl.Exec("print('before')\nraise ValueError('boom')", "a test");
        Assert.AreEqual("before\r\n", failing.Text);
        StringAssert.Contains(failing.ErrorText, "ValueError: boom");
    }

    [TestMethod]
    public void OutputIsStreamedWhileTheCommandRuns()
    {
        using var board = new Connected();
        board.Repl.Enter(softReset: false);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var arrivals = new List<(double At, string Text)>();
        var result = board.Repl.Exec("import time\nprint('first')\ntime.sleep_ms(800)\nprint('second')", "a test",
            onOutput: bytes => arrivals.Add((clock.Elapsed.TotalSeconds, System.Text.Encoding.ASCII.GetString(bytes))));
        Assert.AreEqual("first\r\nsecond\r\n", result.Text);
        Assert.AreEqual(result.Text, string.Concat(arrivals.Select(a => a.Text)));
        var first = arrivals.First(a => a.Text.Contains("first"));
        Assert.IsTrue(clock.Elapsed.TotalSeconds - first.At > 0.5, $"'first' arrived at {first.At:0.00} s, the command ended at {clock.Elapsed.TotalSeconds:0.00} s");
    }

    [TestMethod]
    public void UsesRawPasteWithItsFlowControlWindows()
    {
        using var board = new Connected(new EmulatorOptions { Window = 64 });
        board.Repl.Enter(softReset: false);
        // 3 KB of code: dozens of 64-byte windows, each granted by the board's \x01.
        var code = string.Concat(Enumerable.Range(0, 100).Select(i => $"v{i} = {i} * 3 + 1  # padding\n")) + "print(v99)";
        Assert.AreEqual("298\r\n", board.Repl.Exec(code, "a test").Text);
        Assert.IsTrue(board.Repl.RawPaste);
        Assert.AreEqual(64, board.Repl.Window);
    }

    [TestMethod]
    [DataRow("no", DisplayName = "older firmware restarts the raw REPL")]
    [DataRow("unsupported", DisplayName = "firmware answers R\\x00")]
    public void FallsBackToPlainRawReplWithoutRawPaste(string rawPaste)
    {
        using var board = new Connected(new EmulatorOptions { RawPaste = rawPaste });
        board.Repl.Enter(softReset: false);
        var code = string.Concat(Enumerable.Range(0, 40).Select(i => $"w{i} = {i}\n")) + "print(w39 + 3)";
        Assert.AreEqual("42\r\n", board.Repl.Exec(code, "a test").Text);
        Assert.IsFalse(board.Repl.RawPaste);
        Assert.AreEqual("ok\r\n", board.Repl.Exec("print('ok')", "a test").Text, "later commands go straight to the plain raw REPL");
    }

    [TestMethod]
    public void InterruptsABusyMainLoop()
    {
        var flash = Directory.CreateTempSubdirectory("mcu-flash-").FullName;
        File.WriteAllText(Path.Combine(flash, "main.py"), "import time\nprint('busy')\nn = 0\nwhile True:\n    n += 1\n    if time.ticks_ms() % 500 == 0:\n        print('still busy', n)\n");
        using var board = new Connected(new EmulatorOptions { FlashFolder = flash });
        Thread.Sleep(500); // let main.py get going
        board.Repl.Enter(softReset: true);
        Assert.AreEqual("3\r\n", board.Repl.Exec("print(1 + 2)", "a test").Text);
    }

    [TestMethod]
    public void SoftResetClearsTheBoardsState()
    {
        using var board = new Connected();
        board.Repl.Enter(softReset: false);
        board.Repl.Exec("marker = 1", "a test");
        board.Repl.Enter(softReset: true);
        StringAssert.Contains(board.Repl.Exec("print(marker)", "a test").ErrorText, "NameError");
    }

    [TestMethod]
    public void LeavingWithASoftResetRunsMainPy()
    {
        var flash = Directory.CreateTempSubdirectory("mcu-flash-").FullName;
        File.WriteAllText(Path.Combine(flash, "main.py"), "print('main.py ran')\n");
        using var board = new Connected(new EmulatorOptions { FlashFolder = flash });
        board.Repl.Enter(softReset: true);
        board.Repl.Leave(runMain: true);
        var after = Encoding.ASCII.GetString(board.Repl.Drain(TimeSpan.FromMilliseconds(500)).ToArray());
        StringAssert.Contains(after, "main.py ran");
    }

    [TestMethod]
    public void ATimeoutSaysWhatTheBoardDidLast()
    {
        using var board = new Connected(timeoutSeconds: 1);
        board.Repl.Enter(softReset: false);
        board.Repl.Exec("print('hello')", "a test");
        board.Board.Silent = true;
        var error = Assert.ThrowsExactly<DeployException>(() => board.Repl.Exec("print(1)", "checking the silence"));
        Assert.AreEqual(DeployErrors.NoAnswer, error.Id);
        StringAssert.Contains(error.Message, "stopped answering while checking the silence");
        StringAssert.Contains(error.Message, "it last sent");
        Assert.IsTrue(error.Transient);
    }

    [TestMethod]
    public void LinkAndEmulatorRunAtTheConfiguredBaudRate()
    {
        using var board = new Connected(new EmulatorOptions { Baud = 115200 });
        board.Repl.Enter(softReset: false);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var text = board.Repl.Exec("print('x' * 5760)", "a test").Text; // 5762 bytes back: 0.5 s at 11,520 bytes/s
        Assert.AreEqual(5762, text.Length);
        Assert.IsTrue(clock.Elapsed.TotalSeconds is > 0.45 and < 1.5, $"took {clock.Elapsed.TotalSeconds:0.00} s");
    }
}
