namespace McuSharp.Deploy;

/// <summary>Where a deploy tells what it does. File names and sizes only: never file contents (config.py holds secrets).</summary>
public interface IDeployReporter
{
    void Started(BoardInfo board, TransferMode mode, int changed, int unchanged, int removed);
    void FileProgress(string path, long done, long total, double seconds);
    void FileDone(string path, long bytes, double seconds);
    void Removed(string path);
    void Note(string message);
}

public sealed class SilentReporter : IDeployReporter
{
    public void Started(BoardInfo board, TransferMode mode, int changed, int unchanged, int removed) { }
    public void FileProgress(string path, long done, long total, double seconds) { }
    public void FileDone(string path, long bytes, double seconds) { }
    public void Removed(string path) { }
    public void Note(string message) { }
}

/// <summary>Progress on a terminal: one line per file, rewritten as bytes go (bytes, rate). Redirected: one plain line per file.</summary>
public sealed class ConsoleReporter(TextWriter output, bool interactive) : IDeployReporter
{
    private long _lastDraw;

    public void Started(BoardInfo board, TransferMode mode, int changed, int unchanged, int removed) =>
        output.WriteLine($"Board: MicroPython {board.Version} ({board.Platform}), {Describe(mode, board)}; {changed} to write, {unchanged} unchanged, {removed} to remove.");

    public void FileProgress(string path, long done, long total, double seconds)
    {
        if (!interactive || Environment.TickCount64 - _lastDraw < 100) return;
        _lastDraw = Environment.TickCount64;
        output.Write($"\r  {path,-24} {Kb(done),8}/{Kb(total)} KB {Rate(done, seconds),8} KB/s\x1b[K");
        output.Flush();
    }

    public void FileDone(string path, long bytes, double seconds)
    {
        output.WriteLine($"{(interactive ? "\r" : "")}  {path,-24} {Kb(bytes),8} KB in {seconds:0.0} s ({Rate(bytes, seconds)} KB/s){(interactive ? "\x1b[K" : "")}");
    }

    public void Removed(string path) => output.WriteLine($"  removed {path}");
    public void Note(string message) => output.WriteLine("  " + message);

    private static string Describe(TransferMode mode, BoardInfo board) => mode switch
    {
        TransferMode.Stream => board.Deflate ? "raw stream, deflate" : "raw stream",
        TransferMode.Base64 => "base64 chunks",
        _ => "plain chunks",
    };

    private static string Kb(long bytes) => (bytes / 1024.0).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture);
    private static string Rate(long bytes, double seconds) => seconds <= 0 ? "-" : (bytes / 1024.0 / seconds).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture);
}
