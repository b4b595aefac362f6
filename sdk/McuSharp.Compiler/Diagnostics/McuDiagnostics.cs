using Microsoft.CodeAnalysis;

namespace McuSharp.Compiler.Diagnostics;

/// <summary>
/// Every MCU0xxx compiler diagnostic, in one table. Messages say what is wrong and what to write instead;
/// the help link points at the diagnostic's anchor in docs/diagnostics.md.
/// </summary>
public static class McuDiagnostics
{
    private const string Category = "McuSharp.Compiler";

    private static DiagnosticDescriptor Error(string id, string title, string message) =>
        new(id, title, message, Category, DiagnosticSeverity.Error, isEnabledByDefault: true,
            helpLinkUri: "https://github.com/mcusharp/mcusharp/blob/main/docs/diagnostics.md#" + id.ToLowerInvariant());

    private static DiagnosticDescriptor Warning(string id, string title, string message) =>
        new(id, title, message, "McuSharp.Device", DiagnosticSeverity.Warning, isEnabledByDefault: true,
            helpLinkUri: "https://github.com/mcusharp/mcusharp/blob/main/docs/diagnostics.md#" + id.ToLowerInvariant());

    public static readonly DiagnosticDescriptor UnsupportedConstruct = Error("MCU0001",
        "C# construct not supported on MicroPython",
        "{0} is not supported by McuSharp: {1}");

    public static readonly DiagnosticDescriptor UnsupportedMember = Error("MCU0002",
        "Library member not available on the device",
        "'{0}' has no MicroPython translation: {1}");

    public static readonly DiagnosticDescriptor UnsupportedFormat = Error("MCU0003",
        "Format string not supported",
        "{0}");

    public static readonly DiagnosticDescriptor UnrepresentableString = Error("MCU0004",
        "String cannot be represented exactly on MicroPython",
        "This string contains {0}; MicroPython strings count Unicode code points, so its Length and indexes would differ from .NET. Use characters from the Basic Multilingual Plane (U+0000..U+FFFF, no surrogates).");

    public static readonly DiagnosticDescriptor NoEntryPoint = Error("MCU0005",
        "No entry point",
        "The program has no entry point: add 'static void Main()' (or 'static int Main()', 'static void Main(string[] args)') to a class; it becomes main.py");

    public static readonly DiagnosticDescriptor BreakInsideSwitchSection = Error("MCU0006",
        "'break' in the middle of a switch section",
        "A 'break' that leaves a switch section from inside a nested statement is not supported; restructure the section with if/else so that it ends with its 'break'");

    public static readonly DiagnosticDescriptor CultureSensitiveComparison = Error("MCU0007",
        "Culture-sensitive string comparison",
        "'{0}' compares strings with the current culture's rules, which the device does not have; pass StringComparison.Ordinal (or use string.CompareOrdinal)");

    public static readonly DiagnosticDescriptor AssignmentInExpression = Error("MCU0008",
        "Assignment inside an expression",
        "{0} of {1} inside an expression is not supported; make it a statement of its own");

    public static readonly DiagnosticDescriptor FilterAfterFinally = Error("MCU0009",
        "Exception filter that would run after a finally block",
        "This exception filter would run after a finally block inside its try statement, where .NET runs it before ({0}); test the condition at the start of the catch block and rethrow with 'throw;', or let the filter read only the exception and variables that no finally block changes");

    public static readonly DiagnosticDescriptor InternalError = Error("MCU0999",
        "Internal compiler error",
        "McuSharp could not translate this code ({0}); please report it with this snippet");

    public static readonly DiagnosticDescriptor StaticInitializationTiming = Error("MCU0010",
        "Static initialization that depends on when it runs",
        "This static initialization can tell when it runs ({0}): .NET runs it when the class is first used, the device once before Main, so the results could differ; compute the value in Main or in a method, or initialize from constants");

    public static readonly DiagnosticDescriptor ExpressionTree = Error("MCU0011",
        "Expression tree",
        "An expression tree (Expression<...>) keeps the code as data to inspect, which the device cannot do; pass a delegate (Func<...> or Action<...>) instead");

    public static readonly DiagnosticDescriptor AsyncFunction = Error("MCU0012",
        "Async lambda or local function",
        "An async lambda or local function is not supported yet; make it synchronous and do the work in a loop (with Time.SleepMs between steps)");

    public static readonly DiagnosticDescriptor ByReferenceDelegateParameter = Error("MCU0013",
        "ref, out or in parameter of a lambda, local function or delegate",
        "{0} has a ref, out or in parameter, which a delegate on the device cannot pass by reference; return the values instead (a tuple), or make it a method of a class");

    public static readonly DiagnosticDescriptor CapturedLoopVariableChanged = Error("MCU0014",
        "A loop's per-iteration variable is captured and changed",
        "'{0}' is a new variable in every loop iteration, and it is captured by a lambda or local function and changed after its declaration; the device can give each iteration its own copy only of a variable that does not change: copy it into a new local declared in the loop that is never assigned again, and capture that");

    public static readonly DiagnosticDescriptor UnsupportedMethodGroup = Error("MCU0015",
        "Method group that cannot become a delegate",
        "'{0}' cannot be used as a delegate ({1}); write a lambda that calls it, e.g. x => {2}(x)");

    public static readonly DiagnosticDescriptor MulticastDelegate = Error("MCU0016",
        "Event or delegate combination that is not supported",
        "{0}; keep the handlers in a List<Action> (Add/Remove) and call each in a foreach loop");

    public static readonly DiagnosticDescriptor EscapingLoopLocalFunction = Error("MCU0017",
        "Local function capturing a loop's per-iteration variable used as a delegate",
        "The local function '{0}' captures '{1}', a new variable in every loop iteration, and is used as a delegate, which could outlive the iteration; call it directly, or write a lambda (which keeps its iteration's variable)");

    public static IReadOnlyList<DiagnosticDescriptor> All { get; } = new[]
    {
        UnsupportedConstruct, UnsupportedMember, UnsupportedFormat, UnrepresentableString, NoEntryPoint,
        BreakInsideSwitchSection, CultureSensitiveComparison, AssignmentInExpression, FilterAfterFinally, StaticInitializationTiming,
        ExpressionTree, AsyncFunction, ByReferenceDelegateParameter, CapturedLoopVariableChanged, UnsupportedMethodGroup, MulticastDelegate, EscapingLoopLocalFunction, InternalError,
    };

    // ---- McuSharp.Device façades and interop (MCU0020-MCU0029) ----

    public static readonly DiagnosticDescriptor BoardLacksValue = Error("MCU0020",
        "The selected board has no value for this member",
        "'{0}' has no value on board '{1}' (its profile has nothing at '{2}'): the board cannot do or report this; check for it another way, or build for a board that has it");

    public static readonly DiagnosticDescriptor UnknownBoard = Error("MCU0021",
        "Unknown board",
        "{0}");

    public static readonly DiagnosticDescriptor BadInteropTemplate = Error("MCU0022",
        "Invalid MicroPython binding",
        "The [MicroPython] template of '{0}' (\"{1}\") is not a Python expression McuSharp can read: {2}");

    public static readonly DiagnosticDescriptor BadPyCode = Error("MCU0023",
        "Invalid verbatim Python",
        "{0}: {1}");

    public static readonly DiagnosticDescriptor MissingConfigValue = Error("MCU0024",
        "Configuration value not found",
        "'{0}' reads the key '{1}', but {2}");

    public static readonly DiagnosticDescriptor FloatOnIntegerBoard = Error("MCU0025",
        "Floating point on a board without float support",
        "{0} needs floating point, which board '{1}' does not have (MicroPython built without float): use int arithmetic (for example milli-units and '/' on ints rounds toward zero the C# way)");

    // ---- board and pitfall warnings the compiler reports itself (MCU1xxx, as the analyzers do; see Diagnostics/Rules) ----

    public static readonly DiagnosticDescriptor UnboundedWait = Warning("MCU1002",
        "Unbounded wait",
        "This loop waits on {0} with no deadline and no way out: when the network never comes (wrong password, out of range) the board hangs here for ever. Use Wlan.WaitConnected(timeoutMs), or check Time.TicksDiff against a deadline and break.");

    public static readonly DiagnosticDescriptor BusyWait = Warning("MCU1003",
        "Busy-wait",
        "This loop polls {0} without sleeping: it keeps the CPU at full power, starves the Wi-Fi stack and the REPL; put Time.SleepMs(10) (or more) in its body");

    public static readonly DiagnosticDescriptor MissingTimeout = Warning("MCU1004",
        "Network operation without a timeout",
        "{0}: a peer that never answers blocks the board for ever; {1}");

    public static readonly DiagnosticDescriptor UnclosedResource = Warning("MCU1006",
        "Response or socket never closed",
        "This {0} is never closed: it keeps a socket and heap on the device (a few requests exhaust them). Use 'using var x = ...;' or call Close().");

    public static readonly DiagnosticDescriptor ConnectWhileInactive = Warning("MCU1007",
        "Connect on an interface that is not active",
        "'{0}.{1}' is called before '{0}.{2} = true' in this method: an interface that is off refuses the connect (\"STA must be active\" on ESP32); set {2} first");

    public static readonly DiagnosticDescriptor LiteralCredential = Warning("MCU1005",
        "Credential in code",
        "{0} is a string literal in code: it ends up in the firmware, the repository and every copy of the program. Put it in secrets.json and read it with a [McuConfig] property.");

    public static readonly DiagnosticDescriptor BoardLacksApi = Warning("MCU1008",
        "API the selected board does not have",
        "'{0}' needs {1}, which board '{2}' does not have (its profile has nothing at '{3}'): on the device this fails at run time; build for a board that has it or leave it out");

    public static readonly DiagnosticDescriptor RawWifiStatus = Warning("MCU1009",
        "Wi-Fi status compared with a number",
        "A {0} is compared with the number {1}: status codes differ per port (GotIp is 5 on ESP8266, 1010 on ESP32, 3 on the Pico W); compare with a {0} member such as {0}.{2}");
}
