using McuSharp.Device;
using McuSharp.Interop;

namespace ReconnectBackoff;

/// <summary>
/// The long-running sensor loop of seed 002 ("Bringing the link up", "Staying connected"): every 30 s it takes a
/// reading and reports it over HTTP. When the link drops, the network is marked unhealthy: readings go on, reports are
/// skipped (and counted) instead of stalling on sockets that will never write, and the loop reconnects with a
/// backoff of 1, 2, 4 … 60 s between attempts, each attempt bounded by a 10 s deadline. After seven failed attempts in
/// a row it power-cycles the radio, the last resort for a wedged Wi-Fi firmware. (The façade's <c>Wlan.Reconnect</c>
/// does the same rounds in one blocking call; this loop takes one round per turn so that readings go on meanwhile.)
/// </summary>
public static class Program
{
    private const int ReportPeriodS = 30;
    private const int JoinTimeoutMs = 10000;
    private const int MaxBackoffS = 60;
    private const int AttemptsBeforePowerCycle = 7;
    private const int HttpTimeoutS = 5;

    /// <summary>The flag the main loop checks before any network send.</summary>
    private static bool _healthy;
    private static int _backoffS = 1;
    private static int _failedAttempts;
    private static int _readings;
    private static int _skipped;

    public static void Main()
    {
        Console.WriteLine("Sensor node starting");
        var station = Wlan.Station;
        station.Active = true;
        while (true)
        {
            var reading = TakeReading();
            if (!station.IsConnected())
            {
                if (_healthy) Console.WriteLine("Network unhealthy: the link is down");
                _healthy = false;
                _skipped++;
                Reconnect(station);
                continue;
            }
            if (!_healthy)
            {
                Console.WriteLine($"Network healthy: {station.IfConfig().Ip}");
                _healthy = true;
                _backoffS = 1;
                _failedAttempts = 0;
            }
            Report(station, reading);
            Time.Sleep(ReportPeriodS);
        }
    }

    /// <summary>The local work, done whether or not the network is usable (a made-up temperature in tenths of °C).</summary>
    private static int TakeReading()
    {
        _readings++;
        return 215 + _readings % 7;
    }

    /// <summary>One reconnect attempt; when it fails, sleeps the backoff and doubles it (up to <see cref="MaxBackoffS"/>).</summary>
    private static void Reconnect(Wlan station)
    {
        station.Disconnect();
        station.Connect(Secrets.WifiSsid, Secrets.WifiPassword);
        if (station.WaitConnected(JoinTimeoutMs)) return;

        _failedAttempts++;
        if (_failedAttempts % AttemptsBeforePowerCycle == 0)
        {
            Console.WriteLine($"{_failedAttempts} attempts failed: power-cycling the radio");
            station.Active = false;
            Time.Sleep(1);
            station.Active = true;
        }
        Console.WriteLine($"Reconnect attempt {_failedAttempts} failed; next in {_backoffS} s");
        Time.Sleep(_backoffS);
        _backoffS = Math.Min(_backoffS * 2, MaxBackoffS);
    }

    private static void Report(Wlan station, int reading)
    {
        var body = new Dictionary<string, int> { ["seq"] = _readings, ["value"] = reading, ["skipped"] = _skipped };
        try
        {
            using var response = Urequests.Post(Secrets.ReportUrl, json: body, timeout: HttpTimeoutS);
            if (response.StatusCode < 400)
            {
                Console.WriteLine($"Reading {_readings} reported ({_skipped} skipped before it)");
                _skipped = 0;
            }
            else
            {
                Console.WriteLine($"Reading {_readings}: the server answered HTTP {response.StatusCode}");
                _skipped++;
            }
        }
        catch (Exception e)
        {
            // A send that fails while the link "should" be up is the other evidence of a drop.
            Console.WriteLine($"Reading {_readings} not reported: {e.Message}");
            _skipped++;
            if (!station.IsConnected()) _healthy = false;
        }
    }
}

/// <summary>Credentials and the report endpoint, from secrets.json beside this project.</summary>
[McuConfig]
public static class Secrets
{
    public static extern string WifiSsid { get; }

    public static extern string WifiPassword { get; }

    public static extern string ReportUrl { get; }
}
