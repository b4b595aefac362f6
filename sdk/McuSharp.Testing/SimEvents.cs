using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json;

namespace McuSharp.Testing;

/// <summary>
/// One thing that happened on the simulated device, as the simulator recorded it (docs/scenarios.md, "Timeline
/// events"). Events that have a typed class below are read into it; any other type stays a plain <see cref="SimEvent"/>
/// whose fields are in <see cref="Data"/>.
/// </summary>
public record SimEvent
{
    /// <summary>The event type, e.g. <c>wifi.status</c>, <c>http.request</c>, <c>pin.write</c>.</summary>
    public required string Type { get; init; }

    /// <summary>Virtual milliseconds since boot when it happened (the simulated clock, not wall-clock time).</summary>
    public required long TimeMs { get; init; }

    /// <summary>Position in the run's timeline (0 for the first event); <see cref="SimTimeline.Before"/> and <see cref="SimTimeline.After"/> cut at it.</summary>
    public required int Index { get; init; }

    /// <summary>The event as the simulator wrote it (one JSON object: <c>type</c>, <c>t_ms</c> and the event's fields).</summary>
    public required JsonElement Data { get; init; }

    /// <summary>A string field of <see cref="Data"/>, or null when it is missing or not a string.</summary>
    public string? GetString(string field) =>
        Data.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>A whole-number field of <see cref="Data"/>, or null when it is missing or not a number.</summary>
    public long? GetInt64(string field) =>
        Data.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var n) ? n : null;

    /// <summary><c>[  1.500s] wifi.status {...}</c>: the virtual time, the type and the fields, for assertion messages.</summary>
    public sealed override string ToString() =>
        $"[{(TimeMs / 1000.0).ToString("0.000", CultureInfo.InvariantCulture),8}s] {Type} {Data.GetRawText()}";

    /// <summary>Reads one line of the simulator's <c>--events</c> output into the most specific event class.</summary>
    internal static SimEvent Read(JsonElement data, int index)
    {
        var type = data.TryGetProperty("type", out var t) ? t.GetString() ?? "" : "";
        var time = data.TryGetProperty("t_ms", out var ms) && ms.TryGetInt64(out var n) ? n : 0;
        var basic = new SimEvent { Type = type, TimeMs = time, Index = index, Data = data };
        return type switch
        {
            "wifi.status" => new WifiStatusEvent(basic)
            {
                State = basic.GetString("state") ?? "",
                Code = basic.GetInt64("code"),
                Ssid = basic.GetString("ssid"),
            },
            "wifi.connect" => new WifiConnectEvent(basic) { Ssid = basic.GetString("ssid") ?? "" },
            "wifi.active" => new WifiActiveEvent(basic)
            {
                Interface = basic.GetString("interface") ?? "",
                Active = data.TryGetProperty("active", out var a) && a.ValueKind == JsonValueKind.True,
            },
            "wifi.scan" => new WifiScanEvent(basic)
            {
                Found = data.TryGetProperty("found", out var f) && f.ValueKind == JsonValueKind.Array
                    ? f.EnumerateArray().Select(s => s.GetString() ?? "").ToList()
                    : Array.Empty<string>(),
            },
            "dns.answer" or "dns.failed" => new DnsEvent(basic)
            {
                Host = basic.GetString("host") ?? "",
                Ip = basic.GetString("ip"),
                Failed = type == "dns.failed",
            },
            "tcp.connect" or "tcp.refused" or "tcp.no_answer" => new TcpEvent(basic)
            {
                Ip = basic.GetString("ip") ?? "",
                Port = (int)(basic.GetInt64("port") ?? 0),
                Outcome = type["tcp.".Length..],
            },
            "http.request" => new HttpRequestEvent(basic)
            {
                Method = basic.GetString("method") ?? "",
                Url = basic.GetString("url") ?? "",
                Body = basic.GetString("body") ?? "",
                Json = data.TryGetProperty("json", out var j) ? j : null,
                Route = basic.GetString("route"),
            },
            "http.response" => new HttpResponseEvent(basic)
            {
                Status = (int)(basic.GetInt64("status") ?? 0),
                Source = basic.GetString("source") ?? "",
            },
            "socket.timeout" or "socket.hang" => new SocketWaitEvent(basic)
            {
                Ms = basic.GetInt64("ms"),
                What = basic.GetString("what") ?? "",
            },
            "pin.write" or "pin.input" => new PinEvent(basic)
            {
                Pin = PinName(data),
                Value = (int)(basic.GetInt64("value") ?? 0),
                IsInput = type == "pin.input",
            },
            "time.sleep" => new SleepEvent(basic)
            {
                Ms = basic.GetInt64("ms") ?? 0,
                Kind = basic.GetString("kind") ?? "sleep",
            },
            "machine.deepsleep" => new DeepSleepEvent(basic) { Ms = basic.GetInt64("ms") },
            "machine.reset" => new ResetEvent(basic) { Kind = basic.GetString("kind") ?? "" },
            "sim.end" => new SimEndEvent(basic) { Reason = basic.GetString("reason") ?? "" },
            _ => basic,
        };
    }

    /// <summary>A pin id as text: numbers in decimal (<c>2</c>), names as they are (<c>GP9</c>, <c>P10</c>).</summary>
    private static string PinName(JsonElement data) =>
        !data.TryGetProperty("pin", out var pin) ? ""
        : pin.ValueKind == JsonValueKind.String ? pin.GetString() ?? ""
        : pin.GetRawText();
}

/// <summary><c>wifi.status</c>: the station's status changed.</summary>
public sealed record WifiStatusEvent : SimEvent
{
    [SetsRequiredMembers]
    internal WifiStatusEvent(SimEvent basic) : base(basic) { }

    /// <summary>The common name of the state: <c>Idle</c>, <c>Connecting</c>, <c>WrongPassword</c>, <c>NoApFound</c>, <c>ConnectFailed</c>, <c>GotIp</c>, <c>LinkUpNoIp</c>.</summary>
    public string State { get; init; } = "";

    /// <summary>The number <c>status()</c> returns for it on the simulated board (null on boards without <c>status()</c>).</summary>
    public long? Code { get; init; }

    /// <summary>The network the station is joining or joined, if any.</summary>
    public string? Ssid { get; init; }
}

/// <summary><c>wifi.connect</c>: the program called <c>connect(ssid, ...)</c>.</summary>
public sealed record WifiConnectEvent : SimEvent
{
    [SetsRequiredMembers]
    internal WifiConnectEvent(SimEvent basic) : base(basic) { }

    /// <summary>The SSID the program asked for.</summary>
    public string Ssid { get; init; } = "";
}

/// <summary><c>wifi.active</c>: an interface was switched on or off.</summary>
public sealed record WifiActiveEvent : SimEvent
{
    [SetsRequiredMembers]
    internal WifiActiveEvent(SimEvent basic) : base(basic) { }

    /// <summary><c>station</c> or <c>access_point</c>.</summary>
    public string Interface { get; init; } = "";

    /// <summary>On (true) or off.</summary>
    public bool Active { get; init; }
}

/// <summary><c>wifi.scan</c>: a scan finished.</summary>
public sealed record WifiScanEvent : SimEvent
{
    [SetsRequiredMembers]
    internal WifiScanEvent(SimEvent basic) : base(basic) { }

    /// <summary>The SSIDs the scan returned (empty for a scripted scan failure).</summary>
    public IReadOnlyList<string> Found { get; init; } = Array.Empty<string>();
}

/// <summary><c>dns.answer</c> or <c>dns.failed</c>: a <c>getaddrinfo</c> lookup.</summary>
public sealed record DnsEvent : SimEvent
{
    [SetsRequiredMembers]
    internal DnsEvent(SimEvent basic) : base(basic) { }

    /// <summary>The name looked up.</summary>
    public string Host { get; init; } = "";

    /// <summary>The address it resolved to (null when the lookup failed).</summary>
    public string? Ip { get; init; }

    /// <summary>The lookup raised <c>OSError(-2)</c>.</summary>
    public bool Failed { get; init; }
}

/// <summary><c>tcp.connect</c>, <c>tcp.refused</c> or <c>tcp.no_answer</c>: a socket connect.</summary>
public sealed record TcpEvent : SimEvent
{
    [SetsRequiredMembers]
    internal TcpEvent(SimEvent basic) : base(basic) { }

    /// <summary>The peer's address.</summary>
    public string Ip { get; init; } = "";

    /// <summary>The peer's port.</summary>
    public int Port { get; init; }

    /// <summary><c>connect</c>, <c>refused</c> or <c>no_answer</c>.</summary>
    public string Outcome { get; init; } = "";
}

/// <summary><c>http.request</c>: a complete HTTP request reached the simulated network.</summary>
public sealed record HttpRequestEvent : SimEvent
{
    [SetsRequiredMembers]
    internal HttpRequestEvent(SimEvent basic) : base(basic) { }

    /// <summary><c>GET</c>, <c>POST</c>, ...</summary>
    public string Method { get; init; } = "";

    /// <summary>The full URL (<c>http://host/path</c>).</summary>
    public string Url { get; init; } = "";

    /// <summary>The request body as text (empty when there is none).</summary>
    public string Body { get; init; } = "";

    /// <summary>The body parsed as JSON when it was sent as <c>application/json</c>, else null.</summary>
    public JsonElement? Json { get; init; }

    /// <summary>The scenario route that served it, or null (the sink or a 404).</summary>
    public string? Route { get; init; }

    /// <summary>
    /// A top-level field of the JSON body as text (a string as it is, any other value as JSON), or null when the body
    /// is not a JSON object or has no such field: <c>request.JsonField("value1") == "button-1"</c>.
    /// </summary>
    public string? JsonField(string name) =>
        Json is { ValueKind: JsonValueKind.Object } json && json.TryGetProperty(name, out var value)
            ? value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText()
            : null;
}

/// <summary><c>http.response</c>: the simulated server answered.</summary>
public sealed record HttpResponseEvent : SimEvent
{
    [SetsRequiredMembers]
    internal HttpResponseEvent(SimEvent basic) : base(basic) { }

    /// <summary>The HTTP status code.</summary>
    public int Status { get; init; }

    /// <summary>Who answered: <c>route 'webhook'</c>, <c>sink</c>, <c>no route</c>, <c>forward http://127.0.0.1:8080</c>.</summary>
    public string Source { get; init; } = "";
}

/// <summary><c>socket.timeout</c> (a timed-out read or connect raised ETIMEDOUT) or <c>socket.hang</c> (no timeout was set).</summary>
public sealed record SocketWaitEvent : SimEvent
{
    [SetsRequiredMembers]
    internal SocketWaitEvent(SimEvent basic) : base(basic) { }

    /// <summary>The timeout that expired, in ms (null for a hang).</summary>
    public long? Ms { get; init; }

    /// <summary>What was waiting (<c>connect to 8.8.8.8:53</c>, <c>recv</c>, ...).</summary>
    public string What { get; init; } = "";

    /// <summary>The program waited with no timeout set (on a board it would hang forever).</summary>
    public bool IsHang => Type == "socket.hang";
}

/// <summary><c>pin.write</c> (the program set an output pin) or <c>pin.input</c> (the scenario drove an input pin).</summary>
public sealed record PinEvent : SimEvent
{
    [SetsRequiredMembers]
    internal PinEvent(SimEvent basic) : base(basic) { }

    /// <summary>The pin id as text: <c>2</c>, <c>GP9</c>.</summary>
    public string Pin { get; init; } = "";

    /// <summary>0 or 1.</summary>
    public int Value { get; init; }

    /// <summary>The scenario drove an input (<c>pin.input</c>) rather than the program writing an output.</summary>
    public bool IsInput { get; init; }
}

/// <summary><c>time.sleep</c>: the program slept (<c>time.sleep*</c> or <c>machine.lightsleep</c>).</summary>
public sealed record SleepEvent : SimEvent
{
    [SetsRequiredMembers]
    internal SleepEvent(SimEvent basic) : base(basic) { }

    /// <summary>How long, in virtual ms.</summary>
    public long Ms { get; init; }

    /// <summary><c>sleep</c> or <c>lightsleep</c>.</summary>
    public string Kind { get; init; } = "";
}

/// <summary><c>machine.deepsleep</c>: the program entered deep sleep; the run ends here.</summary>
public sealed record DeepSleepEvent : SimEvent
{
    [SetsRequiredMembers]
    internal DeepSleepEvent(SimEvent basic) : base(basic) { }

    /// <summary>The wake-up time asked for, or null for "until reset".</summary>
    public long? Ms { get; init; }
}

/// <summary><c>machine.reset</c>: the program reset the board; the run ends here.</summary>
public sealed record ResetEvent : SimEvent
{
    [SetsRequiredMembers]
    internal ResetEvent(SimEvent basic) : base(basic) { }

    /// <summary><c>hard</c> or <c>soft</c>.</summary>
    public string Kind { get; init; } = "";
}

/// <summary><c>sim.end</c>: the simulator ended the run (<c>run_for_ms</c> reached, or a light sleep nothing can wake).</summary>
public sealed record SimEndEvent : SimEvent
{
    [SetsRequiredMembers]
    internal SimEndEvent(SimEvent basic) : base(basic) { }

    /// <summary>Why the run ended.</summary>
    public string Reason { get; init; } = "";
}
