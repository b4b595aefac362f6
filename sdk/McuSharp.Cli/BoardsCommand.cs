using McuSharp.Boards;

namespace McuSharp.Cli;

/// <summary>`mcu boards`: the board profiles as a table of their key facts (the data files in sdk/McuSharp.Boards/Profiles).</summary>
internal static class BoardsCommand
{
    private static readonly string[] Header = { "board", "float", "math", "f-str", "deflate", "station", "AP", "LAN", "got-IP status", "fs root", "heap", "pins" };

    public static int Run(TextWriter output)
    {
        var rows = BoardProfiles.All.Select(Row).ToList();
        var widths = Header.Select((h, i) => rows.Select(r => r[i].Length).Append(h.Length).Max()).ToArray();
        output.WriteLine(Format(Header, widths));
        output.WriteLine(string.Join("  ", widths.Select(w => new string('-', w))));
        foreach (var row in rows) output.WriteLine(Format(row, widths));
        output.WriteLine();
        foreach (var profile in BoardProfiles.All) output.WriteLine($"{profile.Id,-11} {profile.Name}: {profile.Description}");
        return 0;
    }

    private static string[] Row(BoardProfile p) => new[]
    {
        p.Id,
        p.Float.ToString().ToLowerInvariant(),
        YesNo(p.HasMath),
        YesNo(p.HasFStrings),
        YesNo(p.HasDeflate),
        p.Station?.PreferredConstant ?? "-",
        p.AccessPoint?.PreferredConstant ?? "-",
        p.Lan?.Class ?? "-",
        GotIp(p),
        p.FileSystemRoot,
        p.HeapBytes is { } heap ? $"~{heap / 1024} KiB" : "?",
        p.Pins.Ids switch { "integers" => "GPIO numbers", "strings" => "names ('GP9')", _ => "any" },
    };

    private static string GotIp(BoardProfile p)
    {
        if (!p.HasWifiStatus) return "no status()";
        var status = p.GetWifiStatus(WifiStatusNames.GotIp);
        return status switch
        {
            null => "-",
            { Constant: { } name, Value: { } value } => $"{value} ({name.Replace("network.", "", StringComparison.Ordinal)})",
            { Value: { } value } => value.ToString(System.Globalization.CultureInfo.InvariantCulture),
            { Constant: { } name } => name.Replace("network.", "", StringComparison.Ordinal),
            _ => "-",
        };
    }

    private static string YesNo(bool value) => value ? "yes" : "no";

    private static string Format(IReadOnlyList<string> cells, IReadOnlyList<int> widths) =>
        string.Join("  ", cells.Select((c, i) => c.PadRight(widths[i]))).TrimEnd();
}
