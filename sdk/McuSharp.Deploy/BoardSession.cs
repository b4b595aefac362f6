using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;

namespace McuSharp.Deploy;

/// <summary>How file bytes travel to the board, fastest first.</summary>
public enum TransferMode
{
    /// <summary>Raw bytes on the running program's stdin, framed and acknowledged (sys.stdin.buffer).</summary>
    Stream,
    /// <summary>One command per chunk, the chunk as base64 (binascii).</summary>
    Base64,
    /// <summary>One command per chunk, the chunk as a Python bytes literal: works on any firmware.</summary>
    Literal,
}

/// <summary>What the board's firmware has, as its probe reported it.</summary>
public sealed record BoardInfo(IReadOnlySet<string> Features, string Version, string Platform, long Heap, long? Free)
{
    public bool Sha256 => Features.Contains("sha256");
    public bool Rename => Features.Contains("os.rename");
    public bool Folders => Features.Contains("os.mkdir");
    public bool Deflate => Features.Contains("deflate");
    public TransferMode BestMode => Features.Contains("stdin") ? TransferMode.Stream : Features.Contains("base64") ? TransferMode.Base64 : TransferMode.Literal;

    /// <summary>Whether another probe found the same firmware (its free heap may differ).</summary>
    public bool SameFirmware(BoardInfo other) => Features.SetEquals(other.Features) && Version == other.Version && Platform == other.Platform;

    public static BoardInfo Parse(string probe)
    {
        var tokens = probe.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        string Value(string key) => tokens.FirstOrDefault(t => t.StartsWith(key + "=", StringComparison.Ordinal))?[(key.Length + 1)..] ?? "";
        return new BoardInfo(tokens.Where(t => !t.Contains('=')).ToHashSet(), Value("v"), Value("platform"),
            long.TryParse(Value("heap"), out var heap) ? heap : 0, long.TryParse(Value("free"), out var free) ? free : null);
    }
}

/// <summary>The board was reset under the session (its helpers are gone): only a new session can go on.</summary>
public sealed class SessionLostException(string message) : DeployException(DeployErrors.NoAnswer, message, transient: true);

/// <summary>A file as the board has it: its size, and its hash when its size matched what was asked.</summary>
public sealed record RemoteFile(long Size, string? Hash);

/// <summary>
/// One raw REPL session with McuSharp's helpers loaded (BoardHelpers.py): typed file operations on the board.
/// Commands that can be repeated safely are retried after lost bytes (a lossy UART); a board that was reset or
/// lost meanwhile is reported as a transient failure, for the caller to start a new session.
/// </summary>
public sealed class BoardSession
{
    private static readonly IReadOnlyDictionary<string, string> Helpers = LoadHelpers();
    private readonly HashSet<string> _loaded = new();

    public RawRepl Repl { get; }
    public BoardInfo Info { get; private set; } = BoardInfo.Parse("");

    private BoardSession(RawRepl repl) => Repl = repl;

    /// <summary>Enters the raw REPL (soft-resetting there: a clean heap, main.py stopped) and probes the firmware.</summary>
    public static BoardSession Start(RawRepl repl, bool softReset = true)
    {
        repl.Enter(softReset);
        var session = new BoardSession(repl);
        session.Info = session.Probe();
        return session;
    }

    /// <summary>Runs the probe (again): it also (re)defines the helpers' shared names. Retried: a lossy line may garble it.</summary>
    private BoardInfo Probe()
    {
        var text = "";
        for (var attempt = 1; attempt <= 4; attempt++)
        {
            try
            {
                text = Call(Helpers["probe"], "probing the firmware").Trim();
                var info = BoardInfo.Parse(text);
                // Without raw-paste's flow control a board drops what overflows its buffer, and a probe that lost
                // a run of bytes may still run, reporting a feature it never tested (sys.stdin on a micro:bit): there
                // it runs twice, and only two equal answers count.
                if (info.Version.Length > 0 && (Repl.RawPaste == true || info.SameFirmware(ProbeAgain())))
                    return info;
            }
            catch (DeployException e) when (e is not SessionLostException && attempt < 4)
            {
                // garbled on the way (it defines and prints only): ask again
            }
            Repl.Enter(softReset: false);
        }
        throw new DeployException(DeployErrors.NotMicroPython, $"{Repl.Link.Name} has a raw REPL but did not answer McuSharp's probe like MicroPython (it printed {Repl.Describe(Encoding.UTF8.GetBytes(text))}).");
    }

    private BoardInfo ProbeAgain()
    {
        Call(Helpers["unprobe"], "probing the firmware");
        return BoardInfo.Parse(Call(Helpers["probe"], "probing the firmware").Trim());
    }

    public TransferMode Mode { get; set; }

    private void Load(string section)
    {
        if (section == "commit" && !Info.Rename) section = "copy";
        if (_loaded.Contains(section)) return;
        // A collection first leaves the board's compiler room; a board short of heap gets one more collection.
        var code = "gc.collect()\n" + Helpers[section];
        try
        {
            Call(code, $"loading McuSharp's {section} helpers");
        }
        catch (DeployException e) when (e.Message.Contains("MemoryError") || e.Transient && e is not SessionLostException)
        {
            Repl.Enter(softReset: false);
            Call(code, $"loading McuSharp's {section} helpers");
        }
        _loaded.Add(section);
    }

    /// <summary>Runs code; a traceback on the board becomes a <see cref="DeployException"/>. Returns what it printed.</summary>
    public string Call(string code, string doing, TimeSpan? timeout = null) => Run(Repl, code, doing, timeout);

    private static string Run(RawRepl repl, string code, string doing, TimeSpan? timeout = null)
    {
        var result = repl.Exec(code, doing, timeout);
        if (result.Error.Length > 0) throw BoardFailure(result.ErrorText, doing);
        return result.Text;
    }

    /// <summary>
    /// Runs a command that may be repeated; after lost bytes or a garbled command, resynchronises and tries again.
    /// A board error may also be lost bytes that left valid Python: in the command (so it is tried again), or in a
    /// helper's definition (so the helpers are loaded again before the last try). The same error each time is real.
    /// </summary>
    private string CallWithRetry(string? section, string code, string doing, Func<string, bool>? accept = null)
    {
        var boardErrors = new List<string>();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                if (section is not null) Load(section);
                var text = Call(code, doing);
                if (accept is null || accept(text)) return text;
                if (attempt >= 4) throw new DeployException(DeployErrors.NoAnswer, $"The board gave an unexpected answer {attempt} times while {doing} (last: {Repl.Describe(Encoding.UTF8.GetBytes(text))}).", transient: true);
            }
            catch (DeployException e) when (e.Transient && e is not SessionLostException && attempt < 4)
            {
            }
            catch (DeployException e) when (!e.Transient && boardErrors.Count(m => m == e.Message) < 2 && attempt < 5)
            {
                boardErrors.Add(e.Message);
                if (boardErrors.Count(m => m == e.Message) == 2) ReloadHelpers();
            }
            Repl.Enter(softReset: false);
        }
    }

    /// <summary>Defines McuSharp's helpers again (after bytes lost on the line may have altered one).</summary>
    public void ReloadHelpers()
    {
        Repl.Enter(softReset: false);
        Probe();
        _loaded.Clear();
    }

    private static readonly Regex Errno = new(@"OSError: (?:\[Errno )?(\d+)", RegexOptions.Compiled);

    /// <summary>A name the probe or a helper section defined is gone: the board restarted under the session.</summary>
    private static readonly Regex HelperName = new(@"^NameError: name '(_m\w*|_hl|_ba|_df|_io|os|sys|gc)' is(n't| not) defined", RegexOptions.Compiled);

    /// <summary>A board-side traceback as one clear error: its last line, and what it means for the user.</summary>
    private static DeployException BoardFailure(string traceback, string doing)
    {
        var last = traceback.TrimEnd().Split('\n').LastOrDefault()?.Trim() ?? "";
        var errno = Errno.Match(traceback);
        if (errno.Success && errno.Groups[1].Value == "28" || traceback.Contains("ENOSPC"))
            return new DeployException(DeployErrors.NoSpace, $"The board's file system is full (while {doing}). The old files are still in place. Remove files from the board (mcu fs rm) or deploy less.");
        if (errno.Success && errno.Groups[1].Value == "2" || traceback.Contains("ENOENT") || last == "OSError: file not found")
            return new DeployException(DeployErrors.BoardError, $"There is no such file or folder on the board (while {doing}). 'mcu fs ls' lists the board's files.");
        if (last.StartsWith("MemoryError", StringComparison.Ordinal))
            return new DeployException(DeployErrors.BoardError, $"The board ran out of memory while {doing} ({last}). Reset it (mcu reset) and deploy again; if this repeats, the board's heap is too small for this step.");
        if (HelperName.IsMatch(last))
            return new SessionLostException($"The board lost McuSharp's helpers while {doing}: it was reset.");
        if (last.StartsWith("SyntaxError", StringComparison.Ordinal) || last.StartsWith("ValueError: chunk", StringComparison.Ordinal)
            || last.StartsWith("ValueError: frame", StringComparison.Ordinal) || last.StartsWith("KeyboardInterrupt", StringComparison.Ordinal))
            return new DeployException(DeployErrors.NoAnswer, $"A command reached the board damaged while {doing} ({last}): bytes were lost on the line.", transient: true);
        return new DeployException(DeployErrors.BoardError, $"The board raised an error while {doing}: {last}");
    }

    // ---- file operations ----

    /// <summary>Size and hash (when the size is as expected) of each file, null when absent.</summary>
    public IReadOnlyList<RemoteFile?> Stat(IReadOnlyList<(string Path, long Size)> files)
    {
        if (files.Count == 0) return Array.Empty<RemoteFile?>();
        var result = new List<RemoteFile?>();
        foreach (var batch in files.Chunk(Math.Max(1, (int)Math.Min(64, Info.Heap / 1024))))
        {
            var query = "_mcs([" + string.Join(",", batch.Select(f => $"({Py.Str(f.Path)},{f.Size})")) + "])";
            var lines = CallWithRetry("stat", query, "comparing the board's files with the build", text => Lines(text).Count == batch.Length);
            foreach (var line in Lines(lines))
            {
                var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                result.Add(parts[0] == "-" ? null : new RemoteFile(long.Parse(parts[0], CultureInfo.InvariantCulture), parts.Length > 1 ? parts[1] : null));
            }
        }
        return result;
    }

    public static List<string> Lines(string text) => text.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0).ToList();

    /// <summary>The hash the board computes for these bytes: sha256, or Adler-32 where it has no hashlib.</summary>
    public string HashOf(ReadOnlySpan<byte> data) => Info.Sha256 ? Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(data)) : Checksums.Adler32Hex(data);

    /// <summary>Writes a file (any existing one is replaced in place: callers write to a temporary name).</summary>
    public void Write(string path, byte[] data, Action<long>? progress = null)
    {
        if (Mode == TransferMode.Stream) WriteStream(path, data, progress);
        else WriteChunks(path, data, progress);
    }

    /// <summary>Lost bytes cost one command or one frame, not the file: this many times per file at most.</summary>
    private const int Resumes = 40;

    private void WriteChunks(string path, byte[] data, Action<long>? progress)
    {
        CallWithRetry("chunks", $"_mco({Guarded(path)})", $"creating {path}");
        // A command must fit the board's heap twice over (its text, then its compiled form). On a lossy line a long
        // command rarely arrives whole, so each failure halves the next one and each success grows it again.
        var largest = (int)Math.Clamp(Info.Heap / 16, 256, 16384);
        var budget = largest;
        for (int at = 0, failures = 0; at < data.Length;)
        {
            Load("chunks"); // again after a reload of the helpers
            var (expression, n) = Mode == TransferMode.Base64 ? Py.Base64Chunk(data, at, budget) : Py.BytesChunk(data, at, budget);
            var end = at + n;
            try
            {
                var answer = Call($"_mcw({expression},{n},{at})", $"writing {path}").Trim();
                if (answer != end.ToString(CultureInfo.InvariantCulture))
                    throw new DeployException(DeployErrors.NoAnswer, $"The board answered {Repl.Describe(Encoding.UTF8.GetBytes(answer))} to a chunk of {path}.", transient: true);
                at = end;
                budget = Math.Min(largest, budget * 5 / 4);
                progress?.Invoke(at);
            }
            catch (DeployException e) when (MayBeDamage(e) && ++failures < Resumes)
            {
                budget = Math.Max(128, budget / 2);
                Repl.Enter(softReset: false);
                at = int.Parse(CallWithRetry("chunks", "print(_mn)", $"resuming {path}").Trim(), CultureInfo.InvariantCulture); // where the board's copy ends
            }
        }
        CallWithRetry("chunks", "_mcc()", $"closing {path}");
    }

    private void WriteStream(string path, byte[] data, Action<long>? progress)
    {
        for (int at = 0, failures = 0; ;)
        {
            try
            {
                // Compressed only from the start: a resumed transfer appends plain bytes where the board's copy ends.
                StreamFrom(path, data, at, compress: at == 0 && failures == 0, progress);
                return;
            }
            catch (DeployException e) when (MayBeDamage(e) && ++failures < Resumes)
            {
                Repl.Enter(softReset: false);
                var size = Stat([(path, -1)])[0]?.Size ?? 0;
                at = size <= data.Length ? (int)size : 0;
            }
        }
    }

    /// <summary>A failure that lost bytes may explain: anything but a full file system or a board that was reset.</summary>
    private static bool MayBeDamage(DeployException e) => e is not SessionLostException && e.Id != DeployErrors.NoSpace;

    private void StreamFrom(string path, byte[] data, int at, bool compress, Action<long>? progress)
    {
        Load("stream");
        var rest = data.AsSpan(at).ToArray();
        var (payload, wbits) = compress ? Compress(rest) : (rest, 0);
        var doing = $"writing {path}";
        Repl.Send(Encoding.UTF8.GetBytes($"_mcr({Guarded(path)},{wbits},{at})"), doing);
        // At most two frames in flight: raw-paste's window is half the board's receive buffer.
        var frameLimit = Math.Max(16, (Repl.RawPaste == true ? Repl.Window : 64) - Frames.HeaderLength);
        var inFlight = 1; // the helper's first \x06 says it runs: nothing is sent into a command that failed to start
        long acknowledged = 0;
        var sizes = new Queue<int>([0]);
        AwaitAck();
        foreach (var (frame, payloadBytes) in Frames.Build(payload, frameLimit))
        {
            if (inFlight == 2) AwaitAck();
            Repl.Link.Write(frame);
            sizes.Enqueue(payloadBytes);
            inFlight++;
        }
        Repl.Link.Write(Frames.End);
        while (inFlight > 0) AwaitAck();
        var result = Repl.Finish(doing);
        if (result.Error.Length > 0) throw BoardFailure(result.ErrorText, doing);
        var written = result.Text.Replace("\x06", "").Trim();
        if (written != data.Length.ToString(CultureInfo.InvariantCulture))
            throw new DeployException(DeployErrors.NoAnswer, $"The board has {written} bytes of {path} instead of {data.Length}: bytes were lost on the line.", transient: true);
        return;

        void AwaitAck()
        {
            var b = Repl.ReadByte(doing);
            if (b == 0x06)
            {
                inFlight--;
                acknowledged += sizes.Dequeue();
                progress?.Invoke(at + (wbits == 0 ? acknowledged : acknowledged * rest.Length / Math.Max(1, payload.Length)));
                return;
            }
            if (b == 0x04) // the program ended early: its error follows
            {
                var error = Repl.ReadUntil([0x04], doing);
                Repl.ReadUntil(">"u8.ToArray(), doing);
                throw BoardFailure(Encoding.UTF8.GetString(error, 0, error.Length - 1), doing);
            }
            throw new DeployException(DeployErrors.NoAnswer, $"The board answered {Repl.Describe([b])} instead of acknowledging a frame while {doing}.", transient: true);
        }
    }

    /// <summary>Raw deflate when the board has the module, it saves at least a tenth, and its window fits the heap.</summary>
    private (byte[] Payload, int WindowBits) Compress(byte[] data)
    {
        if (!Info.Deflate || data.Length < 512) return (data, 0);
        var wbits = Math.Clamp((int)Math.Ceiling(Math.Log2(data.Length)), 9, 15); // no match reaches further back than the file is long
        var compressed = Checksums.Deflate(data);
        var fits = (1L << wbits) + compressed.Length * 2L < Info.Heap / 2;
        return fits && compressed.Length * 10L < data.Length * 9L ? (compressed, wbits) : (data, 0);
    }

    /// <summary>The verified temporary file takes the place of <paramref name="path"/>.</summary>
    public void Commit(string temporary, string path)
    {
        CallWithRetry("commit", $"_mck({Guarded(temporary, path)})", $"putting {path} in place");
    }

    public IReadOnlyList<string> List(string folder)
    {
        return Lines(CallWithRetry("files", $"_mcl({Py.Str(folder)})", $"listing {(folder.Length == 0 ? "the board's files" : folder)}"));
    }

    public byte[] Read(string path)
    {
        var bytes = new List<byte>();
        foreach (var line in Lines(CallWithRetry("files", $"_mcg({Py.Str(path)})", $"reading {path}"))) bytes.AddRange(Py.ParseBytes(line));
        return bytes.ToArray();
    }

    public void MakeFolder(string path)
    {
        CallWithRetry("files", $"_mcm({Guarded(path)})", $"creating the folder {path}");
    }

    /// <summary>Removes a file or an empty folder; absent is an error.</summary>
    public void Remove(string path, bool folder) => RemoveFile(path, folder, strict: true);

    /// <summary>Removes a file or an (empty) folder if it is there; absent is fine.</summary>
    public void RemoveIfPresent(string path, bool folder = false) => RemoveFile(path, folder, strict: false);

    private void RemoveFile(string path, bool folder, bool strict)
    {
        CallWithRetry("files", $"_mcx({Guarded(path)},{(folder ? 1 : 0)},{(strict ? 1 : 0)})", $"removing {path}");
    }

    /// <summary>The arguments of a command that names files, led by the check the board makes on the names (_mcv).</summary>
    private static string Guarded(params string[] paths) =>
        (paths.Sum(p => Encoding.UTF8.GetBytes(p).Sum(b => b)) & 0xffff).ToString(CultureInfo.InvariantCulture) + "," + string.Join(",", paths.Select(Py.Str));

    private static IReadOnlyDictionary<string, string> LoadHelpers()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("McuSharp.Deploy.BoardHelpers.py")!;
        var text = new StreamReader(stream).ReadToEnd();
        var sections = new Dictionary<string, string>();
        foreach (var part in text.Split("\n#: ").Skip(1))
        {
            var newline = part.IndexOf('\n');
            sections[part[..newline].Trim()] = Shrink(part[(newline + 1)..]);
        }
        return sections;
    }

    /// <summary>Drops comment lines and blank lines and indents by one space per level: less heap for the board's compiler.</summary>
    private static string Shrink(string source) =>
        string.Join("\n", source.Split('\n').Where(l => l.Trim().Length > 0 && !l.TrimStart().StartsWith('#'))
            .Select(l => new string(' ', (l.Length - l.TrimStart().Length) / 4) + l.TrimStart())) + "\n";
}
