using System.Net;
using System.Net.Sockets;
using System.Text;

namespace McuSharp.Simulator.Tests;

/// <summary>socket and urequests on the simulated device: DNS, TCP, HTTP routes, timeouts, forwarding to 127.0.0.1.</summary>
[TestClass]
public sealed class DeviceNetworkTests
{
    public TestContext TestContext { get; set; } = null!;

    // Joins the default network first; every program below starts with it.
    private const string Online = """
        import network, time, socket, urequests
        sta = network.WLAN(network.STA_IF)
        sta.active(True)
        sta.connect('HomeNet', 'pw')
        while not sta.isconnected():
            time.sleep_ms(100)

        """;

    private const string Webhook = """
        {"wifi": {"networks": [{"ssid": "*"}]},
         "http": {"routes": [{"name": "webhook", "method": "POST", "url": "http://maker.ifttt.com/trigger/button_pressed/*",
                              "responses": [{"status": 500, "body": "busy"}, {"status": 200, "body": "Congratulations!", "delay_ms": 300}]},
                             {"name": "status", "url": "http://api.example.com/status", "json": {"ok": true, "n": 3}},
                             {"name": "slow", "url": "http://slow.example.com/*", "delay_ms": 8000},
                             {"name": "dead", "url": "http://dead.example.com/", "timeout": true},
                             {"name": "flaky", "url": "http://flaky.example.com/", "reset": true}]}}
        """;

    [TestMethod]
    public async Task PostWithJsonIsOnTheTimelineAndTheRouteAnswersInTurn()
    {
        var run = (await DeviceRun.Start(Online + """
            for i in range(3):
                r = urequests.post('http://maker.ifttt.com/trigger/button_pressed/with/key/k', json={'value1': 'button-1'})
                print(r.status_code, r.text, r.status_code < 400)
                r.close()
            """, Webhook)).Succeeded();

        Assert.AreEqual("500 busy False\n200 Congratulations! True\n200 Congratulations! True\n", run.Stdout);
        var requests = run.Of("http.request");
        Assert.HasCount(3, requests);
        Assert.AreEqual("POST", requests[0].GetProperty("method").GetString());
        Assert.AreEqual("http://maker.ifttt.com/trigger/button_pressed/with/key/k", requests[0].GetProperty("url").GetString());
        Assert.AreEqual("button-1", requests[0].GetProperty("json").GetProperty("value1").GetString());
        Assert.AreEqual("webhook", requests[0].GetProperty("route").GetString());
        CollectionAssert.AreEqual(new[] { 500, 200, 200 }, run.Of("http.response").Select(e => e.GetProperty("status").GetInt32()).ToArray());
        var second = DeviceRun.At(requests[1]);
        var third = DeviceRun.At(requests[2]);
        Assert.IsTrue(third - second >= 300, "the route's 300 ms delay passes on the virtual clock");
    }

    [TestMethod]
    public async Task GetJsonHeadersPutDeleteAndTheSinkForOtherUrls()
    {
        var run = (await DeviceRun.Start(Online + """
            r = urequests.get('http://api.example.com/status', headers={'X-Key': 'abc'})
            print(r.status_code, sorted(r.json().items()), r.headers['Content-Type'])
            r = urequests.put('http://api.example.com/other', data='raw text')
            print(r.status_code, r.reason, r.text)
            r = urequests.delete('http://maker.ifttt.com/nothing')
            print(r.status_code, r.content)
            """, Webhook.Replace("\"routes\"", "\"unmatched\": \"not_found\", \"routes\"", StringComparison.Ordinal))).Succeeded();

        Assert.AreEqual("200 [('n', 3), ('ok', True)] application/json\n404 b'Not Found' Not Found\n404 b'Not Found'\n", run.Stdout);
        var put = run.Of("http.request")[1];
        Assert.AreEqual("PUT", put.GetProperty("method").GetString());
        Assert.AreEqual("raw text", put.GetProperty("body").GetString());
    }

    [TestMethod]
    public async Task ASocketTimeoutRaisesETimedOutAfterThatMuchVirtualTime()
    {
        var run = (await DeviceRun.Start(Online + """
            import errno
            for url in ('http://slow.example.com/x', 'http://dead.example.com/'):
                start = time.ticks_ms()
                try:
                    urequests.get(url, timeout=5)
                    print("answered")
                except OSError as e:
                    print(e.args[0] == errno.ETIMEDOUT, 5000 <= time.ticks_diff(time.ticks_ms(), start) < 5500)
            try:
                urequests.get('http://flaky.example.com/', timeout=5)
            except OSError as e:
                print(e.args[0] == errno.ECONNRESET)
            r = urequests.get('http://slow.example.com/y', timeout=10)
            print(r.status_code)
            """, Webhook)).Succeeded();

        Assert.AreEqual("True True\nTrue True\nTrue\n200\n", run.Stdout);
        Assert.HasCount(2, run.Of("socket.timeout"));
    }

    [TestMethod]
    public async Task AReadWithoutATimeoutHangsAsOnTheBoard()
    {
        var run = await DeviceRun.Start(Online + """
            print("asking")
            urequests.get('http://dead.example.com/')
            print("never")
            """, Webhook, timeout: TimeSpan.FromSeconds(4));

        Assert.IsTrue(run.Result.TimedOut, run.Result.Stderr);
        Assert.AreEqual("asking\n", run.Stdout);
        StringAssert.Contains(run.Of("socket.hang").Single().GetProperty("what").GetString(), "reading from");
    }

    [TestMethod]
    public async Task RawSocketsDnsAndTcpRules()
    {
        var run = (await DeviceRun.Start(Online + """
            gateway = sta.ifconfig()[2]
            s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            s.settimeout(5)
            s.connect((gateway, 80))
            s.close()
            print("gateway ok")
            for target in (('8.8.8.8', 53), ('10.9.9.9', 80)):
                try:
                    s = socket.socket()
                    s.settimeout(2)
                    s.connect(target)
                    print("connected", target)
                except OSError as e:
                    print("failed", target, e.args[0])
            print(socket.getaddrinfo("google.com", 80, 0, socket.SOCK_STREAM)[0][4])
            try:
                socket.getaddrinfo("nowhere.invalid", 80)
            except OSError as e:
                print("dns", e.args[0])
            addr = socket.getaddrinfo("example.com", 80)[0][-1]
            s = socket.socket()
            s.settimeout(10)
            s.connect(addr)
            s.send(b"GET / HTTP/1.0\r\nHost: example.com\r\n\r\n")
            print(s.recv(100)[:15])
            s.close()
            """, """
            {"wifi": {"networks": [{"ssid": "*", "gateway": "192.168.1.1"}]},
             "dns": {"hosts": {"google.com": "142.250.74.46", "nowhere.invalid": "fail"}},
             "tcp": [{"host": "8.8.8.8", "port": 53, "behaviour": "refuse"}, {"host": "10.9.9.9", "behaviour": "timeout"}]}
            """)).Succeeded();

        Assert.AreEqual(
            "gateway ok\nfailed ('8.8.8.8', 53) 111\nfailed ('10.9.9.9', 80) 110\n('142.250.74.46', 80)\ndns -2\nb'HTTP/1.0 200 OK'\n", run.Stdout);
        Assert.AreEqual("http://example.com/", run.Of("http.request").Single().GetProperty("url").GetString());
        Assert.AreEqual("sink", run.Of("http.response").Single().GetProperty("source").GetString());
        Assert.HasCount(1, run.Of("dns.failed"));
    }

    [TestMethod]
    public async Task NoNetworkNoSockets()
    {
        var run = (await DeviceRun.Start("""
            import socket
            try:
                socket.getaddrinfo("example.com", 80)
            except OSError as e:
                print("OSError", e.args[0])
            """)).Succeeded();

        Assert.AreEqual("OSError 113\n", run.Stdout, "EHOSTUNREACH before any interface is up");
    }

    [TestMethod]
    public async Task ARouteCanForwardToARealServerOnThisMachine()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var received = ServeOnce(listener, "HTTP/1.0 201 Created\r\nContent-Type: application/json\r\n\r\n{\"id\": 7}", TestContext.CancellationToken);

        var run = (await DeviceRun.Start(Online + """
            r = urequests.post('http://api.example.com/items', json={'name': 'x'}, timeout=10)
            print(r.status_code, r.json()['id'])
            """, $$$"""{"wifi": {"networks": [{"ssid": "*"}]}, "http": {"routes": [{"url": "http://api.example.com/*", "forward": "http://localhost:{{{port}}}"}]}}""")).Succeeded();

        Assert.AreEqual("201 7\n", run.Stdout);
        var request = await received;
        StringAssert.StartsWith(request, "POST /items HTTP/1.0\r\n");
        StringAssert.EndsWith(request, "{\"name\": \"x\"}");
        StringAssert.Contains(run.Of("http.response").Single().GetProperty("source").GetString(), $"forward http://127.0.0.1:{port}");
    }

    /// <summary>Accepts one connection, reads one request (headers and Content-Length body), answers, closes.</summary>
    private static async Task<string> ServeOnce(TcpListener listener, string response, CancellationToken cancel)
    {
        using var client = await listener.AcceptTcpClientAsync(cancel);
        var stream = client.GetStream();
        var buffer = new List<byte>();
        var chunk = new byte[4096];
        while (true)
        {
            var n = await stream.ReadAsync(chunk, cancel);
            if (n == 0) break;
            buffer.AddRange(chunk.AsSpan(0, n).ToArray());
            var text = Encoding.Latin1.GetString(buffer.ToArray());
            var end = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
            if (end < 0) continue;
            var length = text.Split("\r\n").FirstOrDefault(l => l.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase)) is { } header ? int.Parse(header[15..].Trim(), System.Globalization.CultureInfo.InvariantCulture) : 0;
            if (buffer.Count >= end + 4 + length) break;
        }
        await stream.WriteAsync(Encoding.Latin1.GetBytes(response), cancel);
        client.Client.Shutdown(SocketShutdown.Both);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
