using System.Text;
using McuSharp.Deploy.Links;

namespace McuSharp.Deploy;

/// <summary>Which modem line, pulsed, resets the board (ESP8266/ESP32 dev boards wire RTS to EN).</summary>
public enum ResetLine { None, Rts, Dtr }

public sealed class ReplOptions
{
    /// <summary>How long the board may stay silent while McuSharp waits for an answer.</summary>
    public TimeSpan ReadTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Rounds of Ctrl-C + Ctrl-A before giving up (or resetting through <see cref="HardResetLine"/>).</summary>
    public int InterruptAttempts { get; init; } = 3;

    public ResetLine HardResetLine { get; init; } = ResetLine.None;

    /// <summary>Hides secrets in the "the board last sent ..." part of error messages.</summary>
    public Redactor Redactor { get; init; } = new();
}

/// <summary>What a command printed: stdout, then what went to stderr (a traceback when it raised).</summary>
public sealed record ExecResult(byte[] Output, byte[] Error)
{
    public string Text => Encoding.UTF8.GetString(Output);
    public string ErrorText => Encoding.UTF8.GetString(Error);
}

/// <summary>
/// MicroPython's raw REPL, as firmware speaks it (see DESIGN.md "Serial protocol facts"):
/// interrupt a program with Ctrl-C, enter the raw REPL with Ctrl-A, run code (through raw-paste mode with its
/// flow-control windows when the firmware has it, else as plain raw REPL input), read its output and its errors,
/// soft-reset, leave. Every read has a timeout, and a timeout says what the board did last.
/// </summary>
public sealed class RawRepl
{
    public static readonly byte[] RawBanner = "raw REPL; CTRL-B to exit\r\n"u8.ToArray();
    private static readonly byte[] RawPrompt = [.. RawBanner, (byte)'>'];
    private const byte CtrlA = 1, CtrlB = 2, CtrlC = 3, CtrlD = 4, CtrlE = 5;

    private readonly IDeviceLink _link;
    private readonly ReplOptions _options;
    private readonly byte[] _inbox = new byte[16384];
    private int _inStart, _inEnd;
    private readonly Queue<byte> _lastSeen = new(); // the last bytes received, for error messages

    public RawRepl(IDeviceLink link, ReplOptions? options = null)
    {
        _link = link;
        _options = options ?? new ReplOptions();
    }

    public IDeviceLink Link => _link;
    public ReplOptions Options => _options;

    /// <summary>Null until the first command: whether the firmware has raw-paste mode.</summary>
    public bool? RawPaste { get; private set; }

    /// <summary>Raw-paste's flow-control window: how many bytes the board can buffer, twice over.</summary>
    public int Window { get; private set; } = 32;

    /// <summary>Interrupts whatever runs and enters the raw REPL; optionally soft-resets there (a clean heap, no main.py).</summary>
    public void Enter(bool softReset)
    {
        if (softReset) RawPaste = null; // a new session asks again: a board that reset meanwhile may have fooled the last answer
        var seen = new List<byte>();
        var hardResetDone = false;
        for (var attempt = 0; ; attempt++)
        {
            // Ctrl-C twice (a program may catch the first KeyboardInterrupt), then let its traceback drain.
            _link.Write("\r\x03\x03"u8);
            seen.AddRange(Drain(TimeSpan.FromMilliseconds(150)));
            _link.Write("\r\x01"u8);
            if (TryReadUntil(RawPrompt, TimeSpan.FromSeconds(1.5), seen))
            {
                Drain(TimeSpan.FromMilliseconds(50)); // a banner answering an earlier attempt's Ctrl-A may still be on its way
                break;
            }
            if (attempt + 1 < _options.InterruptAttempts) continue;
            if (!hardResetDone && _options.HardResetLine != ResetLine.None && HardReset())
            {
                hardResetDone = true;
                attempt = -1;
                continue;
            }
            throw EntryFailure(seen);
        }
        if (softReset)
        {
            _link.Write([CtrlD]);
            ReadUntil("soft reboot\r\n"u8.ToArray(), "soft-resetting in the raw REPL");
            // boot.py runs after a soft reset, also in the raw REPL: one that never ends is interrupted too.
            for (var wait = 1; !TryReadUntil(RawPrompt, TimeSpan.FromSeconds(2), seen); wait++)
            {
                if (wait == 5) throw Silent("soft-resetting in the raw REPL (boot.py did not stop)", TimeSpan.FromSeconds(10));
                _link.Write([CtrlC]);
            }
        }
    }

    /// <summary>Why the board did not enter the raw REPL, judged from everything it sent meanwhile.</summary>
    private DeployException EntryFailure(List<byte> seen)
    {
        var port = _link.Name;
        if (seen.Count == 0)
            return new(DeployErrors.NoAnswer, $"{port} did not answer: no bytes at all after Ctrl-C and Ctrl-A. Is this the board's port, is the board powered, and is MicroPython running on it?");
        var unreadable = seen.Count(b => b >= 0x80 || (b < 0x20 && b is not (byte)'\r' and not (byte)'\n' and not (byte)'\t' and not CtrlD));
        if (unreadable * 4 >= seen.Count)
            return new(DeployErrors.Garbage, $"{port} answered with unreadable bytes ({Describe(seen.TakeLast(24))}): the baud rate is probably wrong. MicroPython boards use 115200 (--baud 115200).");
        var text = Encoding.ASCII.GetString(seen.ToArray());
        if (text.Contains(">>> ") || text.Contains("MicroPython"))
            return new(DeployErrors.NoAnswer, $"{port} shows the MicroPython prompt but did not enter the raw REPL (it last sent: {Describe(seen.TakeLast(60))}). Reset the board and try again.");
        return new(DeployErrors.NotMicroPython, $"{port} answered, but not as MicroPython's REPL does (it sent: {Describe(seen.TakeLast(60))}). Is MicroPython flashed on this board, and is this the right port? If it is, its program does not stop for Ctrl-C: reset the board (ESP dev boards: --reset-line rts) or disable that program.");
    }

    /// <summary>Pulses the configured modem line. False when there is none or the link has no modem lines.</summary>
    public bool HardReset()
    {
        var rts = _options.HardResetLine == ResetLine.Rts;
        if (_options.HardResetLine == ResetLine.None || !_link.SetModemLines(dtr: rts ? false : true, rts: rts ? true : null)) return false;
        Thread.Sleep(100);
        _link.SetModemLines(dtr: rts ? null : false, rts: rts ? false : null);
        Thread.Sleep(300);
        _link.DiscardInput();
        return true;
    }

    /// <summary>Runs code and waits for it to finish; <paramref name="onOutput"/> gets its output as it arrives.</summary>
    public ExecResult Exec(string code, string doing, TimeSpan? timeout = null, Action<byte[]>? onOutput = null)
    {
        Send(Encoding.UTF8.GetBytes(code), doing);
        return Finish(doing, timeout, onOutput);
    }

    /// <summary>Sends code and has the board start it; its output (and stdin) is then the caller's until <see cref="Finish"/>.</summary>
    public void Send(ReadOnlySpan<byte> code, string doing)
    {
        if (RawPaste != false && TryRawPaste(code, doing)) return;
        // Plain raw REPL has no flow control: a board drops what overflows its UART buffer (64 bytes on a micro:bit)
        // while its reader is busy, and a garbage collection, when the growing line needs room, is what keeps it busy.
        // A long command therefore gets a collected heap first (asked in a command that fits the buffer), and goes
        // out in buffer-sized pieces no faster than a 115200-baud line would carry them.
        if (code.Length > PlainChunk) Collect(doing);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        for (var i = 0; i < code.Length; i += PlainChunk)
        {
            var due = i * 1000.0 / PlainLineRate - clock.Elapsed.TotalMilliseconds;
            if (due >= 1) Thread.Sleep(TimeSpan.FromMilliseconds(due));
            _link.Write(code.Slice(i, Math.Min(PlainChunk, code.Length - i)));
        }
        _link.Write([CtrlD]);
        ExpectOk(doing);
    }

    private const int PlainChunk = 32;
    private const double PlainLineRate = 11520; // bytes per second: 115200 baud, 10 bits a byte
    private static readonly byte[] CollectCommand = "import gc\ngc.collect()\x04"u8.ToArray();

    private void Collect(string doing)
    {
        _link.Write(CollectCommand);
        ExpectOk(doing);
        Finish(doing);
    }

    private void ExpectOk(string doing)
    {
        var ok = ReadExactly(2, doing);
        if (ok[0] != 'O' || ok[1] != 'K')
            throw new DeployException(DeployErrors.NoAnswer, $"The board did not accept a command while {doing} (it answered {Describe(ok)} instead of OK).", transient: true);
    }

    private bool TryRawPaste(ReadOnlySpan<byte> code, string doing)
    {
        _link.Write([CtrlE, (byte)'A', CtrlA]);
        var answer = ReadExactly(2, doing);
        if (answer[0] == 'R' && answer[1] == 0)
        {
            ReadUntil(">"u8.ToArray(), doing);
            RawPaste = false;
            return false;
        }
        if (answer[0] != 'R' || answer[1] != 1)
        {
            // Firmware without raw-paste mode takes \x05A as input and Ctrl-A as "restart the raw REPL".
            ReadUntil(RawPrompt[2..], doing);
            RawPaste = false;
            return false;
        }
        RawPaste = true;
        var size = ReadExactly(2, doing);
        Window = size[0] | size[1] << 8;
        var allowed = Window;
        for (var sent = 0; sent < code.Length;)
        {
            while (allowed == 0 || Available())
            {
                var b = ReadByte(doing + " (waiting for the board's flow-control window)");
                if (b == CtrlA) allowed += Window;
                else if (b == CtrlD) { _link.Write([CtrlD]); return true; } // the board ended early (a syntax error); its report follows
                else throw new DeployException(DeployErrors.NoAnswer, $"The board sent {Describe([b])} in raw-paste mode while {doing}.", transient: true);
            }
            var n = Math.Min(allowed, code.Length - sent);
            _link.Write(code.Slice(sent, n));
            sent += n;
            allowed -= n;
        }
        _link.Write([CtrlD]);
        ReadUntil([CtrlD], doing + " (waiting for the board to take the end of the code)");
        return true;
    }

    /// <summary>Reads a started command's output (streamed to <paramref name="onOutput"/>), its error output and the prompt after it.</summary>
    public ExecResult Finish(string doing, TimeSpan? timeout = null, Action<byte[]>? onOutput = null)
    {
        var output = ReadUntil([CtrlD], doing, timeout, onOutput);
        var error = ReadUntil([CtrlD], doing, timeout);
        ReadUntil(">"u8.ToArray(), doing, timeout);
        return new ExecResult(output[..^1], error[..^1]);
    }

    /// <summary>Leaves the raw REPL; with <paramref name="runMain"/> soft-resets the board so that main.py runs.</summary>
    public void Leave(bool runMain)
    {
        _link.Write("\r\x02"u8);
        if (!runMain) return;
        ReadUntil(">>> "u8.ToArray(), "leaving the raw REPL");
        _link.Write([CtrlD]);
        ReadUntil("soft reboot\r\n"u8.ToArray(), "soft-resetting the board");
    }

    /// <summary>Hard reset: the modem line when one is configured, else machine.reset() (microbit.reset() on a micro:bit).</summary>
    public void Reset()
    {
        if (HardReset()) return;
        Send("try:\n import machine as m\nexcept ImportError:\n import microbit as m\nm.reset()\n"u8, "resetting the board");
        Drain(TimeSpan.FromMilliseconds(300));
    }

    // ---- reading ----

    private bool Available()
    {
        if (_inStart < _inEnd) return true;
        Fill(TimeSpan.Zero);
        return _inStart < _inEnd;
    }

    private bool Fill(TimeSpan timeout)
    {
        if (_inStart < _inEnd) return true;
        _inStart = 0;
        _inEnd = _link.Read(_inbox, timeout);
        for (var i = 0; i < _inEnd; i++)
        {
            _lastSeen.Enqueue(_inbox[i]);
            if (_lastSeen.Count > 80) _lastSeen.Dequeue();
        }
        return _inEnd > 0;
    }

    /// <summary>The next byte from the board.</summary>
    public byte ReadByte(string doing, TimeSpan? timeout = null)
    {
        if (!Fill(timeout ?? _options.ReadTimeout)) throw Silent(doing, timeout ?? _options.ReadTimeout);
        return _inbox[_inStart++];
    }

    /// <summary>Bytes received (those already buffered first), waiting at most <paramref name="timeout"/>; empty on timeout.</summary>
    public ReadOnlySpan<byte> ReadSome(TimeSpan timeout)
    {
        if (!Fill(timeout)) return ReadOnlySpan<byte>.Empty;
        var span = _inbox.AsSpan(_inStart, _inEnd - _inStart);
        _inStart = _inEnd;
        return span;
    }

    /// <summary>Whatever arrives within <paramref name="quiet"/> (and keeps arriving, up to a second).</summary>
    public List<byte> Drain(TimeSpan quiet)
    {
        var got = new List<byte>();
        var until = Environment.TickCount64 + 1000;
        while (Environment.TickCount64 < until && ReadSome(quiet) is { Length: > 0 } bytes) got.AddRange(bytes);
        return got;
    }

    private byte[] ReadExactly(int count, string doing)
    {
        var bytes = new byte[count];
        for (var i = 0; i < count; i++) bytes[i] = ReadByte(doing);
        return bytes;
    }

    /// <summary>Reads up to and including <paramref name="ending"/>; each wait for more is at most the read timeout.</summary>
    public byte[] ReadUntil(byte[] ending, string doing, TimeSpan? timeout = null, Action<byte[]>? onData = null)
    {
        var got = new List<byte>();
        // A command may print for as long as it likes: only silence ends the wait.
        if (!TryReadUntil(ending, timeout ?? _options.ReadTimeout, got, chatterCounts: false, onData)) throw Silent(doing, timeout ?? _options.ReadTimeout);
        return got.ToArray();
    }

    /// <summary>Reads until <paramref name="ending"/>: false after <paramref name="timeout"/> of silence, or of chatter that never ends so.</summary>
    private bool TryReadUntil(byte[] ending, TimeSpan timeout, List<byte> got, bool chatterCounts = true, Action<byte[]>? onData = null)
    {
        var deadline = Environment.TickCount64 + (long)timeout.TotalMilliseconds;
        while (true)
        {
            if (chatterCounts && Environment.TickCount64 > deadline) return false;
            if (!Fill(timeout)) return false;
            var from = got.Count;
            var found = false;
            while (_inStart < _inEnd && !found)
            {
                got.Add(_inbox[_inStart++]);
                found = got.Count >= ending.Length && got[^1] == ending[^1] && System.Runtime.InteropServices.CollectionsMarshal.AsSpan(got)[^ending.Length..].SequenceEqual(ending);
            }
            var fresh = got.Count - from - (found ? ending.Length : 0);
            if (onData is not null && fresh > 0) onData(got.GetRange(from, fresh).ToArray());
            if (found) return true;
        }
    }

    private DeployException Silent(string doing, TimeSpan waited) =>
        new(DeployErrors.NoAnswer, $"The board stopped answering while {doing}: nothing for {waited.TotalSeconds:0.#} s; {(_lastSeen.Count == 0 ? "it had sent nothing" : "it last sent " + Describe(_lastSeen))}.", transient: true);

    /// <summary>Bytes as a short quoted text: printable ASCII as is, the rest as \xNN; secrets hidden.</summary>
    public string Describe(IEnumerable<byte> bytes)
    {
        var text = new StringBuilder();
        foreach (var b in bytes)
            text.Append(b switch { (byte)'\r' => "\\r", (byte)'\n' => "\\n", (byte)'"' => "\\\"", >= 0x20 and < 0x7f => ((char)b).ToString(), _ => $"\\x{b:x2}" });
        return "\"" + _options.Redactor.Apply(text.ToString()) + "\"";
    }
}
