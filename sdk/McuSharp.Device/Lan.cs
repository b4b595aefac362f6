using McuSharp.Interop;

namespace McuSharp.Device;

/// <summary>The Ethernet PHY chip of an ESP32 board's wired interface (<c>network.PHY_*</c>).</summary>
public enum LanPhy
{
    /// <summary>Microchip LAN8720 (Olimex ESP32-POE, WT32-ETH01).</summary>
    [MicroPython("network.PHY_LAN8720")] Lan8720,

    /// <summary>IC Plus IP101.</summary>
    [MicroPython("network.PHY_IP101")] Ip101,

    /// <summary>Realtek RTL8201.</summary>
    [MicroPython("network.PHY_RTL8201")] Rtl8201,

    /// <summary>TI DP83848.</summary>
    [MicroPython("network.PHY_DP83848")] Dp83848,
}

/// <summary>
/// The wired Ethernet interface: MicroPython's <c>network.LAN</c> (ESP32 with an external PHY, OpenMV boards). No
/// connect step: once active with a cable plugged in, it is up. Boards without Ethernet (ESP8266, Pico W) warn MCU1008.
/// See https://docs.micropython.org/en/latest/library/network.LAN.html
/// </summary>
[MicroPythonType("network", "LAN")]
[RequiresBoard("network.lan", "Ethernet (network.LAN)")]
public sealed class Lan
{
    /// <summary>The board's built-in Ethernet interface: <c>network.LAN()</c>.</summary>
    [MicroPython("network.LAN()")]
    public Lan() => throw new DeviceOnlyException("Lan");

    /// <summary>An ESP32 Ethernet interface with an external PHY:
    /// <c>network.LAN(mdc=Pin(mdc), mdio=Pin(mdio), phy_type=network.PHY_..., phy_addr=n)</c>.
    /// See https://docs.micropython.org/en/latest/esp32/quickref.html#lan</summary>
    [MicroPython("network.LAN(mdc=machine.Pin({0}), mdio=machine.Pin({1}), phy_type={2}, phy_addr={3})")]
    public Lan(int mdcPin, int mdioPin, LanPhy phy, int phyAddress) => throw new DeviceOnlyException("Lan");

    /// <summary>Whether the interface is on: <c>lan.active()</c> / <c>lan.active(True/False)</c>.
    /// See https://docs.micropython.org/en/latest/library/network.LAN.html#network.LAN.active</summary>
    [MicroPython("{this}.active()", Setter = "{this}.active({value})")]
    public bool Active
    {
        get => throw new DeviceOnlyException("Lan.Active");
        set => throw new DeviceOnlyException("Lan.Active");
    }

    /// <summary>Whether the link is up with an address: <c>lan.isconnected()</c>.
    /// See https://docs.micropython.org/en/latest/library/network.html#network.AbstractNIC.isconnected</summary>
    [MicroPython("{this}.isconnected()")]
    [Polled]
    public bool IsConnected() => throw new DeviceOnlyException("Lan.IsConnected");

    /// <summary>The interface's IP settings: <c>lan.ifconfig()</c>.
    /// See https://docs.micropython.org/en/latest/library/network.html#network.AbstractNIC.ifconfig</summary>
    [MicroPython("{this}.ifconfig()")]
    public IpConfig IfConfig() => throw new DeviceOnlyException("Lan.IfConfig");

    /// <summary>Sets a static address: <c>lan.ifconfig((ip, subnet, gateway, dns))</c>.
    /// See https://docs.micropython.org/en/latest/library/network.html#network.AbstractNIC.ifconfig</summary>
    [MicroPython("{this}.ifconfig({0})")]
    public void IfConfig(IpConfig config) => throw new DeviceOnlyException("Lan.IfConfig");
}
