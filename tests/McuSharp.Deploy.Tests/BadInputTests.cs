using System.Text;
using McuSharp.Deploy.Emulator;
using McuSharp.Deploy.Links;

namespace McuSharp.Deploy.Tests;

/// <summary>The bad input: one clear error each (what, where, what to do), non-zero exit, nothing half-written.</summary>
[TestClass]
public sealed class BadInputTests
{
    private static string Modules(params (string Name, string Text)[] files)
    {
        var folder = Directory.CreateTempSubdirectory("mcu-modules-").FullName;
        foreach (var (name, text) in files) File.WriteAllText(Path.Combine(folder, name), text);
        return folder;
    }

    private static readonly string Hello = Modules(("main.py", "print('hello')\n"));

    [TestMethod]
    public void NoSuchPort()
    {
        var result = McuCli.Run(Hello, "deploy", ".", "--port", "/dev/ttyUSB97");
        McuCli.AssertOneError(result, DeployErrors.NoSuchPort);
        StringAssert.Contains(result.Stderr, "/dev/ttyUSB97");
        StringAssert.Contains(result.Stderr, "mcu ports");
    }

    [TestMethod]
    public void NotASerialPort()
    {
        var error = Assert.ThrowsExactly<DeployException>(() => DeviceLink.Open(Path.Combine(Hello, "main.py")));
        Assert.AreEqual(DeployErrors.NoSuchPort, error.Id);
        StringAssert.Contains(error.Message, "is not a serial port");
    }

    [TestMethod]
    public void PermissionDeniedSaysHowToFixIt()
    {
        if (!OperatingSystem.IsLinux() || Environment.UserName != "root") Assert.Inconclusive("needs root on Linux to run mcu as another user (setpriv)");
        using var board = new BoardEmulator();
        if (OperatingSystem.IsLinux()) File.SetUnixFileMode(Hello, (UnixFileMode)0b111_101_101); // the other user may read the modules, not the port
        var result = McuCli.RunAs(65534, Path.GetTempPath(), null, "deploy", Hello, "--port", board.Port);
        McuCli.AssertOneError(result, DeployErrors.PermissionDenied);
        StringAssert.Contains(result.Stderr, "dialout");
        StringAssert.Contains(result.Stderr, "usermod -aG dialout");
    }

    [TestMethod]
    public void PortBusy()
    {
        using var board = new BoardEmulator();
        using var first = DeviceLink.Open(board.Port);
        var result = McuCli.Run(Hello, "deploy", ".", "--port", board.Port);
        McuCli.AssertOneError(result, DeployErrors.PortBusy);
        StringAssert.Contains(result.Stderr, "another program has it open");
    }

    [TestMethod]
    [DataRow(FarEnd.WrongBaud, DeployErrors.Garbage, "the baud rate is probably wrong", DisplayName = "wrong baud rate: garbage")]
    [DataRow(FarEnd.NotMicroPython, DeployErrors.NotMicroPython, "Is MicroPython flashed on this board", DisplayName = "a board that is not MicroPython")]
    public void ABoardThatDoesNotSpeakMicroPythonsRepl(FarEnd farEnd, string id, string advice)
    {
        using var board = new BoardEmulator(new EmulatorOptions { FarEnd = farEnd });
        var result = McuCli.Run(Hello, "deploy", ".", "--port", board.Port, "--timeout", "1");
        McuCli.AssertOneError(result, id);
        StringAssert.Contains(result.Stderr, advice);
        StringAssert.Contains(result.Stderr, "Nothing on the board was changed");
    }

    [TestMethod]
    public void UnsupportedBaudRate()
    {
        using var board = new BoardEmulator();
        McuCli.AssertOneError(McuCli.Run(Hello, "deploy", ".", "--port", board.Port, "--baud", "12345"), DeployErrors.BadOption, 2);
    }

    [TestMethod]
    public void NoSpaceLeftKeepsTheOldFiles()
    {
        using var board = new Connected(new EmulatorOptions { Capacity = 9000 });
        var v1 = Projects.Version(1);
        board.Deploy(v1);
        var bigger = Projects.Version(2, scale: 2);
        var error = Assert.ThrowsExactly<DeployException>(() => board.Deploy(bigger));
        Assert.AreEqual(DeployErrors.NoSpace, error.Id, error.Message);
        StringAssert.Contains(error.Message, "file system is full");
        Flash.Holds(board, v1);
        Assert.IsFalse(Flash.Names(board).Any(n => n.EndsWith(Deployer.NewSuffix)), "temporary files are removed: " + string.Join(", ", Flash.Names(board)));
    }

    [TestMethod]
    public void APathOutsideTheProjectIsRefused()
    {
        var project = Directory.CreateTempSubdirectory("mcu-project-").FullName;
        var modules = Path.Combine(project, "out");
        Directory.CreateDirectory(modules);
        File.WriteAllText(Path.Combine(modules, "main.py"), "print(1)\n");
        var outside = Path.Combine(Path.GetTempPath(), $"mcu-secret-{Guid.NewGuid():N}.txt");
        File.WriteAllText(outside, "not the project's");
        var error = Assert.ThrowsExactly<DeployException>(() => DeployFiles.Collect(modules, [new ExtraFile(Path.GetRelativePath(project, outside))], project, new Redactor()));
        Assert.AreEqual(DeployErrors.OutsideProject, error.Id);
        StringAssert.Contains(error.Message, "outside the project folder");

        File.CreateSymbolicLink(Path.Combine(modules, "linked.py"), outside);
        error = Assert.ThrowsExactly<DeployException>(() => DeployFiles.Collect(modules, [], project, new Redactor()));
        StringAssert.Contains(error.Message, "links to");

        File.Delete(Path.Combine(modules, "linked.py"));
        using var board = new BoardEmulator();
        var result = McuCli.Run(modules, "deploy", ".", "--port", board.Port, "--include", "../../" + Path.GetFileName(outside));
        McuCli.AssertOneError(result, DeployErrors.OutsideProject, 2);
        Assert.AreEqual(0, Directory.GetFiles(board.FlashFolder).Length, "nothing reached the board");

        var bad = Assert.ThrowsExactly<DeployException>(() => Deployer.ValidateBoardPaths([new DeployFile("../boot.py", [])]));
        Assert.AreEqual(DeployErrors.OutsideProject, bad.Id);
    }

    [TestMethod]
    public void SecretsNeverAppearInProgressOrErrors()
    {
        const string password = "hunter2-Wifi-Passw0rd";
        var config = $"WIFI_SSID = 'home'\nWIFI_PASSWORD = '{password}'\n";
        var project = Modules(("main.py", "import config\nprint('connecting')\n"), ("config.py", config));
        using (var board = new BoardEmulator())
        {
            var result = McuCli.Run(project, "deploy", ".", "--port", board.Port);
            Assert.AreEqual(0, result.ExitCode, result.ToString());
            StringAssert.Contains(result.Stderr, "config.py");
            Assert.IsFalse(result.Stderr.Contains(password), result.ToString());
        }
        // A board whose program prints the password with Ctrl-C disabled (kbd_intr(-1)): the error quotes what the board sent, redacted.
        var flash = Directory.CreateTempSubdirectory("mcu-flash-").FullName;
        File.WriteAllText(Path.Combine(flash, "config.py"), config);
        File.WriteAllText(Path.Combine(flash, "main.py"), "import config, time, micropython\nmicropython.kbd_intr(-1)\nwhile True:\n    print('joining with', config.WIFI_PASSWORD)\n    time.sleep_ms(20)\n");
        using (var board = new BoardEmulator(new EmulatorOptions { FlashFolder = flash }))
        {
            var result = McuCli.Run(project, "deploy", ".", "--port", board.Port, "--timeout", "1");
            Assert.AreNotEqual(0, result.ExitCode, result.ToString());
            StringAssert.Contains(result.Stderr, "[secret]", "the board's output is quoted, with the password hidden");
            Assert.IsFalse(result.Stderr.Contains(password) || result.Stdout.Contains(password), result.ToString());
        }
    }
}
