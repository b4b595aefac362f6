using System.Text;
using McuSharp.Deploy.Emulator;
using McuSharp.Deploy.Links;

namespace McuSharp.Deploy.Tests;

[TestClass]
public sealed class SmokeTests
{
    [TestMethod]
    public void DeployToTheEmulator()
    {
        using var emulator = new BoardEmulator();
        using var link = new CountingLink(DeviceLink.Open(emulator.Port));
        var repl = new RawRepl(link);
        var files = new[] { new DeployFile("main.py", Encoding.UTF8.GetBytes("print('hello')\n")), new DeployFile("lib/util.py", new byte[] { 0, 1, 2, 3, 0x1b, 0x03, 255 }) };
        var reporter = new ConsoleReporter(Console.Out, false);
        var result = Deployer.Deploy(repl, files, new DeployOptions { Reporter = reporter, Reset = ResetAfterDeploy.None });
        Console.WriteLine($"{result} wire {link.BytesWritten}");
        CollectionAssert.AreEqual(files[1].Content, File.ReadAllBytes(Path.Combine(emulator.FlashFolder, "lib", "util.py")));
        var again = Deployer.Deploy(repl, files, new DeployOptions { Reporter = reporter, Reset = ResetAfterDeploy.None });
        Assert.AreEqual(0, again.Written);
        Console.WriteLine(emulator.Log);
    }
}
