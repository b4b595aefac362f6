using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Json;
using McuSharp.Boards;
using McuSharp.Compiler;
using McuSharp.Compiler.Frontend;
using McuSharp.Compiler.Output;
using McuSharp.Simulator;

namespace McuSharp.Testing;

/// <summary>
/// Device-logic tests from any .NET test framework: build a McuSharp project with the real compiler, run it on the
/// real MicroPython VM with the simulated Wi-Fi, HTTP, DNS, sockets, pins and virtual clock of <c>mcu sim</c>, driven by
/// a scenario, and get back a <see cref="SimRun"/> to assert on.
/// <code>
/// var run = await McuSim.RunProjectAsync("samples/WebhookButton", scenario: "scenarios/webhook-500.json", board: "esp8266");
/// Assert.AreEqual(0, run.ExitCode, run.Describe());
/// Assert.AreEqual(3, run.Timeline.After(run.HttpResponses().Single(r => r.Status == 500)).Blinks(2));
/// </code>
/// Builds are cached per project, board and source-file state for the life of the process, so running one project
/// under many scenarios compiles it once. Runs are independent and may execute in parallel.
/// </summary>
public static class McuSim
{
    /// <summary>The name runs with an inline JSON scenario have in messages.</summary>
    public const string InlineScenarioName = "(inline scenario)";

    /// <summary>The scenario a project runs under when none is given (as with <c>mcu sim</c>), if the project has it.</summary>
    public const string DefaultScenarioPath = Scenario.ProjectDefaultPath;

    /// <summary>The file beside a project that <c>[McuConfig]</c> properties read (unless secrets are given).</summary>
    public const string SecretsFileName = "secrets.json";

    /// <summary>The wall-clock limit of a run when none is given (virtual time is not limited: sleeps cost nothing).</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(60);

    private static readonly MicroPythonSimulator Simulator = new();
    private static readonly ConcurrentDictionary<string, Lazy<Task<McuBuild>>> Builds = new(StringComparer.Ordinal);
    private static readonly Lazy<string> WorkRoot = new(CreateWorkRoot);

    /// <summary>
    /// Builds <paramref name="project"/> (a .csproj, a folder holding one, or a .cs file) and runs it on the simulated
    /// device.
    /// </summary>
    /// <param name="project">
    /// The project. A relative path is looked up in the current directory, then in each of its parents and in each
    /// parent of the test assembly's folder, so <c>"samples/WebhookButton"</c> works from a test's <c>bin/</c> folder.
    /// </param>
    /// <param name="scenario">
    /// A scenario file (docs/scenarios.md), looked up beside the project first (<c>"scenarios/webhook-500.json"</c>),
    /// then like <paramref name="project"/>; or the scenario itself as inline JSON (text starting with <c>{</c>); or null
    /// for the project's <c>scenarios/default.json</c> when it has one, else the built-in default scenario (one network
    /// that accepts anything, an HTTP sink answering 200), exactly as <c>mcu sim</c> chooses.
    /// </param>
    /// <param name="board">The board profile (<c>esp8266</c>, <c>esp32</c>, <c>rp2-pico-w</c>, ...); null: the project's <c>McuBoard</c> property, else <c>sim</c>.</param>
    /// <param name="secrets">
    /// The values of the program's <c>[McuConfig]</c> properties (keys as in secrets.json); null: the project's
    /// secrets.json. For CI, where secrets.json is not checked in.
    /// </param>
    /// <param name="timeout">Wall-clock limit of the run (default <see cref="DefaultTimeout"/>); a program still running then ends with exit code 124.</param>
    /// <param name="cancellationToken">Stops the run (the node process is killed).</param>
    /// <exception cref="McuBuildException">The program does not compile.</exception>
    /// <exception cref="ScenarioException">The scenario is missing, malformed or does not fit the board.</exception>
    /// <exception cref="UnknownBoardException">No board has that id.</exception>
    /// <exception cref="SimulatorUnavailableException">Node.js or the simulator files are missing.</exception>
    public static async Task<SimRun> RunProjectAsync(
        string project, string? scenario = null, string? board = null, IReadOnlyDictionary<string, object?>? secrets = null,
        TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        var build = await BuildProjectAsync(project, board, secrets, cancellationToken).ConfigureAwait(false);
        return await RunAsync(build, ResolveScenario(scenario, build.Project), timeout, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Builds C# source text (one file, as if it were a project's Program.cs) and runs it on the simulated device:
    /// for small tests that need no project on disk.
    /// </summary>
    /// <param name="source">The C# program (with implicit usings, like a default project).</param>
    /// <param name="scenario">A scenario file or inline JSON, as for <see cref="RunProjectAsync"/>; null for the default scenario.</param>
    /// <param name="board">The board profile (default <c>sim</c>).</param>
    /// <param name="secrets">The values of the program's <c>[McuConfig]</c> properties (keys as in secrets.json).</param>
    /// <param name="timeout">Wall-clock limit of the run (default <see cref="DefaultTimeout"/>).</param>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <exception cref="McuBuildException">The program does not compile.</exception>
    public static async Task<SimRun> RunSourceAsync(
        string source, string? scenario = null, string board = BoardProfiles.SimulatorId, IReadOnlyDictionary<string, object?>? secrets = null,
        TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        var folder = Path.Combine(WorkRoot.Value, "src-" + Hash(source + "\0" + board));
        var file = Path.Combine(folder, "Program.cs");
        Directory.CreateDirectory(folder);
        if (!File.Exists(file) || File.ReadAllText(file) != source) File.WriteAllText(file, source);
        var build = await BuildProjectAsync(file, board, secrets, cancellationToken).ConfigureAwait(false);
        return await RunAsync(build, ResolveScenario(scenario, null), timeout, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Builds <paramref name="project"/> for <paramref name="board"/> (or returns the cached build when no source
    /// file changed since). Paths, <paramref name="board"/> and <paramref name="secrets"/> are as for <see cref="RunProjectAsync"/>.
    /// </summary>
    /// <exception cref="McuBuildException">The program does not compile.</exception>
    public static Task<McuBuild> BuildProjectAsync(
        string project, string? board = null, IReadOnlyDictionary<string, object?>? secrets = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(project);
        var path = FindPath(project, null) ?? throw new FileNotFoundException(
            $"'{project}' was not found in {Directory.GetCurrentDirectory()}, its parents or the parents of {AppContext.BaseDirectory}.", project);
        var sources = SourceSet.Resolve(new[] { path });
        var boardId = board ?? sources.ProjectBoard ?? BoardProfiles.SimulatorId;
        var profile = BoardProfiles.Get(boardId);
        var key = BuildKey(sources, boardId, secrets);
        var lazy = Builds.GetOrAdd(key, k => new Lazy<Task<McuBuild>>(() => Task.Run(() => Compile(sources, profile, secrets, k), CancellationToken.None)));
        var task = lazy.Value;
        // A failed build is not cached: the next call reports it again (and sees a fix).
        _ = task.ContinueWith(t => Builds.TryRemove(new KeyValuePair<string, Lazy<Task<McuBuild>>>(key, lazy)),
            CancellationToken.None, TaskContinuationOptions.NotOnRanToCompletion, TaskScheduler.Default);
        return task.WaitAsync(cancellationToken);
    }

    /// <summary>
    /// Runs a folder of already built modules (holding <c>main.py</c>; its <c>mcus_map.json</c>, if any, maps tracebacks
    /// to C#), e.g. the output of <c>mcu build</c> or hand-written MicroPython.
    /// </summary>
    /// <param name="modulesDirectory">The folder; used in place, nothing is copied or built.</param>
    /// <param name="scenario">A scenario file or inline JSON, as for <see cref="RunProjectAsync"/>; null for the default scenario.</param>
    /// <param name="board">The board profile the simulated device imitates (default <c>sim</c>).</param>
    /// <param name="timeout">Wall-clock limit of the run (default <see cref="DefaultTimeout"/>).</param>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public static Task<SimRun> RunModulesAsync(
        string modulesDirectory, string? scenario = null, string board = BoardProfiles.SimulatorId, TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(modulesDirectory);
        var folder = Path.GetFullPath(modulesDirectory);
        if (!File.Exists(Path.Combine(folder, "main.py"))) throw new DirectoryNotFoundException($"'{folder}' holds no main.py.");
        BoardProfiles.Get(board);
        var mapFile = Path.Combine(folder, SourceMap.FileName);
        var map = File.Exists(mapFile) ? SourceMap.FromJson(File.ReadAllText(mapFile)) : SourceMap.From(Array.Empty<OutputModule>());
        var build = new McuBuild(folder, board, folder, Array.Empty<string>(), map);
        return RunAsync(build, ResolveScenario(scenario, folder), timeout, cancellationToken);
    }

    /// <summary>Runs a build on the simulated device under <paramref name="scenario"/> (a scenario file, inline JSON, or null for the default).</summary>
    /// <exception cref="ScenarioException">The scenario is missing, malformed or does not fit the board.</exception>
    public static async Task<SimRun> RunAsync(McuBuild build, string? scenario = null, TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(build);
        return await RunAsync(build, ResolveScenario(scenario, build.Project), timeout, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<SimRun> RunAsync(McuBuild build, Scenario scenario, TimeSpan? timeout, CancellationToken cancellationToken)
    {
        var board = BoardProfiles.Get(build.Board);
        scenario.CheckAgainst(board);
        var result = await Simulator.RunToCompletionAsync(new SimulationOptions
        {
            ModulesDirectory = build.ModulesDirectory,
            Timeout = timeout ?? DefaultTimeout,
            CollectEvents = true,
            Device = new DeviceSetup { Board = board, Scenario = scenario, ReadableTimeline = true },
        }, cancellationToken).ConfigureAwait(false);
        var timeline = new SimTimeline(result.Events.Select((e, index) => SimEvent.Read(e, index)));
        return new SimRun(build, build.Board, scenario.Name, result.ExitCode, result.TimedOut,
            (result.Stdout ?? "").Replace("\r\n", "\n", StringComparison.Ordinal), result.Stderr,
            Annotate(result.Traceback, build.SourceMap), timeline);
    }

    private static string? Annotate(string? traceback, SourceMap map)
    {
        if (traceback is null) return null;
        var annotator = new TracebackAnnotator(map);
        return string.Join('\n', traceback.TrimEnd('\n').Split('\n').Select(line => line + annotator.Annotate(line)));
    }

    private static McuBuild Compile(SourceSet sources, BoardProfile board, IReadOnlyDictionary<string, object?>? secrets, string key)
    {
        var compilation = CompilationFactory.FromSources(sources);
        var options = CompileOptions.ForBoard(board.Id, sources.DisplayRoot) with { Secrets = secrets };
        var result = McuCompiler.Compile(compilation, options);
        var root = sources.DisplayRoot;
        var diagnostics = result.Diagnostics.Select(d => McuCompiler.Format(d, root)).ToList();
        if (!result.Success) throw new McuBuildException(sources.ProjectFile ?? sources.DisplayRoot, diagnostics);
        var output = Path.Combine(WorkRoot.Value, "build-" + Hash(key));
        ModuleWriter.Write(result, output, sources.DisplayRoot);
        var warnings = result.Diagnostics.Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Warning)
            .Select(d => McuCompiler.Format(d, root)).ToList();
        return new McuBuild(sources.ProjectFile ?? sources.Files[0], board.Id, output, warnings, result.SourceMap);
    }

    /// <summary>What a build depends on: the project, the board, the secrets and every input file's path, size and time stamp.</summary>
    private static string BuildKey(SourceSet sources, string board, IReadOnlyDictionary<string, object?>? secrets)
    {
        var key = new StringBuilder().Append(sources.ProjectFile ?? sources.DisplayRoot).Append('\0').Append(board);
        if (secrets is not null)
            foreach (var (name, value) in secrets.OrderBy(p => p.Key, StringComparer.Ordinal))
                key.Append('\0').Append(name).Append('=').Append(value?.GetType().Name).Append(':').Append(Convert.ToString(value, CultureInfo.InvariantCulture));
        var inputs = sources.Files.Append(Path.Combine(sources.DisplayRoot, SecretsFileName));
        if (sources.ProjectFile is not null) inputs = inputs.Append(sources.ProjectFile);
        foreach (var file in inputs)
        {
            if (!File.Exists(file)) continue;
            var info = new FileInfo(file);
            key.Append('\0').Append(file).Append('|').Append(info.Length.ToString(CultureInfo.InvariantCulture))
                .Append('|').Append(info.LastWriteTimeUtc.Ticks.ToString(CultureInfo.InvariantCulture));
        }
        return key.ToString();
    }

    private static Scenario ResolveScenario(string? scenario, string? project)
    {
        var projectFolder = project is null ? null : Directory.Exists(project) ? project : Path.GetDirectoryName(project);
        if (scenario is null)
        {
            return Scenario.ProjectDefaultFile(projectFolder) is { } own ? Scenario.Load(own) : Scenario.Default;
        }
        if (scenario.TrimStart().StartsWith('{')) return Scenario.Parse(scenario, InlineScenarioName);
        var path = FindPath(scenario, projectFolder);
        // A missing file is reported by the scenario loader, in the same words as `mcu sim` uses.
        return Scenario.Load(path ?? scenario);
    }

    /// <summary>An existing file or folder: absolute, or relative to <paramref name="first"/>, the current directory or their parents.</summary>
    private static string? FindPath(string path, string? first)
    {
        bool Exists(string p) => File.Exists(p) || Directory.Exists(p);
        if (Path.IsPathRooted(path)) return Exists(path) ? Path.GetFullPath(path) : null;
        if (first is not null && Exists(Path.Combine(first, path))) return Path.GetFullPath(Path.Combine(first, path));
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (Exists(Path.Combine(dir.FullName, path))) return Path.GetFullPath(Path.Combine(dir.FullName, path));
        return null;
    }

    private static string Hash(string text) =>
        Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(text)), 0, 8).ToLowerInvariant();

    private static string CreateWorkRoot()
    {
        var root = Path.Combine(Path.GetTempPath(), $"mcusharp-testing-{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(root);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                Directory.Delete(root, recursive: true);
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        };
        return root;
    }
}
