namespace McuSharp.Cli;

/// <summary>
/// Input the command refuses before doing anything (an unknown board id, a malformed or inconsistent scenario file):
/// one "error: ..." line naming the file and the problem, and exit code 2.
/// </summary>
internal sealed class InvalidInputException(string message) : Exception(message)
{
    public const int ExitCode = 2;
}
