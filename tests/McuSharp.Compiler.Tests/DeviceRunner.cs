using McuSharp.Compiler.Output;
using McuSharp.Simulator;

namespace McuSharp.Compiler.Tests;

/// <summary>Runs a compiled program on the MicroPython VM (the simulator's Node host) and captures what the device prints.</summary>
internal static class DeviceRunner
{
    private static readonly MicroPythonSimulator Simulator = new();

    public static async Task<SimulationResult> RunAsync(CompileResult result, TimeSpan? timeout = null)
    {
        var folder = Path.Combine(Path.GetTempPath(), "mcus-test-" + Guid.NewGuid().ToString("N"));
        try
        {
            ModuleWriter.Write(result, folder, sourceRoot: null);
            // A deeper Python stack than a board has: the tests check semantics, recursion depth is a board limit.
            var run = await Simulator.RunToCompletionAsync(new SimulationOptions { ModulesDirectory = folder, Timeout = timeout ?? TimeSpan.FromSeconds(30), PyStack = 32 * 1024 });
            return run;
        }
        finally
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
    }
}
