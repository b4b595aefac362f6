namespace McuSharp.Device;

/// <summary>
/// Thrown by every McuSharp.Device member when it is called on .NET: the façades describe MicroPython APIs for the
/// McuSharp compiler and do nothing on a PC. Build with <c>mcu build</c>, run with <c>mcu sim</c> or on a board.
/// </summary>
public sealed class DeviceOnlyException : InvalidOperationException
{
    /// <summary>Creates the exception for <paramref name="member"/> (e.g. <c>Wlan.Connect</c>).</summary>
    public DeviceOnlyException(string member)
        : base($"{member} runs only on the device; build with mcu build / run with mcu sim.") => Member = member;

    /// <summary>The façade member that was called.</summary>
    public string Member { get; }
}
