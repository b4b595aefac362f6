namespace McuSharp.Device.Tests;

[TestClass]
public sealed class NetworkTests
{
    private static readonly Dictionary<string, object?> Secrets = new() { ["password"] = "pw", ["webhook_key"] = "k3y-abcdef" };

    private const string SecretsClass = """
        [McuSharp.Interop.McuConfig] static class Secrets
        {
            public static extern string Password { get; }
            [McuSharp.Interop.McuConfig("webhook_key")] public static extern string WebhookKey { get; }
        }
        """;

    [TestMethod]
    public async Task PostsJsonAndReadsTheResponse()
    {
        var source = """
            using McuSharp.Device;
            using System.Collections.Generic;
            static class P
            {
                static void Main()
                {
                    var wlan = Wlan.Station;
                    wlan.Active = true;
                    wlan.Connect("HomeNet", Secrets.Password);
                    if (!wlan.WaitConnected(10000)) return;
                    var body = new Dictionary<string, object> { ["value1"] = "button-7", ["value2"] = 42 };
                    using (var r = Urequests.Post("http://maker.ifttt.com/trigger/pressed/with/key/" + Secrets.WebhookKey, json: body, timeout: 10))
                    {
                        System.Console.WriteLine(r.StatusCode < 400 ? "sent " + r.Text : "failed " + r.StatusCode);
                    }
                    using var status = Urequests.Get("http://api.example.com/status", headers: new Dictionary<string, string> { ["X-Id"] = "7" }, timeout: 5);
                    var json = status.Json<Dictionary<string, object>>();
                    System.Console.WriteLine(json["ok"]);
                    System.Console.WriteLine(status["count"]);
                }
            }
            """ + SecretsClass;
        var program = DeviceProgram.Compile(source, "esp32", Secrets);
        Assert.AreEqual(0, program.WithId("MCU1005").Count, program.DiagnosticsText);
        var run = (await program.Run("""
            {"wifi": {"networks": [{"ssid": "HomeNet"}]},
             "http": {"routes": [
               {"name": "webhook", "method": "POST", "url": "http://maker.ifttt.com/trigger/*", "responses": [{"status": 200, "body": "Congratulations!"}]},
               {"url": "http://api.example.com/status", "json": {"ok": true, "count": 3}}]}}
            """)).Succeeded();
        CollectionAssert.AreEqual(new[] { "sent Congratulations!", "True", "3" }, run.Lines);
        var requests = run.Of("http.request");
        Assert.AreEqual(2, requests.Count);
        Assert.AreEqual("POST", requests[0].GetProperty("method").GetString());
        Assert.AreEqual("http://maker.ifttt.com/trigger/pressed/with/key/k3y-abcdef", requests[0].GetProperty("url").GetString());
        Assert.AreEqual("button-7", requests[0].GetProperty("json").GetProperty("value1").GetString());
        Assert.AreEqual(42, requests[0].GetProperty("json").GetProperty("value2").GetInt32());
        Assert.AreEqual("GET", requests[1].GetProperty("method").GetString());
        // Only the given keyword arguments are passed (no json=None, data=None on the device).
        StringAssert.Contains(program.Main, "urequests.get('http://api.example.com/status', headers=");
        Assert.IsFalse(program.Main.Contains("=None"), program.Main);
        // The program's insertion-ordered dictionaries become plain dicts for urequests, and its JSON comes back as one.
        StringAssert.Contains(program.Main, "json=dev_to_py(body)");
        Assert.IsFalse(program.Has("config.py") && program.DiagnosticsText.Contains("k3y-abcdef"));
    }

    [TestMethod]
    public async Task BlinksTheLedWhenTheServerFails()
    {
        var source = Programs.WithStation("""
                    var led = Pin.Led;
                    using var r = Urequests.Post("http://hook.example/x", data: "pressed", timeout: 5);
                    if (r.StatusCode >= 400)
                    {
                        for (var i = 0; i < 3; i++) { led.On(); Time.SleepMs(200); led.Off(); Time.SleepMs(200); }
                        System.Console.WriteLine("failed " + r.StatusCode);
                    }
            """, connect: true);
        var run = (await DeviceProgram.Compile(source, "sim", Programs.Secrets).Run("""
            {"wifi": {"networks": [{"ssid": "*"}]}, "http": {"routes": [{"url": "http://hook.example/*", "responses": [{"status": 500, "body": "busy"}]}]}}
            """)).Succeeded();
        Assert.AreEqual("failed 500", run.Stdout.Trim());
        var writes = run.Of("pin.write").Select(e => e.GetProperty("value").GetInt32()).ToList();
        CollectionAssert.AreEqual(new[] { 1, 0, 1, 0, 1, 0 }, writes);
        Assert.AreEqual("pressed", run.Of("http.request").Single().GetProperty("body").GetString());
    }

    [TestMethod]
    public async Task SocketConnectsSendsReceivesAndClosesWithUsing()
    {
        var source = Programs.WithStation("""
                    wlan.Connect("HomeNet", Secrets.Password);
                    wlan.WaitConnected(10000);
                    var address = Socket.GetAddrInfo("api.example.com", 80);
                    System.Console.WriteLine("api.example.com is " + address.Ip + ":" + address.Port);
                    using (var s = new Socket())
                    {
                        s.SetTimeout(5);
                        s.Connect(address);
                        s.SendAll("GET /status HTTP/1.0\r\nHost: api.example.com\r\n\r\n");
                        System.Console.WriteLine(s.Recv(12));
                    }
                    try
                    {
                        using var dead = new Socket();
                        dead.SetTimeout(2);
                        dead.Connect("broken.example", 80);
                        System.Console.WriteLine("connected?");
                    }
                    catch (System.Exception)
                    {
                        System.Console.WriteLine("dns failed");
                    }
            """);
        var run = (await DeviceProgram.Compile(source, "sim", Programs.Secrets).Run("""
            {"wifi": {"networks": [{"ssid": "*"}]}, "dns": {"hosts": {"broken.example": "fail", "api.example.com": "93.184.216.34"}},
             "http": {"routes": [{"url": "http://api.example.com/status", "body": "fine"}]}}
            """)).Succeeded();
        CollectionAssert.AreEqual(new[] { "api.example.com is 93.184.216.34:80", "HTTP/1.0 200", "dns failed" }, run.Lines);
        Assert.AreEqual(1, run.Of("dns.failed").Count);
        Assert.AreEqual(1, run.Of("tcp.connect").Count);
    }
}
