namespace McuSharp.Simulator.Tests;

[TestClass]
public sealed class NodeRuntimeTests
{
    private const string Advice = "Install it (e.g. 'apt-get install nodejs') and make sure 'node' is on PATH.";

    [TestMethod]
    public void FindsNodeOnPath()
    {
        var node = NodeRuntime.Locate();

        Assert.IsTrue(File.Exists(node), node);
        Assert.IsTrue(NodeRuntime.TryGetVersion(node)!.Major >= NodeRuntime.MinimumMajorVersion);
    }

    [TestMethod]
    public void BareCommandNameIsLookedUpOnPath()
    {
        Assert.AreEqual(NodeRuntime.Locate(), NodeRuntime.Locate("node"));
    }

    [TestMethod]
    public async Task MissingNodeGivesOneClearLine()
    {
        using var modules = TempModules.WithMain("print(1)\n");
        var missing = Path.Combine(modules.Directory, "no-such-node");

        var e = await Assert.ThrowsExactlyAsync<SimulatorUnavailableException>(() =>
            new MicroPythonSimulator().RunToCompletionAsync(modules.Options() with { NodePath = missing }));
        Assert.AreEqual($"Node.js 18 or newer is required to run the simulator (found: none). {Advice}", e.Message);
        Assert.DoesNotContain("\n", e.Message);
    }

    [TestMethod]
    public void OldNodeIsRejectedWithItsVersion()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Inconclusive("uses a shell script as a fake node");
            return;
        }
        using var folder = new TempModules(("node", "#!/bin/sh\necho v16.20.2\n"));
        var fake = Path.Combine(folder.Directory, "node");
        File.SetUnixFileMode(fake, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);

        var e = Assert.ThrowsExactly<SimulatorUnavailableException>(() => NodeRuntime.Locate(fake));
        Assert.AreEqual($"Node.js 18 or newer is required to run the simulator (found: v16.20.2 at {fake}). {Advice}", e.Message);
    }

    [TestMethod]
    public void NodeThatDoesNotRunIsRejected()
    {
        using var folder = new TempModules(("node", "not a program"));
        var fake = Path.Combine(folder.Directory, "node");

        var e = Assert.ThrowsExactly<SimulatorUnavailableException>(() => NodeRuntime.Locate(fake));
        StringAssert.StartsWith(e.Message, $"Node.js 18 or newer is required to run the simulator (found: {fake}, which did not answer 'node --version')");
    }
}
