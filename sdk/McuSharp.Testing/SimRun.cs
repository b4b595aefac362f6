using System.Text;

namespace McuSharp.Testing;

/// <summary>
/// One finished run of a program on the simulated device: how it ended, what it printed, and the timeline of what it
/// did. The query methods are those of <see cref="Timeline"/>, for the whole run.
/// </summary>
public sealed class SimRun
{
    internal SimRun(McuBuild build, string board, string scenario, int exitCode, bool timedOut, string output, string stderr, string? traceback, SimTimeline timeline)
    {
        Build = build;
        Board = board;
        Scenario = scenario;
        ExitCode = exitCode;
        TimedOut = timedOut;
        Output = output;
        Stderr = stderr;
        Traceback = traceback;
        Timeline = timeline;
    }

    /// <summary>The build that ran (its modules folder and the warnings it had).</summary>
    public McuBuild Build { get; }

    /// <summary>The board profile the simulated device imitated.</summary>
    public string Board { get; }

    /// <summary>The scenario file, <c>(inline scenario)</c> or <c>(default scenario)</c>.</summary>
    public string Scenario { get; }

    /// <summary>0 normal end (also deep sleep, reset, <c>run_for_ms</c> reached), 1 uncaught exception, 124 timeout, n for <c>sys.exit(n)</c>.</summary>
    public int ExitCode { get; }

    /// <summary>The program was still running when the run's wall-clock timeout expired.</summary>
    public bool TimedOut { get; }

    /// <summary>Exactly what the device printed (as <c>mcu sim</c> writes it to stdout), with <c>\n</c> line ends.</summary>
    public string Output { get; }

    /// <summary><see cref="Output"/> split into lines (no trailing empty line).</summary>
    public IReadOnlyList<string> OutputLines =>
        Output.Length == 0 ? Array.Empty<string>() : Output.TrimEnd('\n').Split('\n');

    /// <summary>The device's stderr: the readable timeline, the traceback, simulator messages.</summary>
    public string Stderr { get; }

    /// <summary>The uncaught exception's traceback, each frame annotated with its C# file and line, or null.</summary>
    public string? Traceback { get; }

    /// <summary>Everything that happened, in order.</summary>
    public SimTimeline Timeline { get; }

    /// <inheritdoc cref="SimTimeline.HttpRequests" />
    public IReadOnlyList<HttpRequestEvent> HttpRequests(string? method = null, string? url = null) => Timeline.HttpRequests(method, url);

    /// <inheritdoc cref="SimTimeline.HttpResponses" />
    public IReadOnlyList<HttpResponseEvent> HttpResponses() => Timeline.HttpResponses();

    /// <inheritdoc cref="SimTimeline.PinWrites(int)" />
    public IReadOnlyList<PinEvent> PinWrites(int pin) => Timeline.PinWrites(pin);

    /// <inheritdoc cref="SimTimeline.PinWrites(string)" />
    public IReadOnlyList<PinEvent> PinWrites(string pin) => Timeline.PinWrites(pin);

    /// <inheritdoc cref="SimTimeline.Blinks(int, bool)" />
    public int Blinks(int pin, bool activeLow = false) => Timeline.Blinks(pin, activeLow);

    /// <inheritdoc cref="SimTimeline.Blinks(string, bool)" />
    public int Blinks(string pin, bool activeLow = false) => Timeline.Blinks(pin, activeLow);

    /// <inheritdoc cref="SimTimeline.Sleeps" />
    public IReadOnlyList<SleepEvent> Sleeps() => Timeline.Sleeps();

    /// <inheritdoc cref="SimTimeline.WifiStates" />
    public IReadOnlyList<string> WifiStates() => Timeline.WifiStates();

    /// <inheritdoc cref="SimTimeline.DeepSleep" />
    public DeepSleepEvent? DeepSleep => Timeline.DeepSleep;

    /// <summary>The run ended in <c>machine.deepsleep()</c>.</summary>
    public bool EnteredDeepSleep => Timeline.DeepSleep is not null;

    /// <summary>Virtual time of the last event (how long the device ran, as far as the timeline shows).</summary>
    public long EndTimeMs => Timeline.Count == 0 ? 0 : Timeline[^1].TimeMs;

    /// <summary>Throws <see cref="SimRunException"/> (with <see cref="Describe"/> as its message) unless the program ended normally (exit code 0).</summary>
    public SimRun EnsureSuccess()
    {
        if (ExitCode != 0) throw new SimRunException(this, $"The program ended with exit code {ExitCode}{(TimedOut ? " (timeout)" : "")}.");
        return this;
    }

    /// <summary>A readable account of the run (exit code, output, traceback, timeline) for assertion messages.</summary>
    public string Describe()
    {
        var text = new StringBuilder();
        text.Append("board ").Append(Board).Append(", scenario ").Append(Scenario).Append(", exit code ").Append(ExitCode);
        if (TimedOut) text.Append(" (timeout)");
        text.Append("\n--- output ---\n").Append(Output.Length == 0 ? "(nothing)\n" : Output);
        if (!Output.EndsWith('\n') && Output.Length > 0) text.Append('\n');
        if (Traceback is not null) text.Append("--- traceback ---\n").Append(Traceback).Append('\n');
        text.Append("--- timeline ---\n").Append(Timeline).Append('\n');
        return text.ToString();
    }

    /// <inheritdoc cref="Describe" />
    public override string ToString() => Describe();
}

/// <summary>A run did not end the way <see cref="SimRun.EnsureSuccess"/> required; the message describes the whole run.</summary>
public sealed class SimRunException : Exception
{
    internal SimRunException(SimRun run, string problem) : base(problem + "\n" + run.Describe()) => Run = run;

    /// <summary>The run.</summary>
    public SimRun Run { get; }
}
