using System.Net;
using System.Net.Sockets;
using McuSharp.Deploy.Emulator;
using McuSharp.Deploy.Links;

namespace McuSharp.Deploy.Tests;

[TestClass]
public sealed class LinkTests
{
    /// <summary>A board that never answers, on a link with modem lines: records what was done to them.</summary>
    private sealed class DeadLineLink : IDeviceLink
    {
        public List<string> Lines { get; } = new();
        public string Name => "/dev/ttyFAKE0";
        public void Write(ReadOnlySpan<byte> data) { }
        public int Read(Span<byte> buffer, TimeSpan timeout) { Thread.Sleep(timeout < TimeSpan.FromMilliseconds(20) ? timeout : TimeSpan.FromMilliseconds(20)); return 0; }
        public void DiscardInput() { }
        public void Dispose() { }

        public bool SetModemLines(bool? dtr, bool? rts)
        {
            Lines.Add($"dtr={dtr?.ToString() ?? "-"} rts={rts?.ToString() ?? "-"}");
            return true;
        }
    }

    [TestMethod]
    public void WhenCtrlCIsNotEnoughTheConfiguredLinePulsesTheResetPin()
    {
        var link = new DeadLineLink();
        var repl = new RawRepl(link, new ReplOptions { HardResetLine = ResetLine.Rts, InterruptAttempts = 1 });
        var error = Assert.ThrowsExactly<DeployException>(() => repl.Enter(softReset: false));
        Assert.AreEqual(DeployErrors.NoAnswer, error.Id);
        // ESP dev boards: RTS drives EN (reset) and DTR drives GPIO0, which must stay high for a normal boot.
        CollectionAssert.AreEqual(new[] { "dtr=False rts=True", "dtr=- rts=False" }, link.Lines);
    }

    [TestMethod]
    public void NoResetLineMeansNoPulse()
    {
        var link = new DeadLineLink();
        Assert.ThrowsExactly<DeployException>(() => new RawRepl(link, new ReplOptions { InterruptAttempts = 1 }).Enter(softReset: false));
        Assert.AreEqual(0, link.Lines.Count);
    }

    [TestMethod]
    public void DeploysThroughASerialOverTcpBridge()
    {
        using var board = new BoardEmulator();
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var bridge = Task.Run(() =>
        {
            // The bridge: one TCP client to the board's serial port, bytes both ways (like ser2net).
            using var client = listener.AcceptTcpClient();
            using var serial = DeviceLink.Open(board.Port);
            var stream = client.GetStream();
            var toBoard = Task.Run(() =>
            {
                var buffer = new byte[1024];
                for (int n; (n = stream.Read(buffer)) > 0;) serial.Write(buffer.AsSpan(0, n));
            });
            var buffer = new byte[1024];
            while (!toBoard.IsCompleted)
            {
                var n = serial.Read(buffer, TimeSpan.FromMilliseconds(50));
                if (n > 0) stream.Write(buffer, 0, n);
            }
        });
        var files = Projects.Version(1);
        using (var link = DeviceLink.Open($"socket://127.0.0.1:{port}"))
        {
            var result = Deployer.Deploy(new RawRepl(link), files, new DeployOptions { Reset = ResetAfterDeploy.None });
            Assert.AreEqual(3, result.Written);
        }
        bridge.Wait(TimeSpan.FromSeconds(5));
        foreach (var file in files) CollectionAssert.AreEqual(file.Content, File.ReadAllBytes(Path.Combine(board.FlashFolder, file.BoardPath)));
    }

    [TestMethod]
    public void ASocketAddressWithoutAnAnswer()
    {
        var error = Assert.ThrowsExactly<DeployException>(() => DeviceLink.Open("socket://127.0.0.1:1"));
        Assert.AreEqual(DeployErrors.NoSuchPort, error.Id);
        StringAssert.Contains(error.Message, "serial bridge");
        Assert.AreEqual(DeployErrors.BadOption, Assert.ThrowsExactly<DeployException>(() => DeviceLink.Open("socket://nowhere")).Id);
    }
}
