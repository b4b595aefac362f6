using System.Xml.Linq;

namespace McuSharp.Compiler.Frontend;

/// <summary>The C# files of one program, found from a .csproj, a folder or a list of files.</summary>
public sealed record SourceSet(string DisplayRoot, IReadOnlyList<string> Files, bool ImplicitUsings, string? ProjectFile)
{
    /// <summary>The board the project is for: its <c>McuBoard</c> property, as <c>dotnet build</c> reads it; null when it sets none.</summary>
    public string? ProjectBoard => ProjectProperty("McuBoard");

    /// <summary>A property the project file sets (the last one wins, as in MSBuild); null without a project or value.</summary>
    public string? ProjectProperty(string name)
    {
        if (ProjectFile is null) return null;
        var value = XDocument.Load(ProjectFile).Descendants().LastOrDefault(e => e.Name.LocalName == name)?.Value.Trim();
        return string.IsNullOrEmpty(value) ? null : value;
    }

    /// <summary>Resolves the `mcu build` path argument(s); throws <see cref="UserInputException"/> for anything unusable.</summary>
    public static SourceSet Resolve(IReadOnlyList<string> paths)
    {
        if (paths.Count == 0) throw new UserInputException("No input: give a .csproj, a folder holding one, or .cs files.");
        if (paths.Count == 1 && Directory.Exists(paths[0])) return FromFolder(Path.GetFullPath(paths[0]));
        if (paths.Count == 1 && paths[0].EndsWith(".csproj", StringComparison.OrdinalIgnoreCase)) return FromProject(Path.GetFullPath(paths[0]));
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (!path.EndsWith(".cs", StringComparison.OrdinalIgnoreCase))
                throw new UserInputException($"'{path}' is not a .cs file, a .csproj or a folder.");
            if (!File.Exists(path)) throw new UserInputException($"'{path}' does not exist.");
            files.Add(Path.GetFullPath(path));
        }
        return new SourceSet(Path.GetDirectoryName(files[0])!, files, ImplicitUsings: true, ProjectFile: null);
    }

    private static SourceSet FromFolder(string folder)
    {
        var projects = Directory.GetFiles(folder, "*.csproj");
        if (projects.Length > 1)
            throw new UserInputException($"'{folder}' holds {projects.Length} project files ({string.Join(", ", projects.Select(Path.GetFileName))}); name the one to build.");
        if (projects.Length == 1) return FromProject(projects[0]);
        var files = SourceFilesUnder(folder);
        if (files.Count == 0) throw new UserInputException($"'{folder}' holds no .csproj and no .cs files.");
        return new SourceSet(folder, files, ImplicitUsings: true, ProjectFile: null);
    }

    private static SourceSet FromProject(string projectFile)
    {
        if (!File.Exists(projectFile)) throw new UserInputException($"'{projectFile}' does not exist.");
        XDocument project;
        try { project = XDocument.Load(projectFile); }
        catch (System.Xml.XmlException e) { throw new UserInputException($"{projectFile}({e.LineNumber},{e.LinePosition}): the project file is not valid XML: {e.Message}"); }
        var folder = Path.GetDirectoryName(projectFile)!;
        string? Property(string name) => project.Descendants().LastOrDefault(e => e.Name.LocalName == name)?.Value.Trim();
        var files = new List<string>();
        if (!string.Equals(Property("EnableDefaultCompileItems"), "false", StringComparison.OrdinalIgnoreCase))
            files.AddRange(SourceFilesUnder(folder));
        foreach (var item in project.Descendants().Where(e => e.Name.LocalName == "Compile"))
        {
            var include = (string?)item.Attribute("Include");
            var remove = (string?)item.Attribute("Remove");
            if (include is not null)
                foreach (var f in Glob(folder, include)) if (!files.Contains(f)) files.Add(f);
            if (remove is not null)
            {
                var removed = Glob(folder, remove).ToHashSet();
                files.RemoveAll(removed.Contains);
            }
        }
        if (files.Count == 0) throw new UserInputException($"{projectFile}: the project has no C# files.");
        var implicitUsings = Property("ImplicitUsings") is "enable" or "true";
        return new SourceSet(folder, files, implicitUsings, projectFile);
    }

    private static List<string> SourceFilesUnder(string folder)
    {
        var result = new List<string>();
        void Walk(string dir)
        {
            foreach (var file in Directory.GetFiles(dir, "*.cs").OrderBy(f => f, StringComparer.Ordinal)) result.Add(file);
            foreach (var sub in Directory.GetDirectories(dir).OrderBy(d => d, StringComparer.Ordinal))
            {
                var name = Path.GetFileName(sub);
                if (name is "bin" or "obj" || name.StartsWith('.')) continue;
                Walk(sub);
            }
        }
        Walk(folder);
        return result;
    }

    private static IEnumerable<string> Glob(string folder, string patterns)
    {
        foreach (var raw in patterns.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var pattern = raw.Replace('\\', '/');
            if (!pattern.Contains('*'))
            {
                var path = Path.GetFullPath(Path.Combine(folder, pattern));
                if (File.Exists(path)) yield return path;
                continue;
            }
            var recursive = pattern.Contains("**");
            var baseDir = Path.GetFullPath(Path.Combine(folder, pattern[..Math.Max(0, pattern.LastIndexOf('/', pattern.IndexOf('*')) + 1)]));
            var filePattern = pattern[(pattern.LastIndexOf('/') + 1)..];
            if (!Directory.Exists(baseDir)) continue;
            foreach (var f in Directory.GetFiles(baseDir, filePattern, recursive ? SearchOption.AllDirectories : SearchOption.TopDirectoryOnly).OrderBy(f => f, StringComparer.Ordinal))
                yield return f;
        }
    }
}

/// <summary>A mistake in what the user asked for: reported as one clear line, never as a stack trace.</summary>
public sealed class UserInputException(string message) : Exception(message);
