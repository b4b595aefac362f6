namespace McuSharp.Deploy;

/// <summary>The MCU2xxx ids of deploy errors; docs/diagnostics.md has a section for each.</summary>
public static class DeployErrors
{
    public const string NoSuchPort = "MCU2001";
    public const string PermissionDenied = "MCU2002";
    public const string PortBusy = "MCU2003";
    public const string NoAnswer = "MCU2004";
    public const string Garbage = "MCU2005";
    public const string NotMicroPython = "MCU2006";
    public const string NoSpace = "MCU2007";
    public const string OutsideProject = "MCU2008";
    public const string BoardError = "MCU2009";
    public const string Unsupported = "MCU2010";
    public const string VerifyFailed = "MCU2011";
    public const string NothingToDeploy = "MCU2012";
    public const string BadOption = "MCU2013";
}

/// <summary>
/// A deploy failure with its MCU2xxx id and a message that says what happened, where, and what to do.
/// <see cref="Transient"/> marks failures that a fresh connection may not repeat (a reset, lost bytes, a stall).
/// </summary>
public class DeployException(string id, string message, bool transient = false) : Exception(message)
{
    public string Id { get; } = id;
    public bool Transient { get; } = transient;

    public override string ToString() => $"{Id}: {Message}";
}
