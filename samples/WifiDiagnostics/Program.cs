using McuSharp.Device;
using McuSharp.Interop;

namespace WifiDiagnostics;

/// <summary>
/// The Wi-Fi debugging script of seed 000 ("Wi-Fi stability on MicroPython", a Pico 2 W), done right: every step has a
/// deadline or a timeout, the Wi-Fi status is decoded instead of compared with raw numbers, a failed step says why
/// and the report at the end says which layer broke (radio, scan, join, DHCP, gateway, internet, DNS, HTTP).
/// </summary>
public static class Program
{
    private const int ScanAttempts = 3;
    private const int ScanRetryMs = 1000;
    private const int ConnectTimeoutMs = 20000;
    private const int ConnectPollMs = 250;
    private const int ConnectAttempts = 3;
    private const int ConnectRetryMs = 1000;
    private const int SocketTimeoutS = 5;
    private const int HttpTimeoutS = 10;
    private const string DnsTestHost = "google.com";
    private const string HttpTestHost = "example.com";

    private static readonly List<string> Report = new();
    private static int _passed;
    private static int _failed;

    public static void Main()
    {
        Console.WriteLine($"Wi-Fi diagnostics: network '{Secrets.WifiSsid}'");
        var station = Wlan.Station;

        Console.WriteLine("Step 1: radio");
        station.Active = false;
        Time.SleepMs(1000);
        station.Active = true;
        if (station.Active) Pass("radio", "station interface power-cycled and on");
        else Fail("radio", "the station interface did not come back on");

        Console.WriteLine("Step 2: scan");
        Scan(station);

        Console.WriteLine($"Step 3: connect to '{Secrets.WifiSsid}'");
        if (Connect(station))
        {
            var config = station.IfConfig();
            Console.WriteLine($"  ip {config.Ip}  netmask {config.Netmask}  gateway {config.Gateway}  dns {config.Dns}");

            Console.WriteLine($"Step 4: gateway {config.Gateway}");
            if (!TcpTest("gateway", config.Gateway, 80, false)) TcpTest("gateway", config.Gateway, 53, true);

            Console.WriteLine("Step 5: internet (8.8.8.8:53)");
            TcpTest("internet", "8.8.8.8", 53, true);

            Console.WriteLine($"Step 6: DNS ({DnsTestHost})");
            DnsTest(config.Dns);

            Console.WriteLine($"Step 7: HTTP (http://{HttpTestHost}/)");
            HttpTest();
        }
        else
        {
            Report.Add("  [SKIP] gateway, internet, DNS, HTTP: no Wi-Fi connection");
        }

        Console.WriteLine();
        Console.WriteLine("== Report ==");
        foreach (var line in Report) Console.WriteLine(line);
        Console.WriteLine($"{_passed} passed, {_failed} failed");
    }

    /// <summary>Scans up to <see cref="ScanAttempts"/> times: the CYW43 often finds nothing the first time.</summary>
    private static void Scan(Wlan station)
    {
        for (int attempt = 1; attempt <= ScanAttempts; attempt++)
        {
            var networks = station.Scan();
            if (networks.Length == 0)
            {
                Console.WriteLine($"  attempt {attempt}: nothing found");
                if (attempt < ScanAttempts) Time.SleepMs(ScanRetryMs);
                continue;
            }
            WlanNetwork? target = null;
            foreach (var network in networks)
            {
                Console.WriteLine($"  {network.Ssid,-16} {network.Rssi} dBm  channel {network.Channel}");
                if (network.Ssid == Secrets.WifiSsid) target = network;
            }
            if (target is null)
                Fail("scan", $"'{Secrets.WifiSsid}' not among {networks.Length} network(s) (attempt {attempt})");
            else
                Pass("scan", $"'{target.Ssid}' visible at {target.Rssi} dBm on channel {target.Channel} (attempt {attempt})");
            return;
        }
        Fail("scan", $"no networks found in {ScanAttempts} attempts");
    }

    /// <summary>
    /// Joins the network, up to <see cref="ConnectAttempts"/> times (on the CYW43 a join sometimes works only on a later
    /// try); a wrong password is not retried. Each attempt stops early when the status says the join failed.
    /// </summary>
    private static bool Connect(Wlan station)
    {
        var status = WlanStatus.Idle;
        var attempt = 1;
        for (; attempt <= ConnectAttempts; attempt++)
        {
            var start = Time.TicksMs();
            station.Connect(Secrets.WifiSsid, Secrets.WifiPassword);
            status = WaitForJoin(station, start);
            if (station.IsConnected())
            {
                Pass("connect", $"connected in {Time.TicksDiff(Time.TicksMs(), start)} ms (attempt {attempt})");
                return true;
            }
            Console.WriteLine($"  attempt {attempt}: {Describe(status)}");
            station.Disconnect();
            if (status == WlanStatus.WrongPassword) break;
            if (attempt < ConnectAttempts) Time.SleepMs(ConnectRetryMs);
        }
        var why = IsFailure(status) ? Describe(status) : $"{Describe(status)} after {ConnectTimeoutMs / 1000} s";
        Fail("connect", attempt > ConnectAttempts ? $"{why} ({ConnectAttempts} attempts)" : why);
        return false;
    }

    /// <summary>Polls until the station is connected, reports a failure, or <see cref="ConnectTimeoutMs"/> has passed since <paramref name="start"/>.</summary>
    private static WlanStatus WaitForJoin(Wlan station, int start)
    {
        var status = station.Status;
        while (!station.IsConnected() && Time.TicksDiff(Time.TicksMs(), start) < ConnectTimeoutMs)
        {
            status = station.Status;
            if (IsFailure(status)) return status;
            Time.SleepMs(ConnectPollMs);
        }
        return station.Status;
    }

    private static bool IsFailure(WlanStatus status) =>
        status == WlanStatus.WrongPassword || status == WlanStatus.NoApFound || status == WlanStatus.ConnectFailed;

    private static string Describe(WlanStatus status) => status switch
    {
        WlanStatus.Idle => "idle (no connection attempt)",
        WlanStatus.Connecting => "still joining",
        WlanStatus.WrongPassword => "wrong password",
        WlanStatus.NoApFound => "network not found (out of range, 5 GHz only, or a channel the country code forbids)",
        WlanStatus.ConnectFailed => "the access point refused the join",
        WlanStatus.LinkUpNoIp => "joined, but DHCP gave no address",
        _ => "connected",
    };

    /// <summary>A TCP connect with a timeout; <paramref name="final"/>: a failure counts (else the caller tries another port).</summary>
    private static bool TcpTest(string step, string host, int port, bool final)
    {
        try
        {
            using var socket = new Socket();
            socket.SetTimeout(SocketTimeoutS);
            socket.Connect(host, port);
            Pass(step, $"{host}:{port} accepts connections");
            return true;
        }
        catch (Exception e)
        {
            Console.WriteLine($"  {host}:{port} failed: {e.Message}");
            if (final) Fail(step, $"{host}:{port}: {e.Message}");
            return false;
        }
    }

    private static void DnsTest(string server)
    {
        try
        {
            var address = Socket.GetAddrInfo(DnsTestHost, 80);
            Pass("dns", $"{DnsTestHost} resolves to {address.Ip}");
        }
        catch (Exception e)
        {
            Fail("dns", $"{DnsTestHost} did not resolve through {server} (error {e.Message})");
        }
    }

    /// <summary>A plain HTTP/1.0 GET over a socket, as the seed did: tests DNS, TCP and the server in one go.</summary>
    private static void HttpTest()
    {
        try
        {
            using var socket = new Socket();
            socket.SetTimeout(HttpTimeoutS);
            socket.Connect(HttpTestHost, 80);
            socket.Send($"GET / HTTP/1.0\r\nHost: {HttpTestHost}\r\n\r\n");
            var answer = socket.Recv(100);
            var statusLine = answer.Split('\n')[0].Trim();
            if (statusLine.StartsWith("HTTP/1.") && statusLine.Contains(" 200"))
                Pass("http", $"{HttpTestHost} answered '{statusLine}'");
            else
                Fail("http", $"{HttpTestHost} answered '{statusLine}'");
        }
        catch (Exception e)
        {
            Fail("http", $"{HttpTestHost}: {e.Message}");
        }
    }

    private static void Pass(string step, string detail)
    {
        _passed++;
        Console.WriteLine("  ok: " + detail);
        Report.Add($"  [PASS] {step}: {detail}");
    }

    private static void Fail(string step, string detail)
    {
        _failed++;
        Console.WriteLine("  FAILED: " + detail);
        Report.Add($"  [FAIL] {step}: {detail}");
    }
}

/// <summary>The network to test, from secrets.json beside this project.</summary>
[McuConfig]
public static class Secrets
{
    public static extern string WifiSsid { get; }

    public static extern string WifiPassword { get; }
}
