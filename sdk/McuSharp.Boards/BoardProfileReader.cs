namespace McuSharp.Boards;

/// <summary>Turns a profile data file into a <see cref="BoardProfile"/>, checking that every fact is there.</summary>
internal static class BoardProfileReader
{
    /// <exception cref="InvalidDataException">The file is not valid JSON or lacks a fact; the message names the file and the property.</exception>
    public static BoardProfile Read(string json, string fileName)
    {
        Dictionary<string, object?> root;
        try
        {
            root = JsonReader.Parse(json) as Dictionary<string, object?> ?? throw new FormatException("the file is not a JSON object");
        }
        catch (FormatException e)
        {
            throw new InvalidDataException($"{fileName}: {e.Message}");
        }

        var file = new Section(fileName, "", root);
        var language = file.Object("language");
        var modules = file.Object("modules");
        var network = file.Object("network");
        var machine = file.Object("machine");
        var pins = file.Object("pins");
        return new BoardProfile(json)
        {
            Id = file.String("id"),
            Name = file.String("name"),
            Description = file.String("description"),
            Float = language.String("float") switch
            {
                "none" => FloatSupport.None,
                "single" => FloatSupport.Single,
                "double" => FloatSupport.Double,
                var other => throw language.Invalid("float", $"'{other}' (expected none, single or double)"),
            },
            HasFStrings = language.Bool("fstrings"),
            HasMath = modules.Bool("math"),
            HasDeflate = modules.Bool("deflate"),
            HasHashlib = modules.Bool("hashlib"),
            HasBinascii = modules.Bool("binascii"),
            Station = network.Interface("station"),
            AccessPoint = network.Interface("access_point"),
            Lan = network.Interface("lan"),
            HasWifiStatus = network.Bool("has_status"),
            StatusWhileObtainingIp = network.OptionalString("status_while_obtaining_ip"),
            RetriesFailedJoins = network.Bool("retries_failed_joins"),
            WifiStatus = network.Object("wifi_status").Constants(WifiStatusNames.All),
            ResetCauses = machine.Object("reset_causes").Constants(ResetCauseNames.All),
            CpuHz = machine.OptionalInteger("cpu_hz"),
            UniqueIdBytes = (int?)machine.OptionalInteger("unique_id_bytes"),
            FileSystemRoot = file.String("filesystem_root"),
            HeapBytes = file.OptionalInteger("heap_bytes"),
            Pins = new PinNaming(pins.String("ids"), pins.OptionalList("valid"), pins.Optional("led")),
        };
    }

    /// <summary>One JSON object of the file, with typed getters whose errors name the file and the property path.</summary>
    private sealed class Section(string file, string path, Dictionary<string, object?> values)
    {
        public Section Object(string name) =>
            Optional(name) is Dictionary<string, object?> child ? new Section(file, Path(name), child) : throw Invalid(name, "missing or not an object");

        public string String(string name) => OptionalString(name) ?? throw Invalid(name, "missing or not a string");

        public string? OptionalString(string name) => Optional(name) switch
        {
            null => null,
            string text => text,
            _ => throw Invalid(name, "not a string"),
        };

        public bool Bool(string name) => Optional(name) is bool value ? value : throw Invalid(name, "missing or not true/false");

        public long? OptionalInteger(string name) => Optional(name) switch
        {
            null => null,
            long number => number,
            _ => throw Invalid(name, "not an integer"),
        };

        public IReadOnlyList<object>? OptionalList(string name) => Optional(name) switch
        {
            null => null,
            List<object?> items when items.All(i => i is long or string) => items.Select(i => i!).ToList(),
            _ => throw Invalid(name, "not a list of integers and strings"),
        };

        public object? Optional(string name)
        {
            if (!values.ContainsKey(name)) throw Invalid(name, "missing");
            return values[name];
        }

        public NetworkInterface? Interface(string name)
        {
            if (Optional(name) is null) return null;
            var section = Object(name);
            var constants = section.Optional("constants") is List<object?> list && list.All(c => c is string)
                ? list.Cast<string>().ToList()
                : throw section.Invalid("constants", "missing or not a list of strings");
            return new NetworkInterface(section.String("class"), constants, section.OptionalInteger("value"));
        }

        /// <summary>An object mapping each of <paramref name="names"/> (all required, no others) to a constant or null.</summary>
        public IReadOnlyDictionary<string, BoardConstant?> Constants(IReadOnlyList<string> names)
        {
            foreach (var key in values.Keys.Where(k => !names.Contains(k)))
                throw Invalid(key, $"unknown name (expected one of {string.Join(", ", names)})");
            var result = new Dictionary<string, BoardConstant?>(StringComparer.Ordinal);
            foreach (var name in names)
            {
                if (Optional(name) is null) { result[name] = null; continue; }
                var entry = Object(name);
                var constant = new BoardConstant(entry.OptionalString("constant"), entry.OptionalInteger("value"));
                if (constant.Constant is null && constant.Value is null) throw Invalid(name, "has neither a constant nor a value (write null for a state the board does not have)");
                result[name] = constant;
            }
            return result;
        }

        public InvalidDataException Invalid(string name, string problem) => new($"{file}: '{Path(name)}' is {problem}.");

        private string Path(string name) => path.Length == 0 ? name : path + "." + name;
    }
}
