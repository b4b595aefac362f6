namespace McuSharp.Simulator;

/// <summary>
/// A scenario file that cannot be run: malformed JSON, an unknown property, a reference to a network or route it does
/// not define, a forward address off this machine. <see cref="Exception.Message"/> is one line naming the file.
/// </summary>
public sealed class ScenarioException(string file, string problem) : Exception($"{file}: {problem}")
{
    public string File { get; } = file;

    public string Problem { get; } = problem;
}
