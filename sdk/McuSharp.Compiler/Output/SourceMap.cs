using System.Text.Json;
using McuSharp.Compiler.Python;

namespace McuSharp.Compiler.Output;

/// <summary>Python file:line → C# file:line, written next to the modules as mcus_map.json.</summary>
public sealed class SourceMap
{
    public const string FileName = "mcus_map.json";

    private readonly SortedDictionary<string, SortedDictionary<int, SourceOrigin>> _files = new(StringComparer.Ordinal);

    public static SourceMap From(IEnumerable<OutputModule> modules)
    {
        var map = new SourceMap();
        foreach (var module in modules)
            if (module.LineOrigins.Count > 0) map._files[module.FileName] = new SortedDictionary<int, SourceOrigin>(module.LineOrigins.ToDictionary(p => p.Key, p => p.Value));
        return map;
    }

    /// <summary>The C# origin of a Python line: the nearest mapped line at or above it (a statement's continuation lines map to it).</summary>
    public SourceOrigin? Lookup(string pythonFile, int line)
    {
        if (!_files.TryGetValue(Path.GetFileName(pythonFile), out var lines)) return null;
        SourceOrigin? best = null;
        foreach (var (l, origin) in lines)
        {
            if (l > line) break;
            best = origin;
        }
        return best;
    }

    public string ToJson(string? relativeTo = null)
    {
        var document = _files.ToDictionary(f => f.Key, f => f.Value.ToDictionary(
            l => l.Key.ToString(System.Globalization.CultureInfo.InvariantCulture),
            l => $"{(relativeTo is null ? l.Value.File : Path.GetRelativePath(relativeTo, l.Value.File))}:{l.Value.Line}"));
        return JsonSerializer.Serialize(document, new JsonSerializerOptions { WriteIndented = true });
    }

    public static SourceMap FromJson(string json, string? relativeTo = null)
    {
        var map = new SourceMap();
        var document = JsonSerializer.Deserialize<Dictionary<string, Dictionary<string, string>>>(json) ?? new();
        foreach (var (file, lines) in document)
        {
            var entries = new SortedDictionary<int, SourceOrigin>();
            foreach (var (line, target) in lines)
            {
                var colon = target.LastIndexOf(':');
                if (colon <= 0 || !int.TryParse(line, out var pyLine) || !int.TryParse(target[(colon + 1)..], out var csLine)) continue;
                var path = target[..colon];
                entries[pyLine] = new SourceOrigin(relativeTo is null ? path : Path.GetFullPath(Path.Combine(relativeTo, path)), csLine, 1);
            }
            map._files[file] = entries;
        }
        return map;
    }
}
