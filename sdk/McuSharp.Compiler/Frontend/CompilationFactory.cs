using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace McuSharp.Compiler.Frontend;

/// <summary>Builds the Roslyn compilation McuSharp translates: the user's files against the .NET reference set.</summary>
public static class CompilationFactory
{
    private const string ImplicitUsingsSource =
        "global using System;\nglobal using System.Collections.Generic;\nglobal using System.IO;\nglobal using System.Linq;\nglobal using System.Threading;\nglobal using System.Threading.Tasks;\n";

    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private static readonly Lazy<IReadOnlyList<MetadataReference>> FrameworkReferences = new(() =>
    {
        var trusted = (string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? "";
        return trusted.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Where(p => Path.GetFileName(p) is var name && (name.StartsWith("System.", StringComparison.Ordinal) || name is "System.dll" or "mscorlib.dll" or "netstandard.dll"))
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToList();
    });

    /// <summary>McuSharp.Device (the façades and the McuSharp.Interop attributes): every program can use them.</summary>
    private static readonly Lazy<MetadataReference> DeviceReference = new(() =>
        MetadataReference.CreateFromFile(typeof(McuSharp.Device.DeviceOnlyException).Assembly.Location));

    public static CSharpCompilation FromSources(SourceSet sources, IEnumerable<MetadataReference>? extraReferences = null)
    {
        var trees = new List<SyntaxTree>();
        foreach (var file in sources.Files)
        {
            var text = SourceText.From(File.ReadAllText(file), System.Text.Encoding.UTF8);
            trees.Add(CSharpSyntaxTree.ParseText(text, ParseOptions, file));
        }
        return Create("Program", trees, sources.ImplicitUsings, extraReferences);
    }

    /// <summary>A compilation of in-memory sources (tests, tools): `(path, text)` pairs.</summary>
    public static CSharpCompilation FromText(IEnumerable<(string Path, string Text)> sources, bool implicitUsings = true, IEnumerable<MetadataReference>? extraReferences = null)
    {
        var trees = sources.Select(s => CSharpSyntaxTree.ParseText(SourceText.From(s.Text, System.Text.Encoding.UTF8), ParseOptions, s.Path)).ToList();
        return Create("Program", trees, implicitUsings, extraReferences);
    }

    private static CSharpCompilation Create(string name, List<SyntaxTree> trees, bool implicitUsings, IEnumerable<MetadataReference>? extraReferences)
    {
        if (implicitUsings) trees.Add(CSharpSyntaxTree.ParseText(ImplicitUsingsSource, ParseOptions, "GlobalUsings.g.cs"));
        var options = new CSharpCompilationOptions(OutputKind.ConsoleApplication)
            .WithNullableContextOptions(NullableContextOptions.Enable)
            .WithOptimizationLevel(OptimizationLevel.Release)
            .WithDeterministic(true)
            .WithAllowUnsafe(true); // so that McuSharp's own refusal of unsafe code (with what to write instead) is what the user sees
        return CSharpCompilation.Create(name, trees, FrameworkReferences.Value.Append(DeviceReference.Value).Concat(extraReferences ?? Array.Empty<MetadataReference>()), options);
    }
}
