using McuSharp.Device;

namespace McuSharp.Interop;

/// <summary>
/// Verbatim MicroPython, for what no façade or binding covers. The code must be a constant string; it is emitted as
/// written (the compiler adds no import for it: use <see cref="Import"/>). See docs/interop.md.
/// </summary>
public static class Py
{
    /// <summary>The value of the Python expression <paramref name="code"/>, typed as <typeparamref name="T"/> for C#.</summary>
    /// <param name="code">A Python expression, e.g. <c>"gc.mem_free()"</c>.</param>
    public static T Expr<T>(string code) => throw new DeviceOnlyException("Py.Expr");

    /// <summary>Runs the Python statement(s) <paramref name="code"/> where the call stands.</summary>
    /// <param name="code">Python statements; several lines keep their relative indentation.</param>
    public static void Exec(string code) => throw new DeviceOnlyException("Py.Exec");

    /// <summary>Adds <c>import module</c> to the current module (for names used in <see cref="Expr{T}"/> and <see cref="Exec"/>).</summary>
    /// <param name="module">A Python module name, e.g. <c>"gc"</c>.</param>
    public static void Import(string module) => throw new DeviceOnlyException("Py.Import");
}
