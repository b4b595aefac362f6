namespace McuSharp.Simulator;

/// <summary>
/// The simulator cannot run on this machine (no suitable Node.js, or the host files are missing).
/// <see cref="Exception.Message"/> is one line meant to be shown to the user as is, without a stack trace.
/// </summary>
public sealed class SimulatorUnavailableException : Exception
{
    public SimulatorUnavailableException(string message) : base(message)
    {
    }

    public SimulatorUnavailableException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
