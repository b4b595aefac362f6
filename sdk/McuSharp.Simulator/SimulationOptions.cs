namespace McuSharp.Simulator;

/// <summary>What to run on the simulated device.</summary>
public sealed record SimulationOptions
{
    /// <summary>Folder of built modules (holding <c>main.py</c>); all its files are copied into the VM.</summary>
    public required string ModulesDirectory { get; init; }

    /// <summary>The module imported to start the program.</summary>
    public string EntryModule { get; init; } = "main";

    /// <summary>How long the program may run; null means no limit. The host stops it and exits with 124.</summary>
    public TimeSpan? Timeout { get; init; }

    /// <summary>Optional folder of extra device files (data, config), copied into the VM before the modules.</summary>
    public string? DeviceDirectory { get; init; }

    /// <summary>Optional file that receives the simulated modules' events as JSON lines.</summary>
    public string? EventsFile { get; init; }

    /// <summary>Return the run's events in <see cref="SimulationResult.Events"/> (read from <see cref="EventsFile"/>, or from a temporary file when none is given).</summary>
    public bool CollectEvents { get; init; }

    /// <summary>Optional extra plug-in folder (<c>modules/*.mjs</c>, <c>pylib/</c>), loaded after the built-in ones.</summary>
    public string? PluginsDirectory { get; init; }

    /// <summary>Where the device file system lives in the VM (default "/"; WiPy boards use "/flash").</summary>
    public string? FileSystemRoot { get; init; }

    /// <summary>MicroPython heap size in bytes (null: the VM's default).</summary>
    public int? HeapSize { get; init; }

    /// <summary>MicroPython Python-stack size in words (null: the VM's default); bounds the recursion depth.</summary>
    public int? PyStack { get; init; }

    /// <summary>
    /// The simulated device (network, machine, socket, urequests and a virtual-clock time, driven by a scenario), or
    /// null for the bare VM. Its board also sets the file system root unless <see cref="FileSystemRoot"/> is given.
    /// </summary>
    public DeviceSetup? Device { get; init; }

    /// <summary>The <c>node</c> executable to use (null: the first one on PATH).</summary>
    public string? NodePath { get; init; }

    /// <summary>The host script (null: <c>simulator/host/sim-host.mjs</c> next to this assembly).</summary>
    public string? HostScriptPath { get; init; }
}
