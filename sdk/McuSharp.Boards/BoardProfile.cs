namespace McuSharp.Boards;

/// <summary>How a board computes with non-integers.</summary>
public enum FloatSupport
{
    /// <summary>No float type at all (WiPy): only integer arithmetic, <c>//</c> instead of <c>/</c>, no <c>math</c>.</summary>
    None,

    /// <summary>32-bit floats (ESP8266, ESP32, RP2040).</summary>
    Single,

    /// <summary>64-bit floats, as .NET's <c>double</c>.</summary>
    Double,
}

/// <summary>A named constant of a board's MicroPython modules and its number on that board.</summary>
/// <param name="Constant">The Python expression naming it (<c>network.STAT_GOT_IP</c>), or null when the port has no name for it.</param>
/// <param name="Value">Its number on this board, or null when it is port-specific and unknown (the generic board).</param>
public sealed record BoardConstant(string? Constant, long? Value)
{
    /// <summary>What generated code should write: the constant's name when there is one, else the number.</summary>
    public string? Expression => Constant ?? Value?.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>A network interface of a board.</summary>
/// <param name="Class">The class that makes it (<c>network.WLAN</c>, <c>network.LAN</c>).</param>
/// <param name="Constants">The expressions naming its interface id, preferred first (<c>network.STA_IF</c>, <c>network.WLAN.IF_STA</c>); empty for a LAN.</param>
/// <param name="Value">The interface id's number, or null when unknown or not needed.</param>
public sealed record NetworkInterface(string Class, IReadOnlyList<string> Constants, long? Value)
{
    /// <summary>The constant generated code should pass to <see cref="Class"/>, or null when the class takes none.</summary>
    public string? PreferredConstant => Constants.Count > 0 ? Constants[0] : null;
}

/// <summary>How pins are identified.</summary>
/// <param name="Ids"><c>integers</c> (GPIO numbers), <c>strings</c> (<c>'GP9'</c>) or <c>any</c>.</param>
/// <param name="Valid">The ids the board has, or null when any id of that kind is accepted.</param>
/// <param name="Led">The id of the on-board LED, or null.</param>
public sealed record PinNaming(string Ids, IReadOnlyList<object>? Valid, object? Led);

/// <summary>
/// What McuSharp knows about one board: language features, modules, network interfaces and their constants, Wi-Fi
/// status codes, reset causes, file system and heap. Loaded from <c>Profiles/&lt;id&gt;.json</c> (see <see cref="BoardProfiles"/>).
/// </summary>
public sealed class BoardProfile
{
    internal BoardProfile(string json) => Json = json;

    /// <summary>The board id (<c>esp8266</c>, <c>esp32</c>, <c>rp2-pico-w</c>, <c>wipy</c>, <c>openmv</c>, <c>generic</c>, <c>sim</c>).</summary>
    public string Id { get; internal set; } = "";

    public string Name { get; internal set; } = "";

    public string Description { get; internal set; } = "";

    public FloatSupport Float { get; internal set; }

    public bool HasFloat => Float != FloatSupport.None;

    public bool HasFStrings { get; internal set; }

    public bool HasMath { get; internal set; }

    public bool HasDeflate { get; internal set; }

    public bool HasHashlib { get; internal set; }

    public bool HasBinascii { get; internal set; }

    /// <summary>The Wi-Fi station interface, or null when the board has no Wi-Fi.</summary>
    public NetworkInterface? Station { get; internal set; }

    /// <summary>The Wi-Fi access point interface, or null.</summary>
    public NetworkInterface? AccessPoint { get; internal set; }

    /// <summary>The wired Ethernet interface, or null when the board has none.</summary>
    public NetworkInterface? Lan { get; internal set; }

    /// <summary>Whether <c>WLAN.status()</c> exists (not on the WiPy).</summary>
    public bool HasWifiStatus { get; internal set; }

    /// <summary>
    /// The Wi-Fi status codes by their common name (<see cref="WifiStatusNames"/>); null for a state the board cannot
    /// report (ESP8266 and ESP32 have no "associated, no IP yet" code).
    /// </summary>
    public IReadOnlyDictionary<string, BoardConstant?> WifiStatus { get; internal set; } = new Dictionary<string, BoardConstant?>();

    /// <summary>The common status name <c>status()</c> reports after joining and before DHCP gave an address.</summary>
    public string? StatusWhileObtainingIp { get; internal set; }

    /// <summary>Whether the Wi-Fi driver retries a failed join by itself, reporting "connecting" meanwhile (ESP32).</summary>
    public bool RetriesFailedJoins { get; internal set; }

    /// <summary>The <c>machine.reset_cause()</c> values by their common name (<see cref="ResetCauseNames"/>); null when the board never reports it.</summary>
    public IReadOnlyDictionary<string, BoardConstant?> ResetCauses { get; internal set; } = new Dictionary<string, BoardConstant?>();

    /// <summary>The default CPU frequency (<c>machine.freq()</c>) in Hz, or null when unknown.</summary>
    public long? CpuHz { get; internal set; }

    /// <summary>The length of <c>machine.unique_id()</c> in bytes, or null when unknown.</summary>
    public int? UniqueIdBytes { get; internal set; }

    /// <summary>Where the program's files live on the board (<c>/</c>, or <c>/flash</c> on the WiPy).</summary>
    public string FileSystemRoot { get; internal set; } = "/";

    /// <summary>The MicroPython heap available to a program, in bytes (approximate), or null when unknown.</summary>
    public long? HeapBytes { get; internal set; }

    public PinNaming Pins { get; internal set; } = new("any", null, null);

    /// <summary>The profile's data file as it is embedded (the simulator hands it to its device modules).</summary>
    public string Json { get; }

    /// <summary>The Wi-Fi status <paramref name="name"/> on this board, or null when the board cannot report it.</summary>
    /// <exception cref="ArgumentException"><paramref name="name"/> is not one of <see cref="WifiStatusNames.All"/>.</exception>
    public BoardConstant? GetWifiStatus(string name) =>
        WifiStatus.TryGetValue(name, out var status) ? status : throw new ArgumentException($"Unknown Wi-Fi status '{name}'. Known: {string.Join(", ", WifiStatusNames.All)}.", nameof(name));

    /// <summary>The reset cause <paramref name="name"/> on this board, or null when the board never reports it.</summary>
    /// <exception cref="ArgumentException"><paramref name="name"/> is not one of <see cref="ResetCauseNames.All"/>.</exception>
    public BoardConstant? GetResetCause(string name) =>
        ResetCauses.TryGetValue(name, out var cause) ? cause : throw new ArgumentException($"Unknown reset cause '{name}'. Known: {string.Join(", ", ResetCauseNames.All)}.", nameof(name));

    public override string ToString() => Id;
}

/// <summary>The board-independent names of Wi-Fi states; each profile maps them to its port's codes.</summary>
public static class WifiStatusNames
{
    public const string Idle = "Idle";
    public const string Connecting = "Connecting";
    public const string WrongPassword = "WrongPassword";
    public const string NoApFound = "NoApFound";
    public const string ConnectFailed = "ConnectFailed";
    public const string GotIp = "GotIp";
    public const string LinkUpNoIp = "LinkUpNoIp";

    public static IReadOnlyList<string> All { get; } = new[] { Idle, Connecting, WrongPassword, NoApFound, ConnectFailed, GotIp, LinkUpNoIp };
}

/// <summary>The board-independent names of reset causes (as MicroPython's <c>machine.*_RESET</c> constants).</summary>
public static class ResetCauseNames
{
    public const string PowerOn = "PowerOn";
    public const string HardReset = "HardReset";
    public const string WatchdogReset = "WatchdogReset";
    public const string DeepSleepReset = "DeepSleepReset";
    public const string SoftReset = "SoftReset";

    public static IReadOnlyList<string> All { get; } = new[] { PowerOn, HardReset, WatchdogReset, DeepSleepReset, SoftReset };
}
