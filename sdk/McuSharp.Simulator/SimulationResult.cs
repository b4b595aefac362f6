using System.Text.Json;

namespace McuSharp.Simulator;

/// <summary>How a simulated run ended.</summary>
public sealed record SimulationResult
{
    /// <summary>Exit code of a run stopped because it exceeded <see cref="SimulationOptions.Timeout"/>.</summary>
    public const int TimeoutExitCode = 124;

    /// <summary>Exit code of a program that raised an uncaught exception.</summary>
    public const int UncaughtExceptionExitCode = 1;

    /// <summary>Exit code of the host when its command line or its own set-up failed.</summary>
    public const int HostErrorExitCode = 2;

    /// <summary>0 normal end, n for <c>sys.exit(n)</c>, 1 uncaught exception, 2 host failure, 124 timeout.</summary>
    public required int ExitCode { get; init; }

    /// <summary>The program was still running when the timeout expired.</summary>
    public bool TimedOut { get; init; }

    /// <summary>The traceback of the uncaught exception (as MicroPython prints it, e.g. <c>File "main.py", line 3</c>), or null.</summary>
    public string? Traceback { get; init; }

    /// <summary>Everything written to stderr: the program's sys.stderr, the traceback, host messages.</summary>
    public required string Stderr { get; init; }

    /// <summary>What the program printed; only filled by <see cref="MicroPythonSimulator.RunToCompletionAsync"/>.</summary>
    public string? Stdout { get; init; }

    /// <summary>The simulated device's events in order (the timeline), when <see cref="SimulationOptions.CollectEvents"/> asked for them; else empty.</summary>
    public IReadOnlyList<JsonElement> Events { get; init; } = Array.Empty<JsonElement>();

    /// <summary>Wall-clock time of the run, including starting Node.js and the VM.</summary>
    public TimeSpan Elapsed { get; init; }
}
