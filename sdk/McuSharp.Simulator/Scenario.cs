using System.Text.Json;
using System.Text.Json.Nodes;
using McuSharp.Boards;

namespace McuSharp.Simulator;

/// <summary>
/// What the simulated world does during a run: visible networks and how joining them goes, DNS, TCP and HTTP
/// behaviour, input pins changing at given virtual times, the reset cause. Read from a JSON file (format:
/// docs/scenarios.md) and checked completely before anything runs; <see cref="ToDeviceJson"/> is the normalized form
/// (every default filled in) that the device plug-ins read.
/// </summary>
public sealed class Scenario
{
    /// <summary>The name a scenario without a file has in messages.</summary>
    public const string DefaultName = "(default scenario)";

    /// <summary>Where a project keeps its own default world, relative to the project folder.</summary>
    public const string ProjectDefaultPath = "scenarios/default.json";

    /// <summary>The project's own default scenario file (<see cref="ProjectDefaultPath"/> in <paramref name="projectFolder"/>), or null when it has none.</summary>
    public static string? ProjectDefaultFile(string? projectFolder)
    {
        var file = projectFolder is null ? null : Path.Combine(projectFolder, ProjectDefaultPath);
        return file is not null && File.Exists(file) ? file : null;
    }

    private static readonly string[] FailureStates = { WifiStatusNames.NoApFound, WifiStatusNames.WrongPassword, WifiStatusNames.ConnectFailed };

    private readonly JsonObject _device;

    private Scenario(string name, JsonObject device)
    {
        Name = name;
        _device = device;
    }

    /// <summary>The file the scenario came from, or <see cref="DefaultName"/>.</summary>
    public string Name { get; }

    /// <summary>The common name of the reset cause <c>machine.reset_cause()</c> reports (<see cref="ResetCauseNames"/>).</summary>
    public string ResetCause => (string)_device["reset_cause"]!;

    /// <summary>
    /// Without a file: one network that accepts any SSID and password, DHCP at once, every host name resolves, and an
    /// HTTP sink that answers 200 to every request (the timeline shows what it received).
    /// </summary>
    public static Scenario Default { get; } = Parse("{\"wifi\": {\"networks\": [{\"ssid\": \"*\"}]}, \"http\": {\"unmatched\": \"sink\"}}", DefaultName);

    /// <exception cref="ScenarioException">The file is missing, malformed or inconsistent.</exception>
    public static Scenario Load(string path)
    {
        string text;
        try
        {
            text = System.IO.File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ScenarioException(path, $"cannot read the scenario file ({e.Message})");
        }
        return Parse(text, path);
    }

    /// <exception cref="ScenarioException">The text is malformed or inconsistent; the message starts with <paramref name="name"/>.</exception>
    public static Scenario Parse(string json, string name)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = false });
        }
        catch (JsonException e)
        {
            throw new ScenarioException(name, $"not valid JSON: line {(e.LineNumber ?? 0) + 1}, position {(e.BytePositionInLine ?? 0) + 1}: {FirstSentence(e.Message)}");
        }
        if (root is not JsonObject scenario) throw new ScenarioException(name, "the scenario must be a JSON object");
        return new Scenario(name, new Normalizer(name).Scenario(scenario));
    }

    /// <summary>Checks what depends on the board (the reset cause must be one the board reports).</summary>
    /// <exception cref="ScenarioException">The scenario asks for something the board does not have.</exception>
    public void CheckAgainst(BoardProfile board)
    {
        if (board.GetResetCause(ResetCause) is null)
        {
            var has = ResetCauseNames.All.Where(n => board.GetResetCause(n) is not null);
            throw new ScenarioException(Name, $"reset_cause '{ResetCause}' is never reported by board '{board.Id}' (it reports {string.Join(", ", has)})");
        }
    }

    /// <summary>The normalized scenario the device plug-ins read (a fresh copy).</summary>
    public JsonObject ToDeviceJson() => (JsonObject)_device.DeepClone();

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message.TrimEnd('.') : message[..end];
    }

    /// <summary>Reads the user's scenario property by property, refusing unknown names, filling in defaults.</summary>
    private sealed class Normalizer(string file)
    {
        private readonly HashSet<string> _networks = new(StringComparer.Ordinal);
        private readonly HashSet<string> _routes = new(StringComparer.Ordinal);

        public JsonObject Scenario(JsonObject o)
        {
            Only(o, "", "reset_cause", "run_for_ms", "clock", "wifi", "lan", "dns", "tcp", "http", "events");
            var resetCause = String(o, "reset_cause", ResetCauseNames.PowerOn);
            if (!ResetCauseNames.All.Contains(resetCause))
                throw Problem($"reset_cause '{resetCause}' is not one of {string.Join(", ", ResetCauseNames.All)}");
            var clock = Object(o, "clock");
            Only(clock, "clock", "ticks_start_ms", "epoch");
            var result = new JsonObject
            {
                ["reset_cause"] = resetCause,
                ["run_for_ms"] = o["run_for_ms"] is null ? null : Number(o, "run_for_ms", 0),
                ["clock"] = new JsonObject
                {
                    ["ticks_start_ms"] = Number(clock, "ticks_start_ms", 0, "clock."),
                    ["epoch"] = Number(clock, "epoch", 1735689600, "clock."), // 2025-01-01T00:00:00Z
                },
                ["wifi"] = Wifi(Object(o, "wifi")),
                ["lan"] = Lan(Object(o, "lan")),
                ["dns"] = Dns(Object(o, "dns")),
                ["tcp"] = new JsonArray(Array(o, "tcp").Select((t, i) => (JsonNode?)Tcp(AsObject(t, $"tcp[{i}]"), $"tcp[{i}].")).ToArray()),
                ["http"] = Http(Object(o, "http")),
            };
            result["events"] = new JsonArray(Array(o, "events").Select((e, i) => (JsonNode?)Event(AsObject(e, $"events[{i}]"), $"events[{i}].")).ToArray());
            return result;
        }

        private JsonObject Wifi(JsonObject o)
        {
            Only(o, "wifi", "networks", "scan_failures", "scan_ms");
            var networks = Array(o, "networks", "wifi.").Select((n, i) => (JsonNode?)Network(AsObject(n, $"wifi.networks[{i}]"), i)).ToArray();
            return new JsonObject
            {
                ["networks"] = new JsonArray(networks),
                ["scan_failures"] = Number(o, "scan_failures", 0, "wifi."),
                ["scan_ms"] = Number(o, "scan_ms", 2000, "wifi."),
            };
        }

        private JsonObject Network(JsonObject o, int index)
        {
            var at = $"wifi.networks[{index}].";
            Only(o, at.TrimEnd('.'), "ssid", "password", "bssid", "channel", "rssi", "security", "hidden", "join_ms", "dhcp_ms", "failures", "ip", "netmask", "gateway", "dns");
            var ssid = String(o, "ssid", null, at) ?? throw Problem($"{at}ssid is required");
            if (!_networks.Add(ssid)) throw Problem($"two networks are named '{ssid}'");
            var failures = Array(o, "failures", at).Select((f, i) =>
            {
                var state = f is JsonValue v && v.TryGetValue(out string? s) ? s : null;
                return state is not null && FailureStates.Contains(state)
                    ? (JsonNode)state
                    : throw Problem($"{at}failures[{i}] must be one of {string.Join(", ", FailureStates)}");
            }).ToArray();
            var octet = 50 + index;
            return new JsonObject
            {
                ["ssid"] = ssid,
                ["password"] = String(o, "password", null, at),
                ["bssid"] = String(o, "bssid", $"02:5a:00:00:00:{index + 1:x2}", at),
                ["channel"] = Number(o, "channel", 6, at),
                ["rssi"] = Number(o, "rssi", -55, at),
                ["security"] = Number(o, "security", 3, at),
                ["hidden"] = Bool(o, "hidden", false, at),
                ["join_ms"] = Number(o, "join_ms", 1500, at),
                ["dhcp_ms"] = Number(o, "dhcp_ms", 500, at),
                ["failures"] = new JsonArray(failures),
                ["ip"] = String(o, "ip", $"192.168.{index + 1}.{octet}", at),
                ["netmask"] = String(o, "netmask", "255.255.255.0", at),
                ["gateway"] = String(o, "gateway", $"192.168.{index + 1}.1", at),
                ["dns"] = String(o, "dns", $"192.168.{index + 1}.1", at),
            };
        }

        private JsonObject Lan(JsonObject o)
        {
            Only(o, "lan", "cable", "ip", "netmask", "gateway", "dns");
            return new JsonObject
            {
                ["cable"] = Bool(o, "cable", true, "lan."),
                ["ip"] = String(o, "ip", "192.168.10.50", "lan."),
                ["netmask"] = String(o, "netmask", "255.255.255.0", "lan."),
                ["gateway"] = String(o, "gateway", "192.168.10.1", "lan."),
                ["dns"] = String(o, "dns", "192.168.10.1", "lan."),
            };
        }

        private JsonObject Dns(JsonObject o)
        {
            Only(o, "dns", "hosts", "unknown", "delay_ms");
            var hosts = new JsonObject();
            foreach (var (host, answer) in Object(o, "hosts", "dns."))
            {
                var at = $"dns.hosts.{host}";
                hosts[host] = answer switch
                {
                    JsonValue v when v.TryGetValue(out string? text) && text == "fail" => new JsonObject { ["fail"] = true, ["ip"] = null, ["delay_ms"] = null },
                    JsonValue v when v.TryGetValue(out string? ip) => new JsonObject { ["fail"] = false, ["ip"] = Address(ip, at), ["delay_ms"] = null },
                    JsonObject detail => HostAnswer(detail, at),
                    _ => throw Problem($"{at} must be an address, \"fail\" or {{\"ip\": ..., \"delay_ms\": ...}}"),
                };
            }
            var unknown = String(o, "unknown", "resolve", "dns.");
            if (unknown is not ("resolve" or "fail")) throw Problem($"dns.unknown must be \"resolve\" or \"fail\" (got '{unknown}')");
            return new JsonObject { ["hosts"] = hosts, ["unknown"] = unknown, ["delay_ms"] = Number(o, "delay_ms", 20, "dns.") };
        }

        private JsonObject HostAnswer(JsonObject o, string at)
        {
            Only(o, at, "ip", "fail", "delay_ms");
            var fail = Bool(o, "fail", false, at + ".");
            var ip = String(o, "ip", null, at + ".");
            if (!fail && ip is null) throw Problem($"{at} needs an ip or \"fail\": true");
            return new JsonObject { ["fail"] = fail, ["ip"] = ip is null ? null : Address(ip, at), ["delay_ms"] = o["delay_ms"] is null ? null : Number(o, "delay_ms", 0, at + ".") };
        }

        private JsonObject Tcp(JsonObject o, string at)
        {
            Only(o, at.TrimEnd('.'), "host", "port", "behaviour", "delay_ms");
            var behaviour = String(o, "behaviour", "accept", at);
            if (behaviour is not ("accept" or "refuse" or "timeout")) throw Problem($"{at}behaviour must be accept, refuse or timeout (got '{behaviour}')");
            return new JsonObject
            {
                ["host"] = Address(String(o, "host", null, at) ?? throw Problem($"{at}host is required"), at + "host"),
                ["port"] = o["port"] is null ? null : Number(o, "port", 0, at),
                ["behaviour"] = behaviour,
                ["delay_ms"] = Number(o, "delay_ms", 10, at),
            };
        }

        private JsonObject Http(JsonObject o)
        {
            Only(o, "http", "routes", "unmatched");
            var routes = Array(o, "routes", "http.").Select((r, i) => (JsonNode?)Route(AsObject(r, $"http.routes[{i}]"), i)).ToArray();
            var unmatched = String(o, "unmatched", routes.Length == 0 ? "sink" : "not_found", "http.");
            if (unmatched is not ("sink" or "not_found")) throw Problem($"http.unmatched must be \"sink\" or \"not_found\" (got '{unmatched}')");
            return new JsonObject { ["routes"] = new JsonArray(routes), ["unmatched"] = unmatched };
        }

        private static readonly string[] ResponseFields = { "status", "body", "json", "headers", "delay_ms", "timeout", "reset", "forward" };

        private JsonObject Route(JsonObject o, int index)
        {
            var at = $"http.routes[{index}].";
            Only(o, at.TrimEnd('.'), new[] { "name", "method", "url", "responses" }.Concat(ResponseFields).ToArray());
            var url = String(o, "url", null, at) ?? throw Problem($"{at}url is required");
            if (!url.StartsWith("http://", StringComparison.Ordinal) && !url.StartsWith("https://", StringComparison.Ordinal))
                throw Problem($"{at}url must start with http:// (got '{url}')");
            var name = String(o, "name", $"route{index + 1}", at)!;
            if (!_routes.Add(name)) throw Problem($"two routes are named '{name}'");
            var listed = Array(o, "responses", at);
            if (listed.Count > 0 && ResponseFields.Any(o.ContainsKey))
                throw Problem($"{at.TrimEnd('.')} has both \"responses\" and response fields; put every answer in \"responses\"");
            var responses = listed.Count > 0
                ? listed.Select((r, i) => (JsonNode?)Response(Only(AsObject(r, $"{at}responses[{i}]"), $"{at}responses[{i}]", ResponseFields), $"{at}responses[{i}].")).ToArray()
                : new JsonNode?[] { Response(o, at) };
            var method = String(o, "method", null, at)?.ToUpperInvariant();
            return new JsonObject { ["name"] = name, ["method"] = method, ["url"] = url, ["responses"] = new JsonArray(responses) };
        }

        private JsonObject Response(JsonObject o, string at)
        {
            var json = o["json"];
            var body = json is null ? String(o, "body", "OK", at)! : json.ToJsonString();
            var headers = new JsonObject();
            foreach (var (key, value) in Object(o, "headers", at))
                headers[key] = value is JsonValue v && v.TryGetValue(out string? text) ? text : throw Problem($"{at}headers.{key} must be a string");
            if (json is not null) headers["Content-Type"] = "application/json";
            var forward = String(o, "forward", null, at);
            return new JsonObject
            {
                ["status"] = Number(o, "status", 200, at),
                ["body"] = body,
                ["headers"] = headers,
                ["delay_ms"] = Number(o, "delay_ms", 0, at),
                ["timeout"] = Bool(o, "timeout", false, at),
                ["reset"] = Bool(o, "reset", false, at),
                ["forward"] = forward is null ? null : LocalForward(forward, at + "forward"),
            };
        }

        /// <summary>Forwarding reaches a real server, so only this machine's loopback address is allowed.</summary>
        private string LocalForward(string target, string at)
        {
            if (!Uri.TryCreate(target, UriKind.Absolute, out var uri) || uri.Scheme != "http")
                throw Problem($"{at} '{target}' is not an http:// address");
            if (uri.Host is not ("127.0.0.1" or "localhost"))
                throw Problem($"{at} '{target}' is refused: forwarding only reaches a server on this machine (http://127.0.0.1:<port> or http://localhost:<port>)");
            if (uri.AbsolutePath != "/" || uri.Query.Length > 0)
                throw Problem($"{at} '{target}' must not have a path: the request keeps its own");
            return $"http://127.0.0.1:{uri.Port}";
        }

        private JsonObject Event(JsonObject o, string at)
        {
            var at0 = at.TrimEnd('.');
            var result = new JsonObject { ["at_ms"] = Number(o, "at_ms", -1, at) };
            if ((long)result["at_ms"]! < 0) throw Problem($"{at}at_ms is required (virtual milliseconds since boot)");
            foreach (var key in new[] { "network_down", "network_up" }.Where(o.ContainsKey))
            {
                Only(o, at0, "at_ms", key);
                var ssid = String(o, key, null, at)!;
                if (!_networks.Contains(ssid) || ssid == "*") throw Problem($"{at}{key} refers to unknown network '{ssid}' (wifi.networks has {List(_networks.Where(n => n != "*"))})");
                result[key] = ssid;
                return result;
            }
            foreach (var key in new[] { "route_down", "route_up" }.Where(o.ContainsKey))
            {
                Only(o, at0, "at_ms", key);
                var route = String(o, key, null, at)!;
                if (!_routes.Contains(route)) throw Problem($"{at}{key} refers to unknown route '{route}' (http.routes has {List(_routes)})");
                result[key] = route;
                return result;
            }
            if (o.ContainsKey("pin"))
            {
                Only(o, at0, "at_ms", "pin", "value");
                result["pin"] = o["pin"] is JsonValue pin && (pin.TryGetValue(out long _) || pin.TryGetValue(out string? _)) ? pin.DeepClone() : throw Problem($"{at}pin must be a pin id (a number or a string such as \"GP9\")");
                var value = Number(o, "value", -1, at);
                if (value is not (0 or 1)) throw Problem($"{at}value must be 0 or 1");
                result["value"] = value;
                return result;
            }
            throw Problem($"{at0} must have one of network_down, network_up, route_down, route_up or pin");
        }

        private static string List(IEnumerable<string> names) => names.Any() ? string.Join(", ", names.Select(n => $"'{n}'")) : "none";

        private JsonObject Only(JsonObject o, string at, params string[] allowed)
        {
            foreach (var key in o.Select(p => p.Key).Where(k => !allowed.Contains(k)))
                throw Problem($"unknown property '{(at.Length == 0 ? key : at + "." + key)}' (allowed: {string.Join(", ", allowed)})");
            return o;
        }

        private JsonObject Object(JsonObject o, string key, string at = "") => o[key] switch
        {
            null => new JsonObject(),
            JsonObject child => child,
            _ => throw Problem($"{at}{key} must be an object"),
        };

        private JsonObject AsObject(JsonNode? node, string at) => node as JsonObject ?? throw Problem($"{at} must be an object");

        private IReadOnlyList<JsonNode?> Array(JsonObject o, string key, string at = "") => o[key] switch
        {
            null => System.Array.Empty<JsonNode?>(),
            JsonArray items => items.ToList(),
            _ => throw Problem($"{at}{key} must be a list"),
        };

        private string? String(JsonObject o, string key, string? fallback, string at = "") => o[key] switch
        {
            null => fallback,
            JsonValue v when v.TryGetValue(out string? text) => text,
            _ => throw Problem($"{at}{key} must be a string"),
        };

        private long Number(JsonObject o, string key, long fallback, string at = "") => o[key] switch
        {
            null => fallback,
            JsonValue v when v.TryGetValue(out long number) => number,
            JsonValue v when v.TryGetValue(out double real) && real == Math.Floor(real) && Math.Abs(real) < 1e15 => (long)real,
            _ => throw Problem($"{at}{key} must be a whole number"),
        };

        private bool Bool(JsonObject o, string key, bool fallback, string at = "") => o[key] switch
        {
            null => fallback,
            JsonValue v when v.TryGetValue(out bool flag) => flag,
            _ => throw Problem($"{at}{key} must be true or false"),
        };

        private string Address(string ip, string at) =>
            System.Net.IPAddress.TryParse(ip, out var address) && address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork && ip.Count(c => c == '.') == 3
                ? ip
                : throw Problem($"{at} '{ip}' is not an IPv4 address");

        private ScenarioException Problem(string problem) => new(file, problem);
    }
}
