using System.Text;
using McuSharp.Deploy.Emulator;
using McuSharp.Deploy.Links;

namespace McuSharp.Deploy.Tests;

/// <summary>The device commands end to end: the real `mcu` against the emulated board on a pseudo-terminal.</summary>
[TestClass]
public sealed class CliTests
{
    private const string Failing = """
        static class Program
        {
            static int Divide(int a, int b) => a / b;

            static void Main()
            {
                System.Console.WriteLine("starting");
                System.Console.WriteLine(Divide(1, 0));
            }
        }
        """;

    [TestMethod]
    public void DeployBuildsTheProjectAndMonitorShowsTracebacksAtCSharpLines()
    {
        var project = Directory.CreateTempSubdirectory("mcu-cli-").FullName;
        File.WriteAllText(Path.Combine(project, "Program.cs"), Failing);
        using var board = new BoardEmulator();
        var deploy = McuCli.Run(project, "deploy", ".", "--port", board.Port, "--reset", "none");
        Assert.AreEqual(0, deploy.ExitCode, deploy.ToString());
        StringAssert.Contains(deploy.Stderr, "main.py");
        StringAssert.Contains(deploy.Stderr, "Deployed to " + board.Port);
        Assert.IsTrue(File.Exists(Path.Combine(board.FlashFolder, "main.py")));
        Assert.IsFalse(File.Exists(Path.Combine(board.FlashFolder, "mcus_map.json")), "the source map stays on the host");

        var monitor = McuCli.Run(project, "monitor", ".", "--port", board.Port, "--reset", "soft", "--duration", "2");
        Assert.AreEqual(0, monitor.ExitCode, monitor.ToString());
        StringAssert.Contains(monitor.Stdout, "starting");
        StringAssert.Contains(monitor.Stdout, "ZeroDivisionError");
        StringAssert.Contains(monitor.Stdout, "[C#: Program.cs(8)]");
        StringAssert.Contains(monitor.Stdout, "[C#: Program.cs(3)]");

        var again = McuCli.Run(project, "deploy", ".", "--port", board.Port, "--reset", "none");
        StringAssert.Contains(again.Stderr, "0 written");
    }

    [TestMethod]
    public void FsCommandsRoundTripAFile()
    {
        var work = Directory.CreateTempSubdirectory("mcu-fs-").FullName;
        var bytes = Projects.Random(3000, 11);
        File.WriteAllBytes(Path.Combine(work, "blob.bin"), bytes);
        using var board = new BoardEmulator();
        string[] Port(params string[] args) => [.. args, "--port", board.Port];
        Assert.AreEqual(0, McuCli.Run(work, Port("fs", "mkdir", "data")).ExitCode);
        var put = McuCli.Run(work, Port("fs", "put", "blob.bin", "data/blob.bin"));
        Assert.AreEqual(0, put.ExitCode, put.ToString());
        StringAssert.Contains(put.Stderr, "verified");
        Assert.AreEqual("data/", McuCli.Run(work, Port("fs", "ls")).Stdout.Trim());
        Assert.AreEqual("blob.bin", McuCli.Run(work, Port("fs", "ls", "data")).Stdout.Trim());
        Assert.AreEqual(0, McuCli.Run(work, Port("fs", "get", "data/blob.bin", "back.bin")).ExitCode);
        CollectionAssert.AreEqual(bytes, File.ReadAllBytes(Path.Combine(work, "back.bin")));
        Assert.AreEqual(0, McuCli.Run(work, Port("fs", "put", "back.bin", "note.txt")).ExitCode);
        Assert.AreEqual(Encoding.Latin1.GetString(bytes), Encoding.Latin1.GetString(File.ReadAllBytes(Path.Combine(board.FlashFolder, "note.txt"))));
        Assert.AreEqual(0, McuCli.Run(work, Port("fs", "rm", "data/blob.bin")).ExitCode);
        Assert.AreEqual(0, McuCli.Run(work, Port("fs", "rmdir", "data")).ExitCode);
        McuCli.AssertOneError(McuCli.Run(work, Port("fs", "rm", "data/blob.bin")), DeployErrors.BoardError);
        McuCli.AssertOneError(McuCli.Run(work, Port("fs", "cat", "missing.py")), DeployErrors.BoardError);
        McuCli.AssertOneError(McuCli.Run(work, Port("fs", "put", "back.bin", "../escape.bin")), DeployErrors.OutsideProject, 2);
    }

    [TestMethod]
    public void CatPrintsTheFileBytes()
    {
        var flash = Directory.CreateTempSubdirectory("mcu-flash-").FullName;
        File.WriteAllText(Path.Combine(flash, "hello.py"), "print('hi é')\n");
        using var board = new BoardEmulator(new EmulatorOptions { FlashFolder = flash });
        var cat = McuCli.Run(Path.GetTempPath(), "fs", "cat", "hello.py", "--port", board.Port);
        Assert.AreEqual(0, cat.ExitCode, cat.ToString());
        Assert.AreEqual("print('hi é')\n", cat.Stdout);
    }

    [TestMethod]
    public void ReplPassesKeysThroughAndCtrlBracketLeaves()
    {
        using var board = new BoardEmulator();
        var repl = McuCli.RunAs(null, Path.GetTempPath(), "print(6 * 7)\r\x1d", "repl", "--port", board.Port);
        Assert.AreEqual(0, repl.ExitCode, repl.ToString());
        StringAssert.Contains(repl.Stdout, "42");
        StringAssert.Contains(repl.Stderr, "Ctrl-] leaves");
    }

    [TestMethod]
    public void ResetRestartsTheBoard()
    {
        using var board = new BoardEmulator();
        Assert.AreEqual(0, McuCli.Run(Path.GetTempPath(), "reset", "--soft", "--port", board.Port).ExitCode);
        Assert.AreEqual(0, McuCli.Run(Path.GetTempPath(), "reset", "--port", board.Port).ExitCode);
        Thread.Sleep(500);
        StringAssert.Contains(board.Log, "boot (soft-friendly)");
        Assert.AreEqual(2, board.Log.Split('\n').Count(l => l.Contains("boot (power-on)")), board.Log);
    }

    [TestMethod]
    public void PortsListsUsbSerialPortsWithAGuess()
    {
        var sys = Directory.CreateTempSubdirectory("mcu-sys-").FullName;
        var usb = Path.Combine(sys, "devices", "usb1", "1-1");
        var tty = Path.Combine(usb, "1-1:1.0", "ttyUSB0");
        Directory.CreateDirectory(tty);
        File.WriteAllText(Path.Combine(usb, "idVendor"), "10c4\n");
        File.WriteAllText(Path.Combine(usb, "idProduct"), "ea60\n");
        File.WriteAllText(Path.Combine(usb, "manufacturer"), "Silicon Labs\n");
        File.WriteAllText(Path.Combine(usb, "product"), "CP2102 USB to UART Bridge Controller\n");
        var classTty = Path.Combine(sys, "class", "tty");
        Directory.CreateDirectory(Path.Combine(classTty, "ttyUSB0"));
        Directory.CreateSymbolicLink(Path.Combine(classTty, "ttyUSB0", "device"), tty);
        Directory.CreateDirectory(Path.Combine(classTty, "tty1")); // a virtual terminal: no device
        var ports = SerialPorts.List(classTty);
        Assert.AreEqual(1, ports.Count);
        Assert.AreEqual("/dev/ttyUSB0", ports[0].Device);
        Assert.AreEqual("10c4", ports[0].Vendor);
        StringAssert.Contains(ports[0].Description, "CP2102");
        StringAssert.Contains(ports[0].Guess, "ESP32 or ESP8266");
        Assert.AreEqual(0, McuCli.Run(Path.GetTempPath(), "ports").ExitCode);
    }
}
