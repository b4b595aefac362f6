using McuSharp.Interop;

namespace McuSharp.Device;

/// <summary>
/// System functions: MicroPython's <c>sys</c> module.
/// See https://docs.micropython.org/en/latest/library/sys.html
/// </summary>
[MicroPythonModule("sys")]
public static class Sys
{
    /// <summary>Prints <paramref name="exception"/> with its traceback to the console (stderr on the sim):
    /// <c>sys.print_exception(e)</c>. <c>mcu sim</c> and <c>mcu monitor</c> map the lines back to C#.
    /// See https://docs.micropython.org/en/latest/library/sys.html#sys.print_exception</summary>
    [MicroPython("sys.print_exception({0})")]
    public static void PrintException(Exception exception) => throw new DeviceOnlyException("Sys.PrintException");
}
