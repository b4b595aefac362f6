using McuSharp.Device;

namespace McuSharp.Interop;

/// <summary>
/// Verbatim MicroPython, for what no façade or binding covers. The code must be a constant string. <see cref="Expr{T}"/>
/// is parsed into McuSharp's Python syntax tree (a dotted name imports its module); <see cref="Exec"/> is emitted line by
/// line as written (import what it needs with <see cref="Import"/>). C# locals are not visible by their C# names: pass
/// values through façade calls or fields instead. See docs/interop.md.
/// </summary>
public static class Py
{
    /// <summary>The value of the Python expression <paramref name="code"/>, typed as <typeparamref name="T"/> for C#.</summary>
    /// <param name="code">A Python expression, e.g. <c>"gc.mem_free()"</c>.</param>
    public static T Expr<T>(string code) => throw new DeviceOnlyException("Py.Expr");

    /// <summary>Runs the Python statement(s) <paramref name="code"/> where the call stands.</summary>
    /// <param name="code">Python statements; several lines keep their relative indentation.</param>
    public static void Exec(string code) => throw new DeviceOnlyException("Py.Exec");

    /// <summary>Adds <c>import module</c> at the top of the generated module (for names that only <see cref="Exec"/> code
    /// uses; a dotted name in <see cref="Expr{T}"/> such as <c>gc.mem_free()</c> imports its module by itself).</summary>
    /// <param name="module">A Python module name, e.g. <c>"gc"</c>.</param>
    public static void Import(string module) => throw new DeviceOnlyException("Py.Import");
}
