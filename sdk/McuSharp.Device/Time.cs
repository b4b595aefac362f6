using McuSharp.Interop;

namespace McuSharp.Device;

/// <summary>
/// Delays and the millisecond tick counter: MicroPython's <c>time</c> module. Ticks wrap around: compare them only
/// with <see cref="TicksDiff"/> and move them with <see cref="TicksAdd"/>.
/// See https://docs.micropython.org/en/latest/library/time.html
/// </summary>
[MicroPythonModule("time")]
public static class Time
{
    /// <summary>Waits <paramref name="ms"/> milliseconds: <c>time.sleep_ms(ms)</c>.
    /// See https://docs.micropython.org/en/latest/library/time.html#time.sleep_ms</summary>
    [MicroPython("time.sleep_ms({0})")]
    [Sleeps]
    public static void SleepMs(int ms) => throw new DeviceOnlyException("Time.SleepMs");

    /// <summary>Waits <paramref name="seconds"/> seconds: <c>time.sleep(seconds)</c>.
    /// See https://docs.micropython.org/en/latest/library/time.html#time.sleep</summary>
    [MicroPython("time.sleep({0})")]
    [Sleeps]
    public static void Sleep(int seconds) => throw new DeviceOnlyException("Time.Sleep");

    /// <summary>Waits <paramref name="us"/> microseconds: <c>time.sleep_us(us)</c>.
    /// See https://docs.micropython.org/en/latest/library/time.html#time.sleep_us</summary>
    [MicroPython("time.sleep_us({0})")]
    [Sleeps]
    public static void SleepUs(int us) => throw new DeviceOnlyException("Time.SleepUs");

    /// <summary>A millisecond counter that wraps around: <c>time.ticks_ms()</c>.
    /// See https://docs.micropython.org/en/latest/library/time.html#time.ticks_ms</summary>
    [MicroPython("time.ticks_ms()")]
    [Polled]
    public static int TicksMs() => throw new DeviceOnlyException("Time.TicksMs");

    /// <summary>A microsecond counter that wraps around: <c>time.ticks_us()</c>.
    /// See https://docs.micropython.org/en/latest/library/time.html#time.ticks_us</summary>
    [MicroPython("time.ticks_us()")]
    [Polled]
    public static int TicksUs() => throw new DeviceOnlyException("Time.TicksUs");

    /// <summary>The signed distance <paramref name="end"/> − <paramref name="start"/> between two tick values, correct across
    /// wrap-around: <c>time.ticks_diff(end, start)</c>.
    /// See https://docs.micropython.org/en/latest/library/time.html#time.ticks_diff</summary>
    [MicroPython("time.ticks_diff({0}, {1})")]
    public static int TicksDiff(int end, int start) => throw new DeviceOnlyException("Time.TicksDiff");

    /// <summary>The tick value <paramref name="delta"/> after <paramref name="ticks"/> (a deadline): <c>time.ticks_add(ticks, delta)</c>.
    /// See https://docs.micropython.org/en/latest/library/time.html#time.ticks_add</summary>
    [MicroPython("time.ticks_add({0}, {1})")]
    public static int TicksAdd(int ticks, int delta) => throw new DeviceOnlyException("Time.TicksAdd");
}
