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
    double MedianPairRatio,
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
    // The compiler-core issue holds the first six kernels to 1.15 / 1.25; the object-model issue holds its
    // object-heavy kernels (virtual calls, structs, LINQ, exceptions) to 1.2 / 1.3.
    private static readonly HashSet<string> ObjectKernels = new(StringComparer.Ordinal) { "class_hierarchy", "vector_math", "linq_pipeline", "exception_parsing" };

    public double TimeTarget => ObjectKernels.Contains(Name) ? 1.2 : 1.15;
    public double SizeTarget => ObjectKernels.Contains(Name) ? 1.3 : 1.25;

    // The two programs of a round run back to back, so a burst of load on a shared machine slows both: the median
    // of the ratios within rounds is steadier than the ratio of the medians, which one slow stretch can tip.
    public double TimeRatio => MedianPairRatio;
    public double WallRatio => Stats.Ratio(GeneratedWallMs, HandWrittenWallMs);
    public double SizeRatio => Stats.Ratio(GeneratedBytes, HandWrittenBytes);
    public double HeapRatio => Stats.Ratio(GeneratedHeap, HandWrittenHeap);
    public double AllocRatio => Stats.Ratio(GeneratedAlloc, HandWrittenAlloc);
    public bool TimeMiss => !(TimeRatio <= TimeTarget);
    public bool SizeMiss => !(SizeRatio <= SizeTarget);
}
