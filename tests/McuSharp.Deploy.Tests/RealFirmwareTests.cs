using System.Text;
using McuSharp.Deploy.Links;

namespace McuSharp.Deploy.Tests;

[TestClass]
public sealed class RealFirmwareTests
{
    [TestMethod]
    public void DeployToMicrobitFirmware()
    {
        var why = QemuMicrobit.Unavailable();
        if (why is not null) Assert.Inconclusive(why);
        using var qemu = new QemuMicrobit();
        using var link = new CountingLink(DeviceLink.Open(qemu.Port));
        var repl = new RawRepl(link, new ReplOptions { ReadTimeout = TimeSpan.FromSeconds(2) });
        var binary = Enumerable.Range(0, 700).Select(i => (byte)(i * 37 % 256)).ToArray();
        var files = new[] { new DeployFile("main.py", Encoding.UTF8.GetBytes("print('hello from main')\nprint('sum', 1 + 2)\n")), new DeployFile("data.bin", binary) };
        var result = Deployer.Deploy(repl, files, new DeployOptions { Reporter = new ConsoleReporter(Console.Out, false), Reset = ResetAfterDeploy.Soft });
        var output = Encoding.ASCII.GetString(repl.Drain(TimeSpan.FromMilliseconds(500)).ToArray());
        Console.WriteLine(output);
        Console.WriteLine($"{result} wire {link.BytesWritten}");
        StringAssert.Contains(output, "hello from main");
    }
}
