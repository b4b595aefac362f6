using McuSharp.Interop;

namespace McuSharp.Device;

/// <summary>
/// An HTTP response of <see cref="Urequests"/>. Close it (or <c>using var r = ...</c>): an open response holds a
/// socket and heap on the device (MCU1006).
/// See https://docs.micropython.org/en/latest/reference/packages.html (the <c>requests</c>/<c>urequests</c> package)
/// </summary>
[MicroPythonType("urequests", "Response")]
[MustClose]
public sealed class Response : IDisposable
{
    private Response() { }

    /// <summary>The HTTP status code (200, 404, …): <c>r.status_code</c>.</summary>
    [MicroPython("{this}.status_code")]
    public int StatusCode => throw new DeviceOnlyException("Response.StatusCode");

    /// <summary>The body as text (UTF-8): <c>r.text</c>. Reads the whole body into the heap.</summary>
    [MicroPython("{this}.text")]
    public string Text => throw new DeviceOnlyException("Response.Text");

    /// <summary>The body's bytes: <c>bytearray(r.content)</c>.</summary>
    [MicroPython("bytearray({this}.content)")]
    public byte[] Content => throw new DeviceOnlyException("Response.Content");

    /// <summary>The body parsed as JSON: <c>r.json()</c>. <typeparamref name="T"/> is how C# sees it:
    /// <c>Dictionary&lt;string, object&gt;</c> for an object, <c>List&lt;object&gt;</c> for an array, or a string/number.</summary>
    [MicroPython("{this}.json()")]
    public T Json<T>() => throw new DeviceOnlyException("Response.Json");

    /// <summary>The value of <paramref name="key"/> in a JSON object body: <c>r.json()[key]</c>.</summary>
    [MicroPython("{this}.json()[{0}]")]
    public object this[string key] => throw new DeviceOnlyException("Response[key]");

    /// <summary>Releases the socket: <c>r.close()</c>.</summary>
    [MicroPython("{this}.close()")]
    public void Close() => throw new DeviceOnlyException("Response.Close");

    /// <summary>Releases the socket (what <c>using</c> calls): <c>r.close()</c>.</summary>
    [MicroPython("{this}.close()")]
    public void Dispose() => throw new DeviceOnlyException("Response.Dispose");
}

/// <summary>
/// HTTP requests: MicroPython's <c>urequests</c> module (<c>requests</c> in micropython-lib). Each call blocks until the
/// response headers arrive; pass <c>timeout</c> (seconds) so a dead server cannot hang the board (MCU1004). A
/// <c>json</c> body is serialised with <c>json.dumps</c> and sent with <c>Content-Type: application/json</c>.
/// See https://docs.micropython.org/en/latest/reference/packages.html
/// </summary>
[MicroPythonModule("urequests")]
public static class Urequests
{
    /// <summary>GET <paramref name="url"/>: <c>urequests.get(url, headers=..., timeout=...)</c>.</summary>
    [MicroPython("urequests.get({0}, headers={headers}, timeout={timeout})")]
    public static Response Get([Credential(Url = true)] string url, Dictionary<string, string>? headers = null, [Timeout] int? timeout = null) => throw new DeviceOnlyException("Urequests.Get");

    /// <summary>POST to <paramref name="url"/>: <c>urequests.post(url, json=..., data=..., headers=..., timeout=...)</c>.</summary>
    [MicroPython("urequests.post({0}, json={json}, data={data}, headers={headers}, timeout={timeout})")]
    public static Response Post([Credential(Url = true)] string url, object? json = null, string? data = null, Dictionary<string, string>? headers = null, [Timeout] int? timeout = null) => throw new DeviceOnlyException("Urequests.Post");

    /// <summary>PUT to <paramref name="url"/>: <c>urequests.put(url, json=..., data=..., headers=..., timeout=...)</c>.</summary>
    [MicroPython("urequests.put({0}, json={json}, data={data}, headers={headers}, timeout={timeout})")]
    public static Response Put([Credential(Url = true)] string url, object? json = null, string? data = null, Dictionary<string, string>? headers = null, [Timeout] int? timeout = null) => throw new DeviceOnlyException("Urequests.Put");

    /// <summary>DELETE <paramref name="url"/>: <c>urequests.delete(url, headers=..., timeout=...)</c>.</summary>
    [MicroPython("urequests.delete({0}, headers={headers}, timeout={timeout})")]
    public static Response Delete([Credential(Url = true)] string url, Dictionary<string, string>? headers = null, [Timeout] int? timeout = null) => throw new DeviceOnlyException("Urequests.Delete");
}
