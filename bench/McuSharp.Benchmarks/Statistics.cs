namespace McuSharp.Benchmarks;

internal static class Stats
{
    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.OrderBy(v => v).ToArray();
        if (sorted.Length == 0) return double.NaN;
        var mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    public static double Ratio(double generated, double handWritten) => handWritten > 0 ? generated / handWritten : double.NaN;
}

/// <summary>What the benchmark measured for one kernel (times in milliseconds, sizes in bytes).</summary>
internal sealed record KernelMeasurement(
    string Name,
    double GeneratedMs,
    double HandWrittenMs,
    double MinPairRatio,
    double MaxPairRatio,
    double GeneratedWallMs,
    double HandWrittenWallMs,
    long GeneratedBytes,
    long HandWrittenBytes,
    long GeneratedHeap,
    long HandWrittenHeap,
    long GeneratedAlloc,
    long HandWrittenAlloc)
{
    public const double TimeTarget = 1.15;
    public const double SizeTarget = 1.25;

    public double TimeRatio => Stats.Ratio(GeneratedMs, HandWrittenMs);
    public double WallRatio => Stats.Ratio(GeneratedWallMs, HandWrittenWallMs);
    public double SizeRatio => Stats.Ratio(GeneratedBytes, HandWrittenBytes);
    public double HeapRatio => Stats.Ratio(GeneratedHeap, HandWrittenHeap);
    public double AllocRatio => Stats.Ratio(GeneratedAlloc, HandWrittenAlloc);
    public bool TimeMiss => !(TimeRatio <= TimeTarget);
    public bool SizeMiss => !(SizeRatio <= SizeTarget);
}
