using System.Globalization;
using System.Text;

namespace McuSharp.Benchmarks;

/// <summary>Prints the results as a Markdown table (aligned, so it reads in a terminal and pastes into a README).</summary>
internal static class Report
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static string KernelTable(IReadOnlyList<KernelMeasurement> rows, IReadOnlyDictionary<string, string> failures)
    {
        var header = new[]
        {
            "kernel",
            "time ms gen / hand",
            "time ratio (target)",
            "pair range",
            "wall ratio",
            "size B gen / hand",
            "size ratio (target)",
            "heap B gen / hand",
            "heap ratio",
            "alloc KB gen / hand",
            "alloc ratio",
        };
        var table = new List<string[]> { header };
        foreach (var m in rows)
        {
            table.Add(new[]
            {
                m.Name,
                $"{Ms(m.GeneratedMs)} / {Ms(m.HandWrittenMs)}",
                Judged(m.TimeRatio, m.TimeTarget, m.TimeMiss),
                $"{R(m.MinPairRatio)}–{R(m.MaxPairRatio)}",
                R(m.WallRatio),
                $"{m.GeneratedBytes.ToString(Inv)} / {m.HandWrittenBytes.ToString(Inv)}",
                Judged(m.SizeRatio, m.SizeTarget, m.SizeMiss),
                $"{m.GeneratedHeap.ToString(Inv)} / {m.HandWrittenHeap.ToString(Inv)}",
                R(m.HeapRatio),
                $"{Kb(m.GeneratedAlloc)} / {Kb(m.HandWrittenAlloc)}",
                R(m.AllocRatio),
            });
        }
        foreach (var name in failures.Keys.Order(StringComparer.Ordinal))
            table.Add(new[] { name, "FAILED", "", "", "", "", "", "", "", "", "" });

        var widths = Enumerable.Range(0, header.Length).Select(c => table.Max(r => r[c].Length)).ToArray();
        var sb = new StringBuilder();
        void Row(string[] cells, bool numericRight)
        {
            sb.Append('|');
            for (var c = 0; c < cells.Length; c++)
            {
                var cell = numericRight && c > 0 ? cells[c].PadLeft(widths[c]) : cells[c].PadRight(widths[c]);
                sb.Append(' ').Append(cell).Append(" |");
            }
            sb.Append('\n');
        }
        Row(header, false);
        sb.Append('|');
        for (var c = 0; c < widths.Length; c++) sb.Append(c == 0 ? " :" : " ").Append(new string('-', widths[c] - 1)).Append(c == 0 ? " |" : ": |");
        sb.Append('\n');
        foreach (var row in table.Skip(1)) Row(row, true);
        foreach (var name in failures.Keys.Order(StringComparer.Ordinal)) sb.Append('\n').Append(name).Append(" FAILED: ").Append(failures[name]);
        if (failures.Count > 0) sb.Append('\n');
        return sb.ToString();
    }

    private static string Judged(double ratio, double target, bool miss) => R(ratio) + " (≤ " + target.ToString("0.00", Inv) + ")" + (miss ? " MISS" : " ok");

    public static string R(double ratio) => double.IsNaN(ratio) ? "n/a" : ratio.ToString(ratio >= 100 ? "0" : ratio >= 10 ? "0.0" : "0.00", Inv);

    private static string Ms(double ms) => ms.ToString(ms >= 100 ? "0" : "0.0", Inv);

    private static string Kb(long bytes) => (bytes / 1024.0).ToString(bytes >= 100 * 1024 ? "0" : "0.0", Inv);

    public static string Number(double value) => value.ToString("#,0", Inv);
}
