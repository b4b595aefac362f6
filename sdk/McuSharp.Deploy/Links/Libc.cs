using System.Runtime.InteropServices;

namespace McuSharp.Deploy.Links;

/// <summary>
/// The POSIX calls a serial port needs (open, termios, poll, modem lines, locks, pseudo-terminals), with the
/// constants that differ between Linux and macOS. System.IO.Ports is not available here, so this is the port.
/// </summary>
internal static unsafe class Libc
{
    private const string Library = "libc";

    static Libc()
    {
        // "libc" alone does not load on glibc systems (libc.so is a linker script), so name the real file.
        NativeLibrary.SetDllImportResolver(typeof(Libc).Assembly, (name, assembly, path) =>
            name != Library ? IntPtr.Zero
            : OperatingSystem.IsMacOS() ? NativeLibrary.Load("/usr/lib/libSystem.dylib")
            : NativeLibrary.Load("libc.so.6"));
    }

    private static readonly bool Mac = OperatingSystem.IsMacOS();

    public static readonly int O_RDWR = 2;
    public static readonly int O_NOCTTY = Mac ? 0x20000 : 0x100;
    public static readonly int O_NONBLOCK = Mac ? 0x4 : 0x800;
    public static readonly int O_CLOEXEC = Mac ? 0x1000000 : 0x80000;

    public const int ENOENT = 2, EINTR = 4, EIO = 5, ENXIO = 6, EACCES = 13, EBUSY = 16, ENOTDIR = 20, ENOTTY = 25, EPERM = 1;
    public static readonly int EAGAIN = Mac ? 35 : 11;

    public const short POLLIN = 1, POLLOUT = 4, POLLERR = 8, POLLHUP = 0x10;
    public const int LOCK_EX = 2, LOCK_NB = 4;

    public static readonly ulong TIOCEXCL = Mac ? 0x2000740dUL : 0x540C;
    public static readonly ulong TIOCMBIS = Mac ? 0x8004746cUL : 0x5416;
    public static readonly ulong TIOCMBIC = Mac ? 0x8004746bUL : 0x5417;
    public const int TIOCM_DTR = 0x002, TIOCM_RTS = 0x004;
    public static readonly int TCIFLUSH = Mac ? 1 : 0;
    public const int TCSANOW = 0;

    // struct termios: Linux has 32-bit flags and c_cc at 17; macOS has 64-bit flags and c_cc at 32.
    private static readonly int CflagOffset = Mac ? 16 : 8;
    private static readonly int CcOffset = Mac ? 32 : 17;
    private static readonly int VMIN = Mac ? 16 : 6, VTIME = Mac ? 17 : 5;
    private static readonly ulong CLOCAL = Mac ? 0x8000UL : 0x800, CREAD = Mac ? 0x800UL : 0x80;
    private static readonly ulong CSTOPB = Mac ? 0x400UL : 0x40, CRTSCTS = Mac ? 0x30000UL : 0x80000000;
    public const int TermiosSize = 256; // larger than either platform's struct

    [StructLayout(LayoutKind.Sequential)]
    public struct PollFd
    {
        public int Fd;
        public short Events;
        public short Revents;
    }

    [DllImport(Library, SetLastError = true)] public static extern int open(string path, int flags);
    [DllImport(Library, SetLastError = true)] public static extern int close(int fd);
    [DllImport(Library, SetLastError = true)] public static extern nint read(int fd, byte* buffer, nint count);
    [DllImport(Library, SetLastError = true)] public static extern nint write(int fd, byte* buffer, nint count);
    [DllImport(Library, SetLastError = true)] public static extern int poll(PollFd* fds, nuint count, int timeoutMs);
    [DllImport(Library, SetLastError = true)] public static extern int tcgetattr(int fd, byte* termios);
    [DllImport(Library, SetLastError = true)] public static extern int tcsetattr(int fd, int action, byte* termios);
    [DllImport(Library, SetLastError = true)] public static extern int tcflush(int fd, int queue);
    [DllImport(Library)] public static extern void cfmakeraw(byte* termios);
    [DllImport(Library, SetLastError = true)] public static extern int cfsetispeed(byte* termios, nuint speed);
    [DllImport(Library, SetLastError = true)] public static extern int cfsetospeed(byte* termios, nuint speed);
    [DllImport(Library, SetLastError = true)] public static extern int flock(int fd, int operation);
    [DllImport(Library, SetLastError = true)] public static extern int isatty(int fd);
    [DllImport(Library, SetLastError = true)] public static extern int posix_openpt(int flags);
    [DllImport(Library, SetLastError = true)] public static extern int grantpt(int fd);
    [DllImport(Library, SetLastError = true)] public static extern int unlockpt(int fd);
    [DllImport(Library, SetLastError = true)] private static extern IntPtr ptsname(int fd);

    // ioctl is variadic. On Apple arm64 variadic arguments go on the stack, after eight register arguments,
    // so the pointer is passed there through six unused register arguments; elsewhere it is the third argument.
    [DllImport(Library, SetLastError = true, EntryPoint = "ioctl")] private static extern int ioctl3(int fd, nuint request, int* argument);
    [DllImport(Library, SetLastError = true, EntryPoint = "ioctl")]
    private static extern int ioctl9(int fd, nuint request, nint r2, nint r3, nint r4, nint r5, nint r6, nint r7, int* argument);

    public static int Ioctl(int fd, ulong request, int* argument) =>
        Mac && RuntimeInformation.ProcessArchitecture == Architecture.Arm64
            ? ioctl9(fd, (nuint)request, 0, 0, 0, 0, 0, 0, argument)
            : ioctl3(fd, (nuint)request, argument);

    public static int Errno => Marshal.GetLastPInvokeError();

    private static readonly object PtsnameLock = new();

    public static string? PtsName(int fd)
    {
        lock (PtsnameLock) return Marshal.PtrToStringUTF8(ptsname(fd));
    }

    /// <summary>The speed_t value for a baud rate: Linux uses B-constants, macOS the number itself. Null if unsupported.</summary>
    public static nuint? Speed(int baud)
    {
        if (Mac) return baud > 0 ? (nuint)baud : null;
        return baud switch
        {
            1200 => 0x9, 2400 => 0xB, 4800 => 0xC, 9600 => 0xD, 19200 => 0xE, 38400 => 0xF,
            57600 => 0x1001, 115200 => 0x1002, 230400 => 0x1003, 460800 => 0x1004, 500000 => 0x1005,
            576000 => 0x1006, 921600 => 0x1007, 1000000 => 0x1008, 1500000 => 0x100A, 2000000 => 0x100B,
            _ => null,
        };
    }

    public static readonly int[] StandardBauds = { 9600, 19200, 38400, 57600, 115200, 230400, 460800, 921600, 1000000, 2000000 };

    /// <summary>Raw 8N1 without flow control, reads that never block (poll decides), local line (no modem hang-up).</summary>
    public static void MakeRaw(byte* termios, nuint speed)
    {
        cfmakeraw(termios);
        ref ulong cflag64 = ref *(ulong*)(termios + CflagOffset);
        ref uint cflag32 = ref *(uint*)(termios + CflagOffset);
        if (Mac) cflag64 = (cflag64 | CLOCAL | CREAD) & ~(CSTOPB | CRTSCTS);
        else cflag32 = (uint)((cflag32 | CLOCAL | CREAD) & ~(CSTOPB | CRTSCTS));
        termios[CcOffset + VMIN] = 0;
        termios[CcOffset + VTIME] = 0;
        cfsetispeed(termios, speed);
        cfsetospeed(termios, speed);
    }
}
