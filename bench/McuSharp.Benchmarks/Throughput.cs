using System.Diagnostics;
using McuSharp.Compiler;
using McuSharp.Compiler.Frontend;
using Microsoft.CodeAnalysis;

namespace McuSharp.Benchmarks;

/// <summary>The compiler's throughput on a large generated input (see <see cref="ThroughputInput"/>).</summary>
internal sealed record ThroughputResult(int Lines, int Methods, long OutputBytes, TimeSpan Total, TimeSpan FrontEnd, int Repetitions)
{
    public double LinesPerSecond => Lines / Total.TotalSeconds;
    public double FrontEndLinesPerSecond => Lines / FrontEnd.TotalSeconds;

    public const int Repeats = 3;

    /// <summary>
    /// Best of <see cref="Repeats"/> after a warm-up compile (so JIT time is not counted): `total` is
    /// CompilationFactory.FromText + McuCompiler.Compile (Roslyn parse and bind, subset check, lowering, printing,
    /// runtime helpers); `front end` is FromText + Roslyn's GetDiagnostics on a fresh compilation, the part McuSharp
    /// does not own. Each repetition starts from a fresh compilation.
    /// </summary>
    public static (ThroughputResult? Result, string? Error) Measure(int targetLines)
    {
        var (warmupText, _, _) = ThroughputInput.Generate(Math.Min(2_000, targetLines));
        var warm = McuCompiler.Compile(CompilationFactory.FromText(new[] { ("Throughput.cs", warmupText) }));
        if (!warm.Success) return (null, Describe(warm));

        var (text, lines, methods) = ThroughputInput.Generate(targetLines);
        var bestTotal = TimeSpan.MaxValue;
        var bestFront = TimeSpan.MaxValue;
        long outputBytes = 0;
        for (var i = 0; i < Repeats; i++)
        {
            var watch = Stopwatch.StartNew();
            var result = McuCompiler.Compile(CompilationFactory.FromText(new[] { ("Throughput.cs", text) }));
            watch.Stop();
            if (!result.Success) return (null, Describe(result));
            outputBytes = result.Modules.Sum(m => (long)m.Text.Length);
            if (watch.Elapsed < bestTotal) bestTotal = watch.Elapsed;

            watch.Restart();
            var diagnostics = CompilationFactory.FromText(new[] { ("Throughput.cs", text) }).GetDiagnostics();
            watch.Stop();
            if (diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error)) return (null, "Roslyn reports errors in the generated input");
            if (watch.Elapsed < bestFront) bestFront = watch.Elapsed;
        }
        return (new ThroughputResult(lines, methods, outputBytes, bestTotal, bestFront, Repeats), null);
    }

    private static string Describe(CompileResult result) =>
        "the generated throughput input does not compile:\n" + string.Join("\n", result.Errors.Take(10).Select(d => "  " + McuCompiler.Format(d)));
}
