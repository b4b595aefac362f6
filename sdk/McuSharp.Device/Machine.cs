using McuSharp.Interop;

namespace McuSharp.Device;

/// <summary>
/// Why the board last started (<see cref="Machine.ResetCause"/>); the numbers differ per port and come from the
/// board profile. See https://docs.micropython.org/en/latest/library/machine.html#machine-constants
/// </summary>
public enum ResetCause
{
    /// <summary>Power was applied: <c>machine.PWRON_RESET</c>.</summary>
    [BoardValue("machine.reset_causes.PowerOn")] PowerOn,

    /// <summary>The reset button or <see cref="Machine.Reset"/>: <c>machine.HARD_RESET</c>.</summary>
    [BoardValue("machine.reset_causes.HardReset")] HardReset,

    /// <summary>The watchdog fired: <c>machine.WDT_RESET</c>.</summary>
    [BoardValue("machine.reset_causes.WatchdogReset")] WatchdogReset,

    /// <summary>Woke from <see cref="Machine.DeepSleep(int)"/>: <c>machine.DEEPSLEEP_RESET</c> (the RP2040 reports PowerOn).</summary>
    [BoardValue("machine.reset_causes.DeepSleepReset")] DeepSleepReset,

    /// <summary>A soft reset (Ctrl-D in the REPL): <c>machine.SOFT_RESET</c>.</summary>
    [BoardValue("machine.reset_causes.SoftReset")] SoftReset,
}

/// <summary>
/// The board itself: MicroPython's <c>machine</c> module (reset cause, sleep modes, reset, id, CPU frequency).
/// See https://docs.micropython.org/en/latest/library/machine.html
/// </summary>
[MicroPythonModule("machine")]
public static class Machine
{
    /// <summary>Why the board started: <c>machine.reset_cause()</c>, compared through <see cref="Device.ResetCause"/>.
    /// See https://docs.micropython.org/en/latest/library/machine.html#machine.reset_cause</summary>
    [MicroPython("machine.reset_cause()")]
    public static ResetCause ResetCause() => throw new DeviceOnlyException("Machine.ResetCause");

    /// <summary>Stops the CPU and most peripherals for <paramref name="ms"/> milliseconds; the board then restarts from
    /// main.py with <see cref="Device.ResetCause.DeepSleepReset"/>: <c>machine.deepsleep(ms)</c>. Nothing after it runs.
    /// Keep a way out (a debug pin that skips it), or the REPL is hard to reach.
    /// See https://docs.micropython.org/en/latest/library/machine.html#machine.deepsleep</summary>
    [MicroPython("machine.deepsleep({0})")]
    public static void DeepSleep(int ms) => throw new DeviceOnlyException("Machine.DeepSleep");

    /// <summary>Deep sleep until a wake source (a reset, a configured pin or timer): <c>machine.deepsleep()</c>. Nothing after it runs.
    /// See https://docs.micropython.org/en/latest/library/machine.html#machine.deepsleep</summary>
    [MicroPython("machine.deepsleep()")]
    public static void DeepSleep() => throw new DeviceOnlyException("Machine.DeepSleep");

    /// <summary>Light sleep until a wake source (a pin IRQ): <c>machine.lightsleep()</c>, then continues.
    /// See https://docs.micropython.org/en/latest/library/machine.html#machine.lightsleep</summary>
    [MicroPython("machine.lightsleep()")]
    [Sleeps]
    public static void LightSleep() => throw new DeviceOnlyException("Machine.LightSleep");

    /// <summary>Sleeps with RAM kept for <paramref name="ms"/> milliseconds, then continues: <c>machine.lightsleep(ms)</c>.
    /// See https://docs.micropython.org/en/latest/library/machine.html#machine.lightsleep</summary>
    [MicroPython("machine.lightsleep({0})")]
    [Sleeps]
    public static void LightSleep(int ms) => throw new DeviceOnlyException("Machine.LightSleep");

    /// <summary>Resets the board like the reset button: <c>machine.reset()</c>. Nothing after it runs.
    /// See https://docs.micropython.org/en/latest/library/machine.html#machine.reset</summary>
    [MicroPython("machine.reset()")]
    public static void Reset() => throw new DeviceOnlyException("Machine.Reset");

    /// <summary>The board's unique id as lowercase hex (the MAC on ESP32, the flash id on the Pico):
    /// <c>binascii.hexlify(machine.unique_id()).decode()</c>.
    /// See https://docs.micropython.org/en/latest/library/machine.html#machine.unique_id</summary>
    [MicroPython("binascii.hexlify(machine.unique_id()).decode()")]
    public static string UniqueId() => throw new DeviceOnlyException("Machine.UniqueId");

    /// <summary>The CPU frequency in Hz: <c>machine.freq()</c>.
    /// See https://docs.micropython.org/en/latest/library/machine.html#machine.freq</summary>
    [MicroPython("machine.freq()")]
    public static int Freq() => throw new DeviceOnlyException("Machine.Freq");

    /// <summary>Sets the CPU frequency in Hz (the values the port allows, e.g. 80 or 160 MHz on the ESP8266): <c>machine.freq(hz)</c>.
    /// See https://docs.micropython.org/en/latest/library/machine.html#machine.freq</summary>
    [MicroPython("machine.freq({0})")]
    public static void Freq(int hz) => throw new DeviceOnlyException("Machine.Freq");
}
