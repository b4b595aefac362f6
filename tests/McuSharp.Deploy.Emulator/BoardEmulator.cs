using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;
using McuSharp.Deploy.Links;
using McuSharp.Simulator;

namespace McuSharp.Deploy.Emulator;

/// <summary>What sits at the far end of the emulated serial line.</summary>
public enum FarEnd
{
    /// <summary>MicroPython on the WebAssembly VM (board.mjs).</summary>
    MicroPython,
    /// <summary>Something else that talks: it echoes what it gets and answers each line with ERROR, like a modem.</summary>
    NotMicroPython,
    /// <summary>A MicroPython board at another baud rate: every byte each way turns into noise.</summary>
    WrongBaud,
}

/// <summary>A fault that strikes once the host has sent a given number of bytes.</summary>
public enum Fault
{
    /// <summary>The reset pin: the board restarts (and runs main.py), losing what it had not written to flash.</summary>
    Reset,
    /// <summary>The board stops answering for good: nothing reaches it, nothing comes back.</summary>
    Silence,
}

public sealed class EmulatorOptions
{
    /// <summary>Bits per second of the emulated UART (8N1: 10 bits a byte); 0 is as fast as the host goes.</summary>
    public int Baud { get; init; }

    public FarEnd FarEnd { get; init; } = FarEnd.MicroPython;

    /// <summary>yes (R\x01 with windows), no (older firmware restarts the raw REPL), unsupported (R\x00).</summary>
    public string RawPaste { get; init; } = "yes";

    /// <summary>What the firmware lacks: hashlib, binascii, deflate, rename (os.rename), stdin (sys.stdin).</summary>
    public IReadOnlyList<string> Without { get; init; } = [];

    /// <summary>Bytes of file data the flash holds; 0 is unlimited.</summary>
    public long Capacity { get; init; }

    public int Window { get; init; } = 128;

    /// <summary>The board's persistent file system; a fresh temporary folder when null.</summary>
    public string? FlashFolder { get; init; }
}

/// <summary>
/// A MicroPython board on a pseudo-terminal: <see cref="Port"/> is a /dev/pts path that the real termios link
/// opens like a USB serial port. The line between them runs at the emulated baud rate and can lose bytes,
/// go silent, or reset the board after a number of bytes, on request.
/// </summary>
public sealed unsafe class BoardEmulator : IDisposable
{
    private readonly int _master, _slaveHold;
    private readonly Process? _board;
    private readonly Thread _toBoard, _toHost;
    private readonly EmulatorOptions _options;
    private readonly Random _random = new(1234);
    private readonly object _faultLock = new();
    private volatile bool _stopped;
    private long _faultAt = -1;
    private Fault _fault;
    private readonly StringBuilder _boardLog = new();

    public string Port { get; }
    public string FlashFolder { get; }

    /// <summary>Bytes the host sent, and the board sent, so far.</summary>
    public long HostBytes { get; private set; }
    public long BoardBytes { get; private set; }

    /// <summary>Probability that a byte from the host never reaches the board (a UART overrun).</summary>
    public double DropRate { get; set; }

    /// <summary>The board stops answering: nothing reaches it, nothing comes back.</summary>
    public bool Silent { get; set; }

    /// <summary>Bytes the line loses once, where the host first sends them: a burst of noise that a command without
    /// raw-paste's checks may survive, changed.</summary>
    public byte[]? LoseOnce { get; set; }

    /// <summary>Makes <paramref name="fault"/> strike once the host has sent <paramref name="bytes"/> more bytes.</summary>
    public void After(long bytes, Fault fault)
    {
        lock (_faultLock)
        {
            _faultAt = HostBytes + bytes;
            _fault = fault;
        }
    }

    /// <summary>True once a fault armed by <see cref="After"/> struck.</summary>
    public bool FaultStruck { get; private set; }

    public BoardEmulator(EmulatorOptions? options = null)
    {
        _options = options ?? new EmulatorOptions();
        FlashFolder = _options.FlashFolder ?? Directory.CreateTempSubdirectory("mcu-flash-").FullName;
        Directory.CreateDirectory(FlashFolder);

        _master = Libc.posix_openpt(Libc.O_RDWR | Libc.O_NOCTTY);
        if (_master < 0 || Libc.grantpt(_master) != 0 || Libc.unlockpt(_master) != 0)
            throw new InvalidOperationException($"posix_openpt failed (errno {Libc.Errno})");
        Port = Libc.PtsName(_master) ?? throw new InvalidOperationException("ptsname failed");
        // Hold the terminal side open in raw mode: no echo of the board's output back into it while no client is
        // connected, and no hang-up on the board's side when a client closes.
        _slaveHold = Libc.open(Port, Libc.O_RDWR | Libc.O_NOCTTY | Libc.O_NONBLOCK);
        var termios = stackalloc byte[Libc.TermiosSize];
        Libc.tcgetattr(_slaveHold, termios);
        Libc.MakeRaw(termios, Libc.Speed(115200)!.Value);
        Libc.tcsetattr(_slaveHold, Libc.TCSANOW, termios);

        if (_options.FarEnd == FarEnd.MicroPython) _board = StartBoard();
        _toBoard = new Thread(HostToBoard) { IsBackground = true, Name = "emulator host→board" };
        _toHost = new Thread(BoardToHost) { IsBackground = true, Name = "emulator board→host" };
        _toBoard.Start();
        _toHost.Start();
        if (_board is not null) WaitUntilReady();
    }

    /// <summary>Loading the VM takes a moment (longer on a busy machine): the board is there once its REPL runs.</summary>
    private void WaitUntilReady()
    {
        var deadline = Environment.TickCount64 + 60_000;
        while (!Log.Contains("board: ready"))
        {
            if (_board!.HasExited || Environment.TickCount64 > deadline)
                throw new InvalidOperationException($"The board emulator did not start: {Log}");
            Thread.Sleep(20);
        }
    }

    private Process StartBoard()
    {
        var vm = Path.Combine(AppContext.BaseDirectory, "simulator", "node_modules", "@micropython", "micropython-webassembly-pyscript", "micropython.mjs");
        var script = Path.Combine(AppContext.BaseDirectory, "emulator", "board.mjs");
        var start = new ProcessStartInfo(NodeRuntime.Locate())
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { script, "--vm", vm, "--flash", FlashFolder, "--raw-paste", _options.RawPaste, "--window", _options.Window.ToString(), "--capacity", _options.Capacity.ToString() })
            start.ArgumentList.Add(arg);
        if (_options.Without.Count > 0)
        {
            start.ArgumentList.Add("--without");
            start.ArgumentList.Add(string.Join(",", _options.Without));
        }
        var process = Process.Start(start)!;
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (_boardLog) _boardLog.AppendLine(e.Data); };
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>When set, every byte each way is recorded here ("host:" and "board:" lines), for debugging a test.</summary>
    public StringBuilder? Trace { get; set; }

    private void Record(string who, ReadOnlySpan<byte> bytes)
    {
        if (Trace is not { } trace) return;
        var text = new StringBuilder();
        foreach (var b in bytes) text.Append(b is >= 0x20 and < 0x7f ? ((char)b).ToString() : $"\\x{b:x2}");
        lock (trace) trace.Append($"{who}: {text}\n");
    }

    /// <summary>What the emulator itself reported (its stderr), for test failure messages.</summary>
    public string Log
    {
        get { lock (_boardLog) return _boardLog.ToString(); }
    }

    /// <summary>The board's reset pin.</summary>
    public void HardReset()
    {
        lock (_faultLock) SendFrame(1, ReadOnlySpan<byte>.Empty);
    }

    private void SendFrame(byte kind, ReadOnlySpan<byte> payload)
    {
        if (_board is null) return;
        var stream = _board.StandardInput.BaseStream;
        stream.Write([kind, (byte)payload.Length, (byte)(payload.Length >> 8)]);
        stream.Write(payload);
        stream.Flush();
    }

    private void HostToBoard()
    {
        var buffer = new byte[64];
        var pacer = new Pacer(_options.Baud);
        var noise = new List<byte>();
        var held = new List<byte>();
        try
        {
            while (!_stopped)
            {
                var n = ReadMaster(buffer);
                var sent = PassLosingOnce(buffer.AsSpan(0, Math.Max(n, 0)), held, idle: n <= 0);
                for (var i = 0; i < sent.Length; i += 16)
                {
                    var slice = sent.AsSpan(i, Math.Min(16, sent.Length - i));
                    pacer.Wait(slice.Length);
                    if (Silent) continue;
                    HostBytes += slice.Length;
                    if (_options.FarEnd != FarEnd.MicroPython)
                    {
                        RespondAsOtherDevice(slice, noise);
                        continue;
                    }
                    Record("host", slice);
                    var kept = new List<byte>(slice.Length);
                    foreach (var b in slice) if (DropRate <= 0 || _random.NextDouble() >= DropRate) kept.Add(b);
                    lock (_faultLock)
                    {
                        SendFrame(0, kept.ToArray());
                        if (_faultAt >= 0 && HostBytes >= _faultAt)
                        {
                            _faultAt = -1;
                            FaultStruck = true;
                            Record("fault", Encoding.ASCII.GetBytes(_fault.ToString()));
                            if (_fault == Fault.Reset) SendFrame(1, ReadOnlySpan<byte>.Empty);
                            else Silent = true;
                        }
                    }
                }
            }
        }
        catch (Exception) when (_stopped)
        {
        }
        catch (IOException)
        {
        }
    }

    /// <summary>What of the host's bytes goes on down the line: all of them, less the first run equal to
    /// <see cref="LoseOnce"/>. While that is armed, a tail that could begin it waits for the next read (or for the
    /// host to go quiet).</summary>
    private byte[] PassLosingOnce(ReadOnlySpan<byte> read, List<byte> held, bool idle)
    {
        if (LoseOnce is null && held.Count == 0) return read.ToArray();
        held.AddRange(read);
        if (LoseOnce is { } lost)
        {
            var at = CollectionsMarshal.AsSpan(held).IndexOf(lost);
            if (at >= 0)
            {
                held.RemoveRange(at, lost.Length);
                LoseOnce = null;
                Record("fault", Encoding.ASCII.GetBytes($"lost {lost.Length} bytes"));
            }
        }
        var waiting = LoseOnce is null || idle ? 0 : Math.Min(held.Count, LoseOnce.Length - 1);
        var passed = held.GetRange(0, held.Count - waiting).ToArray();
        held.RemoveRange(0, passed.Length);
        return passed;
    }

    private void RespondAsOtherDevice(ReadOnlySpan<byte> received, List<byte> noise)
    {
        noise.Clear();
        foreach (var b in received)
        {
            if (_options.FarEnd == FarEnd.WrongBaud) { noise.Add((byte)(0x80 | _random.Next(128))); if (_random.Next(3) == 0) noise.Add((byte)_random.Next(256)); }
            else if (b == '\r') noise.AddRange("\r\nERROR\r\n"u8);
            else if (b >= 0x20 && b < 0x7f) noise.Add(b);
        }
        WriteMaster(noise.ToArray());
    }

    private void BoardToHost()
    {
        if (_board is null) return;
        var buffer = new byte[256];
        var pacer = new Pacer(_options.Baud);
        var stream = _board.StandardOutput.BaseStream;
        try
        {
            while (!_stopped)
            {
                var n = stream.Read(buffer);
                if (n <= 0) return;
                for (var i = 0; i < n; i += 16)
                {
                    var slice = buffer.AsSpan(i, Math.Min(16, n - i));
                    pacer.Wait(slice.Length);
                    if (Silent) continue;
                    BoardBytes += slice.Length;
                    Record("board", slice);
                    WriteMaster(slice);
                }
            }
        }
        catch (Exception) when (_stopped)
        {
        }
        catch (IOException)
        {
        }
    }

    private int ReadMaster(byte[] buffer)
    {
        var pfd = new Libc.PollFd { Fd = _master, Events = Libc.POLLIN };
        if (Libc.poll(&pfd, 1, 100) <= 0) return 0;
        fixed (byte* p = buffer) return (int)Libc.read(_master, p, buffer.Length);
    }

    private void WriteMaster(ReadOnlySpan<byte> data)
    {
        fixed (byte* p = data)
        {
            for (var done = 0; done < data.Length && !_stopped;)
            {
                var n = Libc.write(_master, p + done, data.Length - done);
                if (n > 0) done += (int)n;
                else Thread.Sleep(1);
            }
        }
    }

    public void Dispose()
    {
        if (_stopped) return;
        _stopped = true;
        if (_board is not null)
        {
            try
            {
                _board.StandardInput.Close();
                if (!_board.WaitForExit(2000)) _board.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
            }
            _board.Dispose();
        }
        _toBoard.Join(1000);
        _toHost.Join(1000);
        Libc.close(_slaveHold);
        Libc.close(_master);
    }

    /// <summary>Holds bytes back to the line rate: each byte takes 10 bit times (8N1).</summary>
    private sealed class Pacer(int baud)
    {
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private double _lineFreeAt;

        public void Wait(int bytes)
        {
            if (baud <= 0) return;
            var now = _clock.Elapsed.TotalSeconds;
            // A line busy until moments ago keeps its schedule (sleeps overshoot); an idle one starts now.
            _lineFreeAt = (now - _lineFreeAt > 0.005 ? now : _lineFreeAt) + bytes * 10.0 / baud;
            var wait = _lineFreeAt - now;
            if (wait > 0.0005) Thread.Sleep(TimeSpan.FromSeconds(wait));
        }
    }
}
