namespace McuSharp.Cli;

internal static class SimCommand
{
    public static int Run(string path, string board, double timeoutSeconds) => throw new NotSupportedException();
}
