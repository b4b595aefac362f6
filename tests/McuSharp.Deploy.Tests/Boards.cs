using System.Text;
using McuSharp.Deploy.Emulator;
using McuSharp.Deploy.Links;

namespace McuSharp.Deploy.Tests;

/// <summary>An emulated board with the real termios link open to it.</summary>
internal sealed class Connected : IDisposable
{
    public BoardEmulator Board { get; }
    public CountingLink Link { get; }
    public RawRepl Repl { get; }
    public StringWriter Progress { get; } = new();

    public Connected(EmulatorOptions? options = null, double timeoutSeconds = 3)
    {
        Board = new BoardEmulator(options);
        Link = new CountingLink(DeviceLink.Open(Board.Port));
        Repl = new RawRepl(Link, new ReplOptions { ReadTimeout = TimeSpan.FromSeconds(timeoutSeconds) });
    }

    public DeployResult Deploy(IReadOnlyList<DeployFile> files, TransferMode? mode = null, ResetAfterDeploy reset = ResetAfterDeploy.None) =>
        Deployer.Deploy(Repl, files, new DeployOptions { Reset = reset, Mode = mode, Reporter = new ConsoleReporter(Progress, interactive: false) });

    public string FlashPath(string boardPath) => Path.Combine(Board.FlashFolder, boardPath.Replace('/', Path.DirectorySeparatorChar));

    public void Dispose()
    {
        Link.Dispose();
        Board.Dispose();
    }
}

/// <summary>Projects to deploy: two versions of the same three files, text and binary, one in a folder.</summary>
internal static class Projects
{
    public static DeployFile[] Version(int v, int scale = 1) =>
    [
        new("main.py", Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(0, 40 * scale).Select(i => $"print('version {v}, line {i}')  # é ü\n")))),
        new("lib/helpers.py", Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(0, 60 * scale).Select(i => $"def f{i}(x):\n    return x * {i + v}\n")))),
        new("data.bin", Enumerable.Range(0, 1500 * scale).Select(i => (byte)((i * (7 + 2 * v)) ^ (i >> 3))).Concat(Enumerable.Range(0, 256).Select(i => (byte)i)).ToArray()),
    ];

    public static byte[] Random(int length, int seed)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }
}

internal static class Flash
{
    /// <summary>The board holds exactly these bytes under these names.</summary>
    public static void Holds(Connected board, IEnumerable<DeployFile> files)
    {
        foreach (var file in files)
        {
            var path = board.FlashPath(file.BoardPath);
            Assert.IsTrue(File.Exists(path), $"{file.BoardPath} is missing on the board");
            CollectionAssert.AreEqual(file.Content, File.ReadAllBytes(path), $"{file.BoardPath} differs on the board");
        }
    }

    /// <summary>Each file is its complete old version or its complete new one: never missing, never truncated or mixed.</summary>
    public static void HoldsOldOrNew(Connected board, DeployFile[] old, DeployFile[] next)
    {
        foreach (var (before, after) in old.Zip(next))
        {
            var path = board.FlashPath(before.BoardPath);
            Assert.IsTrue(File.Exists(path), $"{before.BoardPath} is missing on the board");
            var now = File.ReadAllBytes(path);
            Assert.IsTrue(now.AsSpan().SequenceEqual(before.Content) || now.AsSpan().SequenceEqual(after.Content),
                $"{before.BoardPath} on the board is neither the old nor the new version ({now.Length} bytes; old {before.Content.Length}, new {after.Content.Length})");
        }
    }

    public static string[] Names(Connected board) =>
        Directory.GetFiles(board.Board.FlashFolder, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(board.Board.FlashFolder, f).Replace('\\', '/')).Order().ToArray();
}
