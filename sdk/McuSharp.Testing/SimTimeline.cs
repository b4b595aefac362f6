using System.Collections;

namespace McuSharp.Testing;

/// <summary>
/// The events of a run (or a slice of them) in the order they happened, with queries for what device tests usually
/// ask: which HTTP requests went out, what a pin did, how long the program slept, which Wi-Fi states it saw. Slices
/// (<see cref="Before"/>, <see cref="After"/>, <see cref="Between"/>) are timelines too, so the queries compose:
/// <c>run.Timeline.After(run.HttpResponses().Single(r => r.Status == 500)).Blinks(2)</c>.
/// </summary>
public sealed class SimTimeline : IReadOnlyList<SimEvent>
{
    private readonly IReadOnlyList<SimEvent> _events;

    /// <summary>A timeline of <paramref name="events"/>, which must be in timeline order.</summary>
    public SimTimeline(IEnumerable<SimEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        _events = events.ToList();
    }

    /// <inheritdoc />
    public int Count => _events.Count;

    /// <inheritdoc />
    public SimEvent this[int index] => _events[index];

    /// <inheritdoc />
    public IEnumerator<SimEvent> GetEnumerator() => _events.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The events of one class, in order: <c>timeline.Of&lt;SleepEvent&gt;()</c>.</summary>
    public IReadOnlyList<T> Of<T>() where T : SimEvent => _events.OfType<T>().ToList();

    /// <summary>The events of one type name (<c>wifi.retry</c>, <c>http.no_answer</c>, ...), in order.</summary>
    public IReadOnlyList<SimEvent> OfType(string type) => _events.Where(e => e.Type == type).ToList();

    /// <summary>The events that happened before <paramref name="event"/> (not including it).</summary>
    public SimTimeline Before(SimEvent @event) => new(_events.Where(e => e.Index < Checked(@event).Index));

    /// <summary>The events that happened after <paramref name="event"/> (not including it).</summary>
    public SimTimeline After(SimEvent @event) => new(_events.Where(e => e.Index > Checked(@event).Index));

    /// <summary>The events strictly between <paramref name="first"/> and <paramref name="last"/>.</summary>
    public SimTimeline Between(SimEvent first, SimEvent last) =>
        new(_events.Where(e => e.Index > Checked(first).Index && e.Index < Checked(last).Index));

    /// <summary>The events whose virtual time is in [<paramref name="fromMs"/>, <paramref name="toMs"/>).</summary>
    public SimTimeline During(long fromMs, long toMs) => new(_events.Where(e => e.TimeMs >= fromMs && e.TimeMs < toMs));

    /// <summary>
    /// The HTTP requests, optionally only those with <paramref name="method"/> (case-insensitive) and
    /// <paramref name="url"/> (exact, or a prefix ending in <c>*</c>, as in scenario routes).
    /// </summary>
    public IReadOnlyList<HttpRequestEvent> HttpRequests(string? method = null, string? url = null) =>
        _events.OfType<HttpRequestEvent>()
            .Where(r => method is null || string.Equals(r.Method, method, StringComparison.OrdinalIgnoreCase))
            .Where(r => url is null || UrlMatches(url, r.Url))
            .ToList();

    /// <summary>The HTTP responses the simulated servers sent, in order.</summary>
    public IReadOnlyList<HttpResponseEvent> HttpResponses() => Of<HttpResponseEvent>();

    /// <summary>What the program wrote to output pin <paramref name="pin"/> (every write, even one that repeats the value).</summary>
    public IReadOnlyList<PinEvent> PinWrites(int pin) => PinWrites(pin.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>What the program wrote to the output pin named <paramref name="pin"/> (<c>GP9</c>, <c>P10</c>, <c>LED</c>).</summary>
    public IReadOnlyList<PinEvent> PinWrites(string pin) =>
        _events.OfType<PinEvent>().Where(p => !p.IsInput && p.Pin == pin).ToList();

    /// <summary>The values written to pin <paramref name="pin"/>, in order: <c>[1, 0, 1, 0]</c>.</summary>
    public IReadOnlyList<int> PinValues(int pin) => PinWrites(pin).Select(p => p.Value).ToList();

    /// <summary>
    /// How many times pin <paramref name="pin"/> went on and then off again. "On" is 1, or 0 with
    /// <paramref name="activeLow"/> (the ESP8266's built-in LED on pin 2 lights when driven low). The pin counts as off
    /// before its first write; writes that repeat the current value change nothing; an "on" never followed by an "off"
    /// is not a blink.
    /// </summary>
    public int Blinks(int pin, bool activeLow = false) => CountBlinks(PinWrites(pin), activeLow);

    /// <inheritdoc cref="Blinks(int, bool)" />
    public int Blinks(string pin, bool activeLow = false) => CountBlinks(PinWrites(pin), activeLow);

    /// <summary>The sleeps (<c>time.sleep*</c> and light sleeps), in order.</summary>
    public IReadOnlyList<SleepEvent> Sleeps() => Of<SleepEvent>();

    /// <summary>The Wi-Fi station states, in order: <c>["Connecting", "GotIp"]</c>.</summary>
    public IReadOnlyList<string> WifiStates() => Of<WifiStatusEvent>().Select(s => s.State).ToList();

    /// <summary>The SSIDs the program asked to join, one per <c>connect</c> call.</summary>
    public IReadOnlyList<string> WifiConnects() => Of<WifiConnectEvent>().Select(c => c.Ssid).ToList();

    /// <summary>The deep sleep the run ended in, or null.</summary>
    public DeepSleepEvent? DeepSleep => _events.OfType<DeepSleepEvent>().LastOrDefault();

    /// <summary>The reset the run ended in, or null.</summary>
    public ResetEvent? Reset => _events.OfType<ResetEvent>().LastOrDefault();

    /// <summary>The first event of class <typeparamref name="T"/> that matches <paramref name="predicate"/>.</summary>
    /// <exception cref="InvalidOperationException">There is none; the message lists the timeline.</exception>
    public T First<T>(Func<T, bool>? predicate = null) where T : SimEvent =>
        _events.OfType<T>().FirstOrDefault(e => predicate?.Invoke(e) ?? true)
        ?? throw new InvalidOperationException($"The timeline has no matching {typeof(T).Name}. It holds:\n{this}");

    /// <summary>The last event of class <typeparamref name="T"/> that matches <paramref name="predicate"/>.</summary>
    /// <exception cref="InvalidOperationException">There is none; the message lists the timeline.</exception>
    public T Last<T>(Func<T, bool>? predicate = null) where T : SimEvent =>
        _events.OfType<T>().LastOrDefault(e => predicate?.Invoke(e) ?? true)
        ?? throw new InvalidOperationException($"The timeline has no matching {typeof(T).Name}. It holds:\n{this}");

    /// <summary>One event per line (<see cref="SimEvent.ToString"/>), for assertion messages.</summary>
    public override string ToString() => _events.Count == 0 ? "(no events)" : string.Join('\n', _events);

    private static SimEvent Checked(SimEvent @event)
    {
        ArgumentNullException.ThrowIfNull(@event);
        return @event;
    }

    private static bool UrlMatches(string pattern, string url) =>
        pattern.EndsWith('*') ? url.StartsWith(pattern[..^1], StringComparison.Ordinal) : url == pattern;

    private static int CountBlinks(IEnumerable<PinEvent> writes, bool activeLow)
    {
        var on = activeLow ? 0 : 1;
        var lit = false;
        var blinks = 0;
        foreach (var write in writes)
        {
            var nowLit = write.Value == on;
            if (lit && !nowLit) blinks++;
            lit = nowLit;
        }
        return blinks;
    }
}
