using System.Reflection;

namespace McuSharp.Boards;

/// <summary>A board id that has no profile. <see cref="Exception.Message"/> is one line listing the known ids.</summary>
public sealed class UnknownBoardException : ArgumentException
{
    public UnknownBoardException(string id)
        : base($"Unknown board '{id}'. Known boards: {string.Join(", ", BoardProfiles.Ids)}.")
    {
        BoardId = id;
    }

    public string BoardId { get; }
}

/// <summary>The board profiles embedded in this assembly, one data file per board (<c>Profiles/&lt;id&gt;.json</c>).</summary>
public static class BoardProfiles
{
    private const string ResourcePrefix = "McuSharp.Boards.";
    private const string ResourceSuffix = ".json";

    /// <summary>The board ids in the order <c>mcu boards</c> lists them.</summary>
    public static IReadOnlyList<string> Ids { get; } = new[] { "esp8266", "esp32", "rp2-pico-w", "wipy", "openmv", "generic", "sim" };

    /// <summary>The board <c>mcu sim</c> runs by default.</summary>
    public const string SimulatorId = "sim";

    private static readonly Lazy<IReadOnlyDictionary<string, BoardProfile>> Loaded = new(LoadAll);

    /// <summary>Every profile, in <see cref="Ids"/> order.</summary>
    public static IReadOnlyList<BoardProfile> All => Ids.Select(id => Loaded.Value[id]).ToList();

    /// <summary>The profile of <paramref name="id"/> (exact, lower-case).</summary>
    /// <exception cref="UnknownBoardException">No board has that id.</exception>
    public static BoardProfile Get(string id) =>
        id is not null && Loaded.Value.TryGetValue(id, out var profile) ? profile : throw new UnknownBoardException(id ?? "");

    public static bool TryGet(string id, out BoardProfile? profile)
    {
        profile = null;
        return id is not null && Loaded.Value.TryGetValue(id, out profile);
    }

    private static IReadOnlyDictionary<string, BoardProfile> LoadAll()
    {
        var assembly = typeof(BoardProfiles).Assembly;
        var profiles = new Dictionary<string, BoardProfile>(StringComparer.Ordinal);
        foreach (var id in Ids)
        {
            using var stream = assembly.GetManifestResourceStream(ResourcePrefix + id + ResourceSuffix)
                ?? throw new InvalidOperationException($"The board profile '{id}' is not embedded in {assembly.GetName().Name}.");
            using var reader = new StreamReader(stream);
            var profile = BoardProfileReader.Read(reader.ReadToEnd(), id + ResourceSuffix);
            if (profile.Id != id) throw new InvalidDataException($"{id}{ResourceSuffix}: its id is '{profile.Id}'.");
            profiles.Add(id, profile);
        }
        return profiles;
    }
}
