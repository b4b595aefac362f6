using System.Globalization;

namespace McuSharp.Benchmarks;

/// <summary>Command-line options of the benchmark command.</summary>
internal sealed record Options
{
    public int Runs { get; init; } = 9;
    public int WarmupRuns { get; init; } = 1;
    public int ThroughputLines { get; init; } = 20_000;
    public IReadOnlyList<string> KernelFilter { get; init; } = Array.Empty<string>();
    public string? EmitDirectory { get; init; }
    public bool FailOnMiss { get; init; }
    public string? RawFile { get; init; }

    public const string Usage =
        """
        usage: dotnet run --project bench/McuSharp.Benchmarks -c Release [-- options]
          --runs <n>              timed runs per program (default 9; the median is reported)
          --warmup <n>            untimed runs per program before the timed ones (default 1, at least 1: it checks the output)
          --kernel <name>         run only this kernel (repeatable; e.g. sieve, Crc16)
          --throughput-lines <n>  size of the generated C# input for the compiler throughput (default 20000; 0 skips it)
          --emit <dir>            also write each kernel's generated modules to <dir>/<kernel>/
          --fail-on-miss          exit with code 2 when a kernel misses a target
          --raw <file>            also write every run's raw measurements to <file> (JSON lines)
        """;

    public static Options? Parse(string[] args, TextWriter error)
    {
        var options = new Options();
        var kernels = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            string Value()
            {
                if (i + 1 >= args.Length) throw new ArgumentException($"{arg} needs a value");
                return args[++i];
            }
            int Number(int min)
            {
                var text = Value();
                if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < min)
                    throw new ArgumentException($"{arg} needs a whole number >= {min}, not '{text}'");
                return n;
            }
            try
            {
                switch (arg)
                {
                    case "--runs": options = options with { Runs = Number(1) }; break;
                    case "--warmup": options = options with { WarmupRuns = Number(1) }; break;
                    case "--throughput-lines": options = options with { ThroughputLines = Number(0) }; break;
                    case "--kernel": kernels.Add(Value()); break;
                    case "--emit": options = options with { EmitDirectory = Value() }; break;
                    case "--fail-on-miss": options = options with { FailOnMiss = true }; break;
                    case "--raw": options = options with { RawFile = Value() }; break;
                    case "-h" or "--help" or "-?":
                        error.WriteLine(Usage);
                        return null;
                    default:
                        throw new ArgumentException($"unknown option '{arg}'");
                }
            }
            catch (ArgumentException e)
            {
                error.WriteLine("error: " + e.Message);
                error.WriteLine(Usage);
                return null;
            }
        }
        return options with { KernelFilter = kernels };
    }
}
