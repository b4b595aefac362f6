using McuSharp.Interop;

namespace McuSharp.Device;

/// <summary>Which Wi-Fi interface a <see cref="Wlan"/> drives.</summary>
public enum WlanInterface
{
    /// <summary>Station: the board joins a network someone else hosts (<c>network.STA_IF</c> / <c>network.WLAN.IF_STA</c>, per board).</summary>
    [BoardValue("network.station")] Station,

    /// <summary>Access point: the board hosts its own network (<c>network.AP_IF</c> / <c>network.WLAN.IF_AP</c>, per board).</summary>
    [BoardValue("network.access_point")] AccessPoint,
}

/// <summary>
/// The state of the station interface, as <see cref="Wlan.Status"/> reports it. The numbers differ per port
/// (ESP8266 0–5, ESP32 1000/1001/202/201/203/1010, CYW43 0/1/2/3/-1/-2/-3); the compiler writes the selected board's
/// constant, so compare with these members, never with numbers (MCU1009).
/// See https://docs.micropython.org/en/latest/library/network.WLAN.html#network.WLAN.status
/// </summary>
public enum WlanStatus
{
    /// <summary>No connection and no activity (<c>STAT_IDLE</c>).</summary>
    [BoardValue("network.wifi_status.Idle")] Idle,

    /// <summary>Connecting in progress (<c>STAT_CONNECTING</c>; on ESP boards also while DHCP runs).</summary>
    [BoardValue("network.wifi_status.Connecting")] Connecting,

    /// <summary>The join failed: wrong password (<c>STAT_WRONG_PASSWORD</c>).</summary>
    [BoardValue("network.wifi_status.WrongPassword")] WrongPassword,

    /// <summary>The join failed: no access point answered for the SSID (<c>STAT_NO_AP_FOUND</c>).</summary>
    [BoardValue("network.wifi_status.NoApFound")] NoApFound,

    /// <summary>The join failed for another reason (<c>STAT_CONNECT_FAIL</c>, <c>STAT_ASSOC_FAIL</c> on ESP32).</summary>
    [BoardValue("network.wifi_status.ConnectFailed")] ConnectFailed,

    /// <summary>Connected and DHCP gave an address (<c>STAT_GOT_IP</c>).</summary>
    [BoardValue("network.wifi_status.GotIp")] GotIp,

    /// <summary>Joined but no DHCP lease yet (CYW43 boards only: code 2, no <c>STAT_</c> name; ESP boards report Connecting).</summary>
    [BoardValue("network.wifi_status.LinkUpNoIp")] LinkUpNoIp,
}

/// <summary>
/// One network seen by <see cref="Wlan.Scan"/>: on the device the tuple
/// <c>(ssid, bssid, channel, RSSI, security, hidden)</c>.
/// See https://docs.micropython.org/en/latest/library/network.WLAN.html#network.WLAN.scan
/// </summary>
public sealed class WlanNetwork
{
    private WlanNetwork() { }

    /// <summary>The network name (<c>ssid</c> decoded from bytes).</summary>
    [MicroPython("{this}[0].decode()")]
    public string Ssid => throw new DeviceOnlyException("WlanNetwork.Ssid");

    /// <summary>The access point's hardware address as <c>aa:bb:cc:dd:ee:ff</c>.</summary>
    [MicroPython("dev_mac_text({this}[1])")]
    public string Bssid => throw new DeviceOnlyException("WlanNetwork.Bssid");

    /// <summary>The radio channel.</summary>
    [MicroPython("{this}[2]")]
    public int Channel => throw new DeviceOnlyException("WlanNetwork.Channel");

    /// <summary>The signal strength in dBm (e.g. -60; closer to 0 is stronger).</summary>
    [MicroPython("{this}[3]")]
    public int Rssi => throw new DeviceOnlyException("WlanNetwork.Rssi");

    /// <summary>The port's security code (0 is open; the other numbers are port-specific).</summary>
    [MicroPython("{this}[4]")]
    public int Security => throw new DeviceOnlyException("WlanNetwork.Security");

    /// <summary>Whether the network hides its SSID.</summary>
    [MicroPython("bool({this}[5])")]
    public bool Hidden => throw new DeviceOnlyException("WlanNetwork.Hidden");
}

/// <summary>
/// An interface's IP settings: on the device the tuple <c>(ip, subnet, gateway, dns)</c> of <c>ifconfig()</c>.
/// See https://docs.micropython.org/en/latest/library/network.WLAN.html#network.WLAN.ifconfig
/// </summary>
public sealed class IpConfig
{
    /// <summary>Static settings to pass to <see cref="Wlan.IfConfig(IpConfig)"/>.</summary>
    [MicroPython("({0}, {1}, {2}, {3})")]
    public IpConfig(string ip, string netmask, string gateway, string dns) => throw new DeviceOnlyException("IpConfig");

    /// <summary>The interface's IPv4 address (<c>0.0.0.0</c> when it has none).</summary>
    [MicroPython("{this}[0]")]
    public string Ip => throw new DeviceOnlyException("IpConfig.Ip");

    /// <summary>The subnet mask.</summary>
    [MicroPython("{this}[1]")]
    public string Netmask => throw new DeviceOnlyException("IpConfig.Netmask");

    /// <summary>The default gateway.</summary>
    [MicroPython("{this}[2]")]
    public string Gateway => throw new DeviceOnlyException("IpConfig.Gateway");

    /// <summary>The DNS server.</summary>
    [MicroPython("{this}[3]")]
    public string Dns => throw new DeviceOnlyException("IpConfig.Dns");
}

/// <summary>
/// A Wi-Fi interface: MicroPython's <c>network.WLAN</c>. Get one with <see cref="Station"/>, <see cref="AccessPoint"/>
/// or <c>new Wlan(WlanInterface.Station)</c>; the compiler writes the board's interface constant.
/// See https://docs.micropython.org/en/latest/library/network.WLAN.html
/// </summary>
[MicroPythonType("network", "WLAN")]
[RequiresBoard("network.station", "Wi-Fi (network.WLAN)")]
public sealed class Wlan
{
    /// <summary>The interface <paramref name="which"/>: <c>network.WLAN(network.STA_IF)</c> or the board's equivalent.</summary>
    [MicroPython("network.WLAN({0})")]
    public Wlan(WlanInterface which) => throw new DeviceOnlyException("Wlan");

    /// <summary>The station interface (joins a network): <c>network.WLAN(&lt;board's STA constant&gt;)</c>.</summary>
    [MicroPython("network.WLAN({board:network.station})")]
    public static Wlan Station => throw new DeviceOnlyException("Wlan.Station");

    /// <summary>The access-point interface (hosts a network): <c>network.WLAN(&lt;board's AP constant&gt;)</c>.</summary>
    [MicroPython("network.WLAN({board:network.access_point})")]
    [RequiresBoard("network.access_point", "a Wi-Fi access point")]
    public static Wlan AccessPoint => throw new DeviceOnlyException("Wlan.AccessPoint");

    /// <summary>Whether the radio of this interface is on: <c>wlan.active()</c>; setting it is <c>wlan.active(True/False)</c>.
    /// Connect needs an active interface (MCU1007).
    /// See https://docs.micropython.org/en/latest/library/network.WLAN.html#network.WLAN.active</summary>
    [MicroPython("{this}.active()", Setter = "{this}.active({value})")]
    [Activates]
    public bool Active
    {
        get => throw new DeviceOnlyException("Wlan.Active");
        set => throw new DeviceOnlyException("Wlan.Active");
    }

    /// <summary>Starts joining <paramref name="ssid"/>: <c>wlan.connect(ssid, password)</c>. Returns at once; wait with
    /// <see cref="WaitConnected"/>. Read the password from secrets.json (<see cref="McuConfigAttribute"/>), not a literal (MCU1005).
    /// See https://docs.micropython.org/en/latest/library/network.WLAN.html#network.WLAN.connect</summary>
    [MicroPython("{this}.connect({0}, {1})", Board = "network.station.connect")]
    [RequiresActive]
    public void Connect(string ssid, [Credential] string password) => throw new DeviceOnlyException("Wlan.Connect");

    /// <summary>Leaves the network: <c>wlan.disconnect()</c>.
    /// See https://docs.micropython.org/en/latest/library/network.WLAN.html#network.WLAN.disconnect</summary>
    [MicroPython("{this}.disconnect()")]
    public void Disconnect() => throw new DeviceOnlyException("Wlan.Disconnect");

    /// <summary>Whether the station is connected and has an IP address: <c>wlan.isconnected()</c>. Never loop on it without
    /// a deadline (MCU1002): use <see cref="WaitConnected"/>.
    /// See https://docs.micropython.org/en/latest/library/network.WLAN.html#network.WLAN.isconnected</summary>
    [MicroPython("{this}.isconnected()")]
    [Polled]
    public bool IsConnected() => throw new DeviceOnlyException("Wlan.IsConnected");

    /// <summary>The link state: <c>wlan.status()</c>, compared with the board's <c>STAT_*</c> codes through <see cref="WlanStatus"/>.
    /// The WiPy has no <c>status()</c> (MCU1008).
    /// See https://docs.micropython.org/en/latest/library/network.WLAN.html#network.WLAN.status</summary>
    [MicroPython("{this}.status()")]
    [RequiresBoard("network.has_status", "WLAN.status()")]
    public WlanStatus Status => throw new DeviceOnlyException("Wlan.Status");

    /// <summary>The signal strength of the joined network in dBm: <c>wlan.status('rssi')</c>.
    /// See https://docs.micropython.org/en/latest/library/network.WLAN.html#network.WLAN.status</summary>
    [MicroPython("{this}.status('rssi')")]
    [RequiresBoard("network.has_status", "WLAN.status('rssi')")]
    public int Rssi => throw new DeviceOnlyException("Wlan.Rssi");

    /// <summary>Scans for networks (station only; takes a few seconds): <c>wlan.scan()</c>.
    /// See https://docs.micropython.org/en/latest/library/network.WLAN.html#network.WLAN.scan</summary>
    [MicroPython("{this}.scan()")]
    public WlanNetwork[] Scan() => throw new DeviceOnlyException("Wlan.Scan");

    /// <summary>The interface's current IP settings: <c>wlan.ifconfig()</c>.
    /// See https://docs.micropython.org/en/latest/library/network.WLAN.html#network.WLAN.ifconfig</summary>
    [MicroPython("{this}.ifconfig()")]
    public IpConfig IfConfig() => throw new DeviceOnlyException("Wlan.IfConfig");

    /// <summary>Sets a static address instead of DHCP: <c>wlan.ifconfig((ip, subnet, gateway, dns))</c>.
    /// See https://docs.micropython.org/en/latest/library/network.WLAN.html#network.WLAN.ifconfig</summary>
    [MicroPython("{this}.ifconfig({0})")]
    public void IfConfig(IpConfig config) => throw new DeviceOnlyException("Wlan.IfConfig");

    /// <summary>The network name: reads <c>wlan.config('ssid')</c> (for a station, the joined network), sets
    /// <c>wlan.config(ssid=...)</c> (for an access point, the hosted network's name).
    /// See https://docs.micropython.org/en/latest/library/network.WLAN.html#network.WLAN.config</summary>
    [MicroPython("{this}.config('ssid')", Setter = "{this}.config(ssid={value})")]
    public string Essid
    {
        get => throw new DeviceOnlyException("Wlan.Essid");
        set => throw new DeviceOnlyException("Wlan.Essid");
    }

    /// <summary>The radio channel: <c>wlan.config('channel')</c> / <c>wlan.config(channel=...)</c>.
    /// See https://docs.micropython.org/en/latest/library/network.WLAN.html#network.WLAN.config</summary>
    [MicroPython("{this}.config('channel')", Setter = "{this}.config(channel={value})")]
    public int Channel
    {
        get => throw new DeviceOnlyException("Wlan.Channel");
        set => throw new DeviceOnlyException("Wlan.Channel");
    }

    /// <summary>The interface's MAC address as <c>aa:bb:cc:dd:ee:ff</c> (from <c>wlan.config('mac')</c>).
    /// See https://docs.micropython.org/en/latest/library/network.WLAN.html#network.WLAN.config</summary>
    [MicroPython("dev_mac_text({this}.config('mac'))")]
    public string Mac => throw new DeviceOnlyException("Wlan.Mac");

    /// <summary>Sets the access point's password: <c>wlan.config(key=...)</c> (the password is write-only on the device).
    /// See https://docs.micropython.org/en/latest/library/network.WLAN.html#network.WLAN.config</summary>
    [MicroPython("{this}.config(key={0})")]
    public void SetPassword([Credential] string password) => throw new DeviceOnlyException("Wlan.SetPassword");

    /// <summary>The device's host name (DHCP and mDNS): <c>network.hostname()</c> / <c>network.hostname(name)</c>.
    /// See https://docs.micropython.org/en/latest/library/network.html#network.hostname</summary>
    [MicroPython("network.hostname()", Setter = "network.hostname({value})")]
    public static string Hostname
    {
        get => throw new DeviceOnlyException("Wlan.Hostname");
        set => throw new DeviceOnlyException("Wlan.Hostname");
    }

    /// <summary>The two-letter Wi-Fi country code (channels and power limits): <c>network.country()</c> / <c>network.country(code)</c>.
    /// See https://docs.micropython.org/en/latest/library/network.html#network.country</summary>
    [MicroPython("network.country()", Setter = "network.country({value})")]
    public static string Country
    {
        get => throw new DeviceOnlyException("Wlan.Country");
        set => throw new DeviceOnlyException("Wlan.Country");
    }

    /// <summary>
    /// Waits until <see cref="IsConnected"/> is true or <paramref name="timeoutMs"/> has passed: a deadline with
    /// <c>time.ticks_diff</c> and a 100 ms sleep between polls (a McuSharp helper in mcus_rt.py). It gives up at once
    /// when the board reports <see cref="WlanStatus.WrongPassword"/> (waiting cannot fix that; on an ESP32 the status
    /// shows only after the driver's own retries). Returns whether it connected; <see cref="Status"/> says why not.
    /// See https://docs.micropython.org/en/latest/library/time.html#time.ticks_diff
    /// </summary>
    /// <param name="timeoutMs">How long to wait, in milliseconds.</param>
    /// <param name="pollMs">The sleep between two polls, in milliseconds.</param>
    [MicroPython("dev_wait_connected({this}, {0}, {1}, {board:network.wifi_status.WrongPassword})", Board = "network.station.wait_connected")]
    [Sleeps]
    public bool WaitConnected(int timeoutMs, int pollMs = 100) => throw new DeviceOnlyException("Wlan.WaitConnected");

    /// <summary>
    /// Reconnects with exponential backoff, as the OpenMV "staying connected" guide does: up to
    /// <paramref name="attempts"/> rounds of disconnect, connect, <see cref="WaitConnected"/>(<paramref name="timeoutMs"/>),
    /// sleeping 1, 2, 4 … <paramref name="maxBackoffS"/> seconds between rounds; when every round failed, power-cycles the
    /// radio (<c>active(False)</c>, 1 s, <c>active(True)</c>) and tries the rounds once more. Returns whether it connected.
    /// A McuSharp helper in mcus_rt.py.
    /// See https://docs.micropython.org/en/latest/library/network.WLAN.html
    /// </summary>
    /// <param name="ssid">The network to join.</param>
    /// <param name="password">Its password (from secrets.json).</param>
    /// <param name="attempts">Rounds before the radio power-cycle (default 7: 1, 2, 4, 8, 16, 32, 60 s).</param>
    /// <param name="timeoutMs">How long each round waits for the link, in milliseconds.</param>
    /// <param name="maxBackoffS">The longest sleep between rounds, in seconds.</param>
    [MicroPython("dev_reconnect({this}, {0}, {1}, {2}, {3}, {4})")]
    [Sleeps]
    public bool Reconnect(string ssid, [Credential] string password, int attempts = 7, int timeoutMs = 10000, int maxBackoffS = 60) => throw new DeviceOnlyException("Wlan.Reconnect");
}
