using System.Diagnostics;
using System.Text.RegularExpressions;

namespace McuSharp.Deploy.Tests;

/// <summary>
/// Real MicroPython firmware: Debian's micro:bit build (MicroPython 1.9.2) under qemu-system-arm, its UART on a pty.
/// No raw-paste, a flat file system without rename, no hashlib or binascii, about 9 KB of heap, and a UART that
/// drops bytes when the host writes fast. QEMU is stopped by its process id when disposed.
/// </summary>
internal sealed partial class QemuMicrobit : IDisposable
{
    public const string Firmware = "/usr/share/firmware-microbit-micropython/firmware.hex";
    private readonly Process _qemu;

    public string Port { get; }

    /// <summary>Why QEMU cannot run here, or null. .ci/run installs both packages when they are missing.</summary>
    public static string? Unavailable()
    {
        if (!File.Exists(Firmware)) return $"{Firmware} is missing: apt-get install firmware-microbit-micropython";
        var qemu = Environment.GetEnvironmentVariable("PATH")?.Split(':').Select(d => Path.Combine(d, "qemu-system-arm")).FirstOrDefault(File.Exists);
        return qemu is null ? "qemu-system-arm is missing: apt-get install qemu-system-arm" : null;
    }

    [GeneratedRegex(@"char device redirected to (/dev/pts/\d+)")]
    private static partial Regex PtyLine();

    public QemuMicrobit()
    {
        var start = new ProcessStartInfo("qemu-system-arm")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "-M", "microbit", "-device", $"loader,file={Firmware}", "-nographic", "-serial", "pty", "-monitor", "none" })
            start.ArgumentList.Add(arg);
        _qemu = Process.Start(start)!;
        var found = new TaskCompletionSource<string>();
        void Look(string? line)
        {
            if (line is not null && PtyLine().Match(line) is { Success: true } m) found.TrySetResult(m.Groups[1].Value);
        }
        _qemu.OutputDataReceived += (_, e) => Look(e.Data);
        _qemu.ErrorDataReceived += (_, e) => Look(e.Data);
        _qemu.BeginOutputReadLine();
        _qemu.BeginErrorReadLine();
        if (!found.Task.Wait(TimeSpan.FromSeconds(20)))
        {
            Dispose();
            throw new InvalidOperationException("qemu-system-arm did not print its pty within 20 s");
        }
        Port = found.Task.Result;
    }

    public void Dispose()
    {
        try
        {
            if (!_qemu.HasExited) _qemu.Kill();
            _qemu.WaitForExit(5000);
        }
        catch (InvalidOperationException)
        {
        }
        _qemu.Dispose();
    }
}
