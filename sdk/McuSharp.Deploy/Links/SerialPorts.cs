namespace McuSharp.Deploy.Links;

/// <summary>A serial port on this machine, with its USB identity when it has one, and a guess of the board behind it.</summary>
public sealed record SerialPort(string Device, string? Vendor, string? Product, string? Description, string? Guess);

/// <summary>`mcu ports`: USB serial ports from sysfs on Linux (vendor/product ids, names); /dev/cu.* on macOS.</summary>
public static class SerialPorts
{
    /// <summary>USB vendor (and vendor:product) ids of the bridges and native USB stacks MicroPython boards use.</summary>
    private static readonly (string Id, string Guess)[] Known =
    {
        ("2e8a", "Raspberry Pi Pico / Pico W (RP2040/RP2350, native USB)"),
        ("303a", "ESP32-S2/S3/C3/C6 (Espressif native USB)"),
        ("10c4:ea60", "ESP32 or ESP8266 dev board (CP210x USB-UART bridge)"),
        ("1a86", "ESP32 or ESP8266 dev board (CH340/CH9102 USB-UART bridge)"),
        ("0403", "ESP32/ESP8266 or another board (FTDI USB-UART bridge)"),
        ("0d28:0204", "BBC micro:bit (DAPLink)"),
        ("f055", "pyboard (MicroPython native USB)"),
        ("1209:abd1", "OpenMV camera"),
        ("239a", "Adafruit board"),
        ("1b4f", "SparkFun board"),
    };

    public static string? Guess(string? vendor, string? product) =>
        vendor is null ? null : Known.FirstOrDefault(k => k.Id == $"{vendor}:{product}" || k.Id == vendor).Guess;

    public static IReadOnlyList<SerialPort> List(string sysClassTty = "/sys/class/tty", string dev = "/dev")
    {
        if (OperatingSystem.IsMacOS())
            return Directory.Exists(dev) ? Directory.GetFiles(dev, "cu.*").Order().Select(d => new SerialPort(d, null, null, null, null)).ToList() : [];
        if (!Directory.Exists(sysClassTty)) return [];
        var ports = new List<SerialPort>();
        foreach (var entry in Directory.GetDirectories(sysClassTty).Concat(Directory.GetFiles(sysClassTty)).Order(StringComparer.Ordinal))
        {
            var device = Path.Combine(entry, "device");
            if (!Directory.Exists(device)) continue; // virtual terminals and ptys have no device
            var usb = UsbParent(device);
            var name = Path.GetFileName(entry);
            if (usb is null && name.StartsWith("ttyS", StringComparison.Ordinal)) continue; // legacy on-board UART slots, mostly empty
            string? Read(string file) => usb is not null && File.Exists(Path.Combine(usb, file)) ? File.ReadAllText(Path.Combine(usb, file)).Trim() : null;
            var (vendor, product) = (Read("idVendor"), Read("idProduct"));
            var description = string.Join(" ", new[] { Read("manufacturer"), Read("product") }.Where(s => !string.IsNullOrEmpty(s)));
            ports.Add(new SerialPort(Path.Combine(dev, name), vendor, product, description.Length > 0 ? description : null, Guess(vendor, product)));
        }
        return ports;
    }

    /// <summary>The USB device folder above a tty's device (the first ancestor with an idVendor file).</summary>
    private static string? UsbParent(string device)
    {
        var dir = new DirectoryInfo(device).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? Path.GetFullPath(device);
        for (var d = new DirectoryInfo(dir); d is not null; d = d.Parent)
            if (File.Exists(Path.Combine(d.FullName, "idVendor"))) return d.FullName;
        return null;
    }
}
