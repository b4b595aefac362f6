using System.Text;

namespace McuSharp.Simulator.Tests;

/// <summary>A temporary folder of built modules, deleted on dispose.</summary>
internal sealed class TempModules : IDisposable
{
    public TempModules(params (string Name, string Source)[] files)
    {
        Directory = Path.Combine(Path.GetTempPath(), "mcusharp-sim-tests", Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Directory);
        foreach (var (name, source) in files)
            Write(name, source);
    }

    public string Directory { get; }

    public static TempModules WithMain(string source) => new(("main.py", source));

    public void Write(string relativePath, string content)
    {
        var path = Path.Combine(Directory, relativePath);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content, new UTF8Encoding(false));
    }

    public SimulationOptions Options(TimeSpan? timeout = null) => new()
    {
        ModulesDirectory = Directory,
        Timeout = timeout ?? TimeSpan.FromSeconds(60),
    };

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
