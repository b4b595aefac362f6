namespace McuSharp.Deploy.Links;

/// <summary>Puts this process's terminal (stdin) into raw mode for `mcu repl`, so keys reach the board as typed.</summary>
public sealed unsafe class RawTerminal : IDisposable
{
    private readonly byte[] _saved = new byte[Libc.TermiosSize];
    private readonly bool _active;

    private RawTerminal(bool active) => _active = active;

    /// <summary>Raw mode when stdin is a terminal; does nothing (and restores nothing) otherwise.</summary>
    public static RawTerminal Enter()
    {
        if (OperatingSystem.IsWindows() || Libc.isatty(0) != 1) return new RawTerminal(false);
        var terminal = new RawTerminal(true);
        fixed (byte* saved = terminal._saved)
        {
            Libc.tcgetattr(0, saved);
            var raw = stackalloc byte[Libc.TermiosSize];
            Libc.tcgetattr(0, raw);
            Libc.cfmakeraw(raw);
            Libc.tcsetattr(0, Libc.TCSANOW, raw);
        }
        return terminal;
    }

    public void Dispose()
    {
        if (!_active) return;
        fixed (byte* saved = _saved) Libc.tcsetattr(0, Libc.TCSANOW, saved);
    }
}
