namespace McuSharp.Deploy.Links;

/// <summary>Opens the link a port name stands for.</summary>
public static class DeviceLink
{
    public const int DefaultBaud = 115200;

    public static IDeviceLink Open(string port, int baud = DefaultBaud)
    {
        if (string.IsNullOrWhiteSpace(port))
            throw new DeployException(DeployErrors.BadOption, "No port given: pass --port (for example /dev/ttyUSB0, /dev/ttyACM0, or socket://host:port). 'mcu ports' lists the serial ports.");
        if (baud <= 0)
            throw new DeployException(DeployErrors.BadOption, $"--baud must be a positive number (got {baud}); MicroPython boards use 115200.");
        if (port.StartsWith("socket://", StringComparison.OrdinalIgnoreCase)) return TcpLink.Open(port);
        if (OperatingSystem.IsWindows())
            throw new DeployException(DeployErrors.Unsupported, $"Serial ports on Windows are not supported yet (port {port}). Use WSL with usbipd, or a serial-over-TCP bridge and --port socket://host:port.");
        return PosixSerialLink.Open(port, baud);
    }
}
