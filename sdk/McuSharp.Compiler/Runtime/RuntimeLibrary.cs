using System.Reflection;
using System.Text;

namespace McuSharp.Compiler.Runtime;

/// <summary>
/// The device-side helpers (Runtime/*.py), split into chunks by `#: helper NAME [uses A B]` marker lines.
/// A program's `mcus_rt.py` holds only the chunks it uses, with their dependencies, in library order.
/// A feature (`#: feature NAME [uses A B]`, NAME with a dot so that it is never a Python name) is a part of
/// helpers that only some programs need: the lines between `#: if NAME` and `#: end` (or `#: else`) in any helper are
/// kept when the program, or a helper it uses, asks for NAME (the compiler asks with ProgramContext.Feature), the
/// lines between `#: else` and `#: end` when it does not.
/// </summary>
public sealed class RuntimeLibrary
{
    public const string ModuleName = "mcus_rt";

    private sealed record Chunk(string Name, IReadOnlyList<string> Uses, string Code, int Order);

    private readonly Dictionary<string, Chunk> _chunks = new(StringComparer.Ordinal);

    public static RuntimeLibrary Default { get; } = LoadEmbedded();

    public IEnumerable<string> HelperNames => _chunks.Keys;

    public bool Has(string name) => _chunks.ContainsKey(name);

    /// <summary>Whether any helper's code mentions <paramref name="word"/> (as a whole word): it may call a method of that name.</summary>
    public bool Mentions(string word) => _chunks.Values.Any(c => HasWord(c.Code, word));

    /// <summary>Whether Python <paramref name="code"/> holds <paramref name="word"/> as a whole word (not inside a longer name).</summary>
    public static bool HasWord(string code, string word) =>
        System.Text.RegularExpressions.Regex.IsMatch(code, @"(?<![A-Za-z0-9_])" + System.Text.RegularExpressions.Regex.Escape(word) + @"(?![A-Za-z0-9_])");

    private static RuntimeLibrary LoadEmbedded()
    {
        var library = new RuntimeLibrary();
        var assembly = typeof(RuntimeLibrary).Assembly;
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith("McuSharp.Runtime.", StringComparison.Ordinal)).OrderBy(n => n, StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream, Encoding.UTF8);
            library.AddFile(resource, reader.ReadToEnd());
        }
        return library;
    }

    /// <summary>Adds the chunks of one runtime file; helper names must be unique across files.</summary>
    public void AddFile(string fileName, string text)
    {
        string? name = null;
        string[] uses = [];
        var code = new StringBuilder();
        void Flush()
        {
            if (name is null) return;
            if (_chunks.ContainsKey(name)) throw new InvalidOperationException($"Runtime helper '{name}' is defined twice ({fileName}).");
            _chunks[name] = new Chunk(name, uses, code.ToString().TrimEnd() + "\n", _chunks.Count);
        }
        foreach (var line in text.Replace("\r\n", "\n").Split('\n'))
        {
            if (line.StartsWith("#: helper ", StringComparison.Ordinal) || line.StartsWith("#: feature ", StringComparison.Ordinal))
            {
                Flush();
                var words = line[(line.IndexOf(' ', 3) + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
                name = words[0];
                uses = words.Length > 2 && words[1] == "uses" ? words[2..] : [];
                code.Clear();
            }
            else if (name is not null)
            {
                if (line.Contains("\"\"\"", StringComparison.Ordinal) || line.Contains("'''", StringComparison.Ordinal))
                    throw new InvalidOperationException($"Runtime helper '{name}' holds a multi-line string, which the emitted indentation would change ({fileName}).");
                code.Append(line).Append('\n');
            }
        }
        Flush();
    }

    /// <summary>The helpers and features <paramref name="used"/> names, with all they use but the base classes of classes (see <see cref="Emit"/>).</summary>
    private HashSet<string> Closure(IEnumerable<string> used)
    {
        var needed = new HashSet<string>(StringComparer.Ordinal);
        void Visit(string name)
        {
            if (!_chunks.TryGetValue(name, out var chunk)) throw new InvalidOperationException($"Unknown runtime helper '{name}'.");
            if (!needed.Add(name)) return;
            var baseClass = BaseClassOf(chunk);
            foreach (var dep in chunk.Uses) if (dep != baseClass) Visit(dep);
        }
        foreach (var name in used) Visit(name);
        return needed;
    }

    private static readonly System.Text.RegularExpressions.Regex ClassLine = new(@"^class (\w+)\((\w+)\):$");

    /// <summary>The helper a class helper derives from (`class X(Y):` with Y among its uses), or null.</summary>
    private static string? BaseClassOf(Chunk chunk)
    {
        var first = chunk.Code.Split('\n').FirstOrDefault(l => l.Length > 0 && !l.StartsWith('#'));
        return first is not null && ClassLine.Match(first) is { Success: true } match && chunk.Uses.Contains(match.Groups[2].Value) ? match.Groups[2].Value : null;
    }

    /// <summary>
    /// The text of `mcus_rt.py` for the given helpers (and what they use), or null when none is used. A class that
    /// nothing names but its subclasses, and that adds nothing to its base (no attribute, no method, once features
    /// are applied), is left out: its subclasses derive from its base instead, so a program that raises
    /// ArgumentOutOfRangeException but never catches ArgumentException does not carry ArgumentException and
    /// SystemException along. Nothing can tell the difference: no code tests for the class that is left out.
    /// </summary>
    public string? Emit(IEnumerable<string> used)
    {
        var needed = Closure(used);
        Dictionary<string, string> basesOf;
        // A base kept for its body brings its own uses, which may turn on a feature that fills another base: repeat
        // until the set holds still.
        int before;
        do
        {
            before = needed.Count;
            basesOf = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var name in needed.ToList())
            {
                if (BaseClassOf(_chunks[name]) is not { } baseClass) continue;
                while (!needed.Contains(baseClass) && BaseClassOf(_chunks[baseClass]) is { } further && Lines(_chunks[baseClass], needed).Count == 1)
                    baseClass = further;
                basesOf[name] = baseClass;
                needed.UnionWith(Closure(new[] { baseClass }));
            }
        } while (needed.Count != before);
        if (needed.Count == 0) return null;
        var sb = new StringBuilder();
        var imports = new SortedSet<string>(StringComparer.Ordinal);
        var lines = new List<string>();
        foreach (var chunk in needed.Select(n => _chunks[n]).OrderBy(c => c.Order))
        {
            var chunkLines = Lines(chunk, needed);
            if (basesOf.TryGetValue(chunk.Name, out var baseClass) && chunkLines.Count > 0)
                chunkLines[0] = ClassLine.Replace(chunkLines[0], "class $1(" + baseClass + "):");
            foreach (var line in chunkLines)
            {
                if (line.StartsWith("import ", StringComparison.Ordinal) || line.StartsWith("from ", StringComparison.Ordinal)) imports.Add(line);
                else lines.Add(Reindented(line));
            }
        }
        var bodies = new StringBuilder();
        for (var i = 0; i < lines.Count; i++)
        {
            bodies.Append(lines[i]).Append('\n');
            // A class or block whose every line is in features left out.
            if (lines[i].EndsWith(':') && (i + 1 == lines.Count || Indentation(lines[i + 1]) <= Indentation(lines[i])))
                bodies.Append(' ', Indentation(lines[i]) + 1).Append("pass\n");
        }
        foreach (var import in imports) sb.Append(import).Append('\n');
        sb.Append(bodies.ToString().TrimEnd()).Append('\n');
        return sb.ToString();
    }

    /// <summary>A chunk's code lines with the features in <paramref name="needed"/> applied, without comments and blank lines.</summary>
    private static List<string> Lines(Chunk chunk, HashSet<string> needed)
    {
        var kept = new List<string>();
        var skipping = new Stack<bool>();
        foreach (var line in chunk.Code.Split('\n'))
        {
            var trimmed = line.TrimStart();
            if (trimmed.StartsWith("#: if ", StringComparison.Ordinal)) { skipping.Push(!needed.Contains(trimmed["#: if ".Length..].Trim())); continue; }
            if (trimmed.StartsWith("#: else", StringComparison.Ordinal)) { skipping.Push(!skipping.Pop()); continue; }
            if (trimmed.StartsWith("#: end", StringComparison.Ordinal)) { skipping.Pop(); continue; }
            if (skipping.Contains(true)) continue;
            // Comments and blank lines cost flash and heap on the device; the library's sources keep them.
            if (trimmed.StartsWith('#') || line.Trim().Length == 0) continue;
            kept.Add(line);
        }
        return kept;
    }

    private static int Indentation(string line) => line.Length - line.TrimStart(' ').Length;

    /// <summary>
    /// The library's sources indent by four spaces; the device gets one space a level, which MicroPython reads the same
    /// (the helpers hold no multi-line strings) and which saves flash and the parser's time on every import.
    /// </summary>
    private static string Reindented(string line)
    {
        var spaces = Indentation(line);
        return spaces < 4 ? line : new string(' ', spaces / 4 + spaces % 4) + line[spaces..];
    }
}
