using McuSharp.Interop;

namespace McuSharp.Device;

/// <summary>A pin's direction (<c>machine.Pin.IN</c>, <c>OUT</c>, <c>OPEN_DRAIN</c>).</summary>
public enum PinMode
{
    /// <summary>Input: <c>machine.Pin.IN</c>.</summary>
    [MicroPython("machine.Pin.IN")] In,

    /// <summary>Push-pull output: <c>machine.Pin.OUT</c>.</summary>
    [MicroPython("machine.Pin.OUT")] Out,

    /// <summary>Open-drain output: <c>machine.Pin.OPEN_DRAIN</c>.</summary>
    [MicroPython("machine.Pin.OPEN_DRAIN")] OpenDrain,
}

/// <summary>A pin's pull resistor.</summary>
public enum PinPull
{
    /// <summary>No pull resistor: <c>None</c>.</summary>
    [MicroPython("None")] None,

    /// <summary>Pull up to VCC (a button to ground reads 1 when released): <c>machine.Pin.PULL_UP</c>.</summary>
    [MicroPython("machine.Pin.PULL_UP")] Up,

    /// <summary>Pull down to ground: <c>machine.Pin.PULL_DOWN</c> (not on the ESP8266).</summary>
    [MicroPython("machine.Pin.PULL_DOWN")] Down,
}

/// <summary>Which edges call a pin's IRQ handler.</summary>
public enum PinTrigger
{
    /// <summary>Low to high: <c>machine.Pin.IRQ_RISING</c>.</summary>
    [MicroPython("machine.Pin.IRQ_RISING")] Rising,

    /// <summary>High to low (a pulled-up button pressed): <c>machine.Pin.IRQ_FALLING</c>.</summary>
    [MicroPython("machine.Pin.IRQ_FALLING")] Falling,

    /// <summary>Both edges: <c>machine.Pin.IRQ_RISING | machine.Pin.IRQ_FALLING</c>.</summary>
    [MicroPython("machine.Pin.IRQ_RISING | machine.Pin.IRQ_FALLING")] Both,
}

/// <summary>
/// A GPIO pin: MicroPython's <c>machine.Pin</c>. Pin ids are board-specific (GPIO numbers on ESP boards and the Pico,
/// strings such as <c>"GP9"</c> on the WiPy); <see cref="Led"/> is the board's LED from its profile.
/// See https://docs.micropython.org/en/latest/library/machine.Pin.html
/// </summary>
[MicroPythonType("machine", "Pin")]
public sealed class Pin
{
    /// <summary>The pin <paramref name="id"/> as it is (mode unchanged): <c>machine.Pin(id)</c>.</summary>
    [MicroPython("machine.Pin({0})")]
    public Pin(int id) => throw new DeviceOnlyException("Pin");

    /// <summary>The pin named <paramref name="id"/> (<c>"GP9"</c>, <c>"LED"</c>): <c>machine.Pin(id)</c>.</summary>
    [MicroPython("machine.Pin({0})")]
    public Pin(string id) => throw new DeviceOnlyException("Pin");

    /// <summary>The pin <paramref name="id"/> set up as <paramref name="mode"/>: <c>machine.Pin(id, mode, pull)</c>.
    /// See https://docs.micropython.org/en/latest/library/machine.Pin.html#machine.Pin</summary>
    [MicroPython("machine.Pin({0}, {1}, {2})")]
    public Pin(int id, PinMode mode, PinPull pull = PinPull.None) => throw new DeviceOnlyException("Pin");

    /// <summary>The pin named <paramref name="id"/> set up as <paramref name="mode"/>: <c>machine.Pin(id, mode, pull)</c>.</summary>
    [MicroPython("machine.Pin({0}, {1}, {2})")]
    public Pin(string id, PinMode mode, PinPull pull = PinPull.None) => throw new DeviceOnlyException("Pin");

    /// <summary>The board's on-board LED as an output: <c>machine.Pin(&lt;pins.led of the board profile&gt;, machine.Pin.OUT)</c>
    /// (GPIO2 on ESP boards, <c>"LED"</c> on the Pico W). On the ESP8266 the LED is active low: <see cref="Off"/> lights it.</summary>
    [MicroPython("machine.Pin({board:pins.led}, machine.Pin.OUT)")]
    [RequiresBoard("pins.led", "an on-board LED")]
    public static Pin Led => throw new DeviceOnlyException("Pin.Led");

    /// <summary>Sets the output high: <c>pin.on()</c>.
    /// See https://docs.micropython.org/en/latest/library/machine.Pin.html#machine.Pin.on</summary>
    [MicroPython("{this}.on()")]
    public void On() => throw new DeviceOnlyException("Pin.On");

    /// <summary>Sets the output low: <c>pin.off()</c>.
    /// See https://docs.micropython.org/en/latest/library/machine.Pin.html#machine.Pin.off</summary>
    [MicroPython("{this}.off()")]
    public void Off() => throw new DeviceOnlyException("Pin.Off");

    /// <summary>The pin's level, 0 or 1: reads <c>pin.value()</c>, sets <c>pin.value(v)</c>.
    /// See https://docs.micropython.org/en/latest/library/machine.Pin.html#machine.Pin.value</summary>
    [MicroPython("{this}.value()", Setter = "{this}.value({value})")]
    [Polled]
    public int Value
    {
        get => throw new DeviceOnlyException("Pin.Value");
        set => throw new DeviceOnlyException("Pin.Value");
    }

    /// <summary>Inverts the output (<c>pin.value(not pin.value())</c>, which works on every port; not all have <c>toggle()</c>).</summary>
    [MicroPython("dev_pin_toggle({this})")]
    public void Toggle() => throw new DeviceOnlyException("Pin.Toggle");

    /// <summary>Calls <paramref name="handler"/> with the pin on each <paramref name="trigger"/> edge:
    /// <c>pin.irq(handler=..., trigger=...)</c>. Keep the handler short: it runs between two statements of the main code.
    /// See https://docs.micropython.org/en/latest/library/machine.Pin.html#machine.Pin.irq</summary>
    [MicroPython("{this}.irq(handler={0}, trigger={1})")]
    public void Irq(Action<Pin> handler, PinTrigger trigger) => throw new DeviceOnlyException("Pin.Irq");
}
