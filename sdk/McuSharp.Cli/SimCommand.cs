using System.Text;
using System.Text.RegularExpressions;
using McuSharp.Compiler.Frontend;
using McuSharp.Compiler.Output;
using McuSharp.Simulator;

namespace McuSharp.Cli;

/// <summary>`mcu sim`: build if needed, run on the MicroPython VM, stream the device's output, show tracebacks at C# locations.</summary>
internal static partial class SimCommand
{
    public static int Run(string path, string? board, double timeoutSeconds, string? scenarioFile, string? eventsFile)
    {
        if (timeoutSeconds <= 0) throw new UserInputException($"--timeout must be a positive number of seconds (got {timeoutSeconds}).");
        board ??= (IsBuiltModulesFolder(path) ? null : SourceSet.Resolve(new[] { path }).ProjectBoard) ?? "sim";
        // Everything the run depends on is checked before building, so that bad input never starts a partial run.
        scenarioFile ??= ProjectDefaultScenario(path);
        var device = new DeviceSetup { Board = BuildCommand.Profile(board), Scenario = LoadScenario(scenarioFile) };
        CheckScenario(device);
        var modules = IsBuiltModulesFolder(path) ? Path.GetFullPath(path) : BuildCommand.Build(new[] { path }, board, null, Console.Error);
        if (modules is null) return 1;

        var mapFile = Path.Combine(modules, SourceMap.FileName);
        var sourceMap = File.Exists(mapFile) ? SourceMap.FromJson(File.ReadAllText(mapFile)) : null;
        var stdout = Console.OpenStandardOutput();
        var stderr = new TracebackTranslator(sourceMap, Console.Error);
        try
        {
            var result = new MicroPythonSimulator().RunAsync(
                new SimulationOptions
                {
                    ModulesDirectory = modules,
                    Timeout = TimeSpan.FromSeconds(timeoutSeconds),
                    Device = device,
                    EventsFile = eventsFile is null ? null : Path.GetFullPath(eventsFile),
                },
                text =>
                {
                    var bytes = Encoding.UTF8.GetBytes(text);
                    stdout.Write(bytes);
                    stdout.Flush();
                },
                stderr.Write).GetAwaiter().GetResult();
            stderr.Flush();
            return result.ExitCode;
        }
        catch (SimulatorUnavailableException e)
        {
            throw new UserInputException(e.Message);
        }
    }

    /// <summary>The project's own default world: scenarios/default.json beside the project (or in the folder), when there is one.</summary>
    internal static string? ProjectDefaultScenario(string path)
    {
        var folder = Directory.Exists(path) ? path
            : path.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase) ? Path.GetDirectoryName(Path.GetFullPath(path))
            : null;
        var file = Scenario.ProjectDefaultFile(folder);
        if (file is null) return null;
        Console.Error.WriteLine($"mcu: scenario {Path.GetRelativePath(Directory.GetCurrentDirectory(), file)} (the project's default; --scenario chooses another)");
        return file;
    }

    private static Scenario LoadScenario(string? file)
    {
        try
        {
            return file is null ? Scenario.Default : Scenario.Load(file);
        }
        catch (ScenarioException e)
        {
            throw new InvalidInputException(e.Message);
        }
    }

    private static void CheckScenario(DeviceSetup device)
    {
        try
        {
            device.Scenario.CheckAgainst(device.Board);
        }
        catch (ScenarioException e)
        {
            throw new InvalidInputException(e.Message);
        }
    }

    /// <summary>A folder of built modules: it holds main.py and no project file.</summary>
    internal static bool IsBuiltModulesFolder(string path) =>
        Directory.Exists(path) && File.Exists(Path.Combine(path, "main.py")) && Directory.GetFiles(path, "*.csproj").Length == 0;

    /// <summary>Passes stderr through line by line, adding the C# location to each `File "x.py", line N` of a traceback.</summary>
    private sealed partial class TracebackTranslator(SourceMap? map, TextWriter output)
    {
        private readonly StringBuilder _pending = new();

        private readonly TracebackAnnotator _annotator = new(map);

        public void Write(string text)
        {
            lock (_pending)
            {
                _pending.Append(text);
                var all = _pending.ToString();
                var lastNewline = all.LastIndexOf('\n');
                if (lastNewline < 0) return;
                foreach (var line in all[..lastNewline].Split('\n')) output.WriteLine(Translate(line));
                _pending.Clear().Append(all[(lastNewline + 1)..]);
                output.Flush();
            }
        }

        public void Flush()
        {
            lock (_pending)
            {
                if (_pending.Length > 0) output.WriteLine(Translate(_pending.ToString()));
                _pending.Clear();
                output.Flush();
            }
        }

        private string Translate(string line) => line + _annotator.Annotate(line);
    }
}
