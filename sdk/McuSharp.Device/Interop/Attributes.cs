namespace McuSharp.Interop;

/// <summary>
/// Says what a member becomes in MicroPython: a Python expression template the McuSharp compiler parses into
/// Python syntax (it never splices text). Placeholders: <c>{this}</c> (the receiver), <c>{0}</c>, <c>{1}</c> … or
/// <c>{name}</c> (the arguments, by position or parameter name), <c>{value}</c> (the assigned value, in
/// <see cref="Setter"/>) and <c>{board:path}</c> (a value from the selected board profile, e.g.
/// <c>{board:network.station}</c>). A keyword argument whose value is the placeholder of an optional argument the
/// call leaves out is dropped, so <c>urequests.get({0}, timeout={timeout})</c> passes <c>timeout=</c> only when given.
/// A bare identifier (<c>"write"</c>) names the Python member of the type bound by <see cref="MicroPythonTypeAttribute"/>
/// or <see cref="MicroPythonModuleAttribute"/>. A dotted name's first identifier that is not a Python builtin is
/// imported as a module (<c>network.WLAN(...)</c> adds <c>import network</c>).
/// See docs/interop.md.
/// </summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Constructor | AttributeTargets.Property | AttributeTargets.Field, AllowMultiple = false, Inherited = false)]
public sealed class MicroPythonAttribute : Attribute
{
    /// <summary>Binds the member to the Python expression <paramref name="template"/>.</summary>
    /// <param name="template">A Python expression with placeholders (see the class summary).</param>
    public MicroPythonAttribute(string template) => Template = template;

    /// <summary>The Python expression the member's use becomes (for a property: its read).</summary>
    public string Template { get; }

    /// <summary>For a settable property: the Python expression an assignment becomes (<c>{this}.active({value})</c>).</summary>
    public string? Setter { get; set; }

    /// <summary>
    /// A dotted path into the board profile where a board may give its own template for this member (a string with the
    /// same placeholders), e.g. the WiPy's <c>connect(ssid, auth=(WLAN.WPA2, key))</c>; boards without one use <see cref="Template"/>.
    /// </summary>
    public string? Board { get; set; }
}

/// <summary>
/// Binds a C# class to a Python class: <c>[MicroPythonType("neopixel", "NeoPixel")]</c>. Its constructors become
/// calls of <c>neopixel.NeoPixel(...)</c>, its instance members without <see cref="MicroPythonAttribute"/> become
/// the Python members of the same name in snake_case. The class itself is not emitted: it describes a Python type.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = false, Inherited = false)]
public sealed class MicroPythonTypeAttribute : Attribute
{
    /// <summary>Binds the class to <c>module.name</c>.</summary>
    /// <param name="module">The Python module to import (<c>neopixel</c>).</param>
    /// <param name="name">The class in that module (<c>NeoPixel</c>).</param>
    public MicroPythonTypeAttribute(string module, string name)
    {
        Module = module;
        Name = name;
    }

    /// <summary>The Python module the class lives in.</summary>
    public string Module { get; }

    /// <summary>The Python class name.</summary>
    public string Name { get; }
}

/// <summary>
/// Binds a static C# class to a Python module: <c>[MicroPythonModule("time")]</c>. Its static members without
/// <see cref="MicroPythonAttribute"/> become <c>module.snake_case_name(...)</c>. The class is not emitted.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class MicroPythonModuleAttribute : Attribute
{
    /// <summary>Binds the class to the Python module <paramref name="module"/>.</summary>
    public MicroPythonModuleAttribute(string module) => Module = module;

    /// <summary>The Python module.</summary>
    public string Module { get; }
}

/// <summary>
/// An enum member or field whose value comes from the selected board profile: <c>[BoardValue("network.wifi_status.GotIp")]</c>
/// compiles to that board's constant (<c>network.STAT_GOT_IP</c>) or number (<c>1010</c>). A path the board has no
/// value for is a compile error (MCU0020) that names the board.
/// </summary>
[AttributeUsage(AttributeTargets.Field | AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
public sealed class BoardValueAttribute : Attribute
{
    /// <summary>Takes the value at <paramref name="path"/> (dotted, into the board profile's JSON).</summary>
    public BoardValueAttribute(string path) => Path = path;

    /// <summary>The dotted path into the board profile (<c>machine.reset_causes.DeepSleepReset</c>).</summary>
    public string Path { get; }
}

/// <summary>
/// A type or member that only some boards have: using it on a board whose profile has nothing (null, false or an
/// empty value) at <see cref="Path"/> is warning MCU1008, naming the board and <see cref="Feature"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method | AttributeTargets.Constructor | AttributeTargets.Property | AttributeTargets.Field, AllowMultiple = true, Inherited = false)]
public sealed class RequiresBoardAttribute : Attribute
{
    /// <summary>Requires the board profile to have a value at <paramref name="path"/>.</summary>
    /// <param name="path">A dotted path into the board profile (<c>network.lan</c>).</param>
    /// <param name="feature">What the user reads in the warning (<c>Ethernet (network.LAN)</c>).</param>
    public RequiresBoardAttribute(string path, string feature)
    {
        Path = path;
        Feature = feature;
    }

    /// <summary>The dotted path into the board profile.</summary>
    public string Path { get; }

    /// <summary>The feature's name in messages.</summary>
    public string Feature { get; }
}

/// <summary>
/// A parameter that carries a credential (a Wi-Fi password, an API key) or a URL that may embed one: a string literal
/// passed to it is warning MCU1005. Read such values from secrets.json with <see cref="McuConfigAttribute"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
public sealed class CredentialAttribute : Attribute
{
    /// <summary>True for a URL: only literals that look like they hold a key or token are flagged.</summary>
    public bool Url { get; set; }
}

/// <summary>
/// Values from <c>secrets.json</c> beside the project. On a static class, each <c>static extern</c> property reads
/// the key of its name (exactly, or in snake_case); on a property, <see cref="Key"/> names the key. The build writes
/// the values to a generated <c>config.py</c> (never to the build log) and the property becomes <c>config.key</c>.
/// </summary>
/// <example>
/// <code>
/// [McuConfig] static class Secrets
/// {
///     public static extern string WifiSsid { get; }
///     [McuConfig("wifi_password")] public static extern string WifiPassword { get; }
/// }
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
public sealed class McuConfigAttribute : Attribute
{
    /// <summary>Reads the key named like the property.</summary>
    public McuConfigAttribute() { }

    /// <summary>Reads the key <paramref name="key"/>.</summary>
    public McuConfigAttribute(string key) => Key = key;

    /// <summary>The key in secrets.json, or null for the property's own name.</summary>
    public string? Key { get; }
}

/// <summary>
/// The timeout of an operation that can block (a parameter): a call that leaves it out is warning MCU1004. On a
/// method (<c>Socket.Connect</c>, <c>Socket.Recv</c>): it blocks unless a <see cref="SetsTimeoutAttribute"/> method was
/// called on the same object before, in the same method.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class TimeoutAttribute : Attribute;

/// <summary>A method that sets the timeout of its object (<c>Socket.SetTimeout</c>): see <see cref="TimeoutAttribute"/>.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class SetsTimeoutAttribute : Attribute;

/// <summary>
/// A type whose objects hold a socket and heap on the device (<c>Response</c>, <c>Socket</c>): one that is neither
/// closed (<c>Close</c>/<c>Dispose</c>, <c>using</c>) nor returned or passed on in the method that gets it is warning MCU1006.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class MustCloseAttribute : Attribute;

/// <summary>
/// A state that only changes over time (<c>Wlan.IsConnected</c>): a loop that waits on it with no deadline, no attempt
/// limit and no way out (break, return, throw) is warning MCU1002.
/// </summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
public sealed class PolledAttribute : Attribute;

/// <summary>
/// A member that waits (<c>Time.SleepMs</c>, <c>Machine.LightSleep</c>, <c>Wlan.WaitConnected</c>): a loop that polls a
/// [Polled] state or the tick counter without calling one is a busy-wait, warning MCU1003.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class SleepsAttribute : Attribute;

/// <summary>
/// A method that needs its interface switched on first (<c>Wlan.Connect</c>): called on a local whose
/// <see cref="ActivatesAttribute"/> property was not set earlier in the method, it is warning MCU1007.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class RequiresActiveAttribute : Attribute;

/// <summary>The property that switches an interface on (<c>Wlan.Active</c>): see <see cref="RequiresActiveAttribute"/>.</summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
public sealed class ActivatesAttribute : Attribute;
