namespace McuSharp.Deploy.Links;

/// <summary>
/// A serial port through termios: raw 8N1 at the given speed, no flow control, exclusive (flock and TIOCEXCL,
/// so a second program cannot interleave bytes), non-blocking reads with poll() timeouts.
/// </summary>
public sealed unsafe class PosixSerialLink : IDeviceLink
{
    private readonly int _fd;
    private bool _disposed;

    public string Name { get; }

    private PosixSerialLink(string name, int fd)
    {
        Name = name;
        _fd = fd;
    }

    public static PosixSerialLink Open(string port, int baud)
    {
        if (Libc.Speed(baud) is not { } speed)
            throw new DeployException(DeployErrors.BadOption, $"Baud rate {baud} is not supported on this system; use one of {string.Join(", ", Libc.StandardBauds)} (MicroPython boards use 115200).");
        var fd = Libc.open(port, Libc.O_RDWR | Libc.O_NOCTTY | Libc.O_NONBLOCK | Libc.O_CLOEXEC);
        if (fd < 0) throw OpenError(port, Libc.Errno);
        try
        {
            if (Libc.flock(fd, Libc.LOCK_EX | Libc.LOCK_NB) != 0)
                throw Busy(port);
            Libc.Ioctl(fd, Libc.TIOCEXCL, null); // best effort: pseudo-terminals and some drivers refuse it
            var termios = stackalloc byte[Libc.TermiosSize];
            if (Libc.tcgetattr(fd, termios) != 0)
            {
                var errno = Libc.Errno;
                throw new DeployException(DeployErrors.NoSuchPort, errno == Libc.ENOTTY
                    ? $"{port} is not a serial port (it is a plain file or another kind of device). 'mcu ports' lists the serial ports."
                    : $"Cannot configure {port} (errno {errno}). 'mcu ports' lists the serial ports.");
            }
            Libc.MakeRaw(termios, speed);
            if (Libc.tcsetattr(fd, Libc.TCSANOW, termios) != 0)
                throw new DeployException(DeployErrors.BadOption, $"{port} refused {baud} baud (errno {Libc.Errno}); try 115200.");
            Libc.tcflush(fd, Libc.TCIFLUSH);
            return new PosixSerialLink(port, fd);
        }
        catch
        {
            Libc.close(fd);
            throw;
        }
    }

    private static DeployException Busy(string port) =>
        new(DeployErrors.PortBusy, $"{port} is busy: another program has it open (a second mcu, mpremote, screen, minicom, Thonny or an IDE serial monitor). Close that program and try again.");

    private static DeployException OpenError(string port, int errno) => errno switch
    {
        Libc.ENOENT or Libc.ENOTDIR or Libc.ENXIO => new(DeployErrors.NoSuchPort,
            $"No such port: {port}. Is the board plugged in (and powered)? 'mcu ports' lists the serial ports{(OperatingSystem.IsMacOS() ? " (on macOS use /dev/cu.*)" : "")}."),
        Libc.EACCES or Libc.EPERM => new(DeployErrors.PermissionDenied, OperatingSystem.IsLinux()
            ? $"Permission denied opening {port}. Add your user to the group that owns it (usually 'dialout': sudo usermod -aG dialout $USER, then log out and in again)."
            : $"Permission denied opening {port}. Check the device's permissions (ls -l {port})."),
        Libc.EBUSY => Busy(port),
        _ => new(DeployErrors.NoSuchPort, $"Cannot open {port} (errno {errno})."),
    };

    public void Write(ReadOnlySpan<byte> data)
    {
        fixed (byte* start = data)
        {
            var done = 0;
            while (done < data.Length)
            {
                var n = Libc.write(_fd, start + done, data.Length - done);
                if (n > 0) { done += (int)n; continue; }
                var errno = Libc.Errno;
                if (n < 0 && errno != Libc.EAGAIN && errno != Libc.EINTR) throw Lost(errno);
                Wait(Libc.POLLOUT, 1000);
            }
        }
    }

    public int Read(Span<byte> buffer, TimeSpan timeout)
    {
        var deadline = Environment.TickCount64 + (long)timeout.TotalMilliseconds;
        fixed (byte* start = buffer)
        {
            while (true)
            {
                var n = Libc.read(_fd, start, buffer.Length);
                if (n > 0) return (int)n;
                var errno = Libc.Errno;
                if (n < 0 && errno != Libc.EAGAIN && errno != Libc.EINTR) throw Lost(errno);
                var left = deadline - Environment.TickCount64;
                if (left <= 0) return 0;
                // A pseudo-terminal whose other side is closed polls as hung up at once: wait instead of spinning.
                if ((Wait(Libc.POLLIN, (int)Math.Min(left, 1000)) & Libc.POLLHUP) != 0) Thread.Sleep((int)Math.Min(left, 20));
            }
        }
    }

    private short Wait(short events, int timeoutMs)
    {
        var pfd = new Libc.PollFd { Fd = _fd, Events = events };
        Libc.poll(&pfd, 1, timeoutMs);
        return pfd.Revents;
    }

    private DeployException Lost(int errno) =>
        new(DeployErrors.NoAnswer, $"The connection to {Name} was lost (errno {errno}{(errno == Libc.EIO || errno == Libc.ENXIO ? ": the board was unplugged or reset its USB port" : "")}).", transient: true);

    public void DiscardInput() => Libc.tcflush(_fd, Libc.TCIFLUSH);

    public bool SetModemLines(bool? dtr, bool? rts)
    {
        foreach (var (line, on) in new[] { (Libc.TIOCM_DTR, dtr), (Libc.TIOCM_RTS, rts) })
        {
            if (on is null) continue;
            var bits = line;
            if (Libc.Ioctl(_fd, on.Value ? Libc.TIOCMBIS : Libc.TIOCMBIC, &bits) != 0) return false;
        }
        return true;
    }

    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        Libc.close(_fd);
    }
}
