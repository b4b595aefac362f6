using McuSharp.Device;
using McuSharp.Interop;

namespace WebhookButton;

/// <summary>
/// The Wi-Fi dash button of seed 003 ("MicroPython and the Internet of Things, Part IV"), done right: the board sleeps
/// in deep sleep; the button is wired to RST, so a press wakes it with reset cause DeepSleepReset. It then joins
/// Wi-Fi (with a deadline), posts the button id to a webhook (with a timeout), blinks the LEDs if anything failed, and
/// goes back to deep sleep, unless the debug pin is pulled low (then it stays awake so the REPL can reach it).
/// </summary>
public static class Program
{
    private const int LedPin = 2;       // D4, the on-board LED
    private const int Led2Pin = 16;     // D0
    private const int DebugPin = 14;    // D5: wire it to GND to keep the board awake
    private const int WifiTimeoutMs = 15000;
    private const int HttpTimeoutS = 10;
    private const int ErrorBlinks = 3;

    public static void Main()
    {
        if (Machine.ResetCause() == ResetCause.DeepSleepReset)
        {
            Console.WriteLine("Button pressed (woke from deep sleep)");
            try
            {
                ConnectWifi();
                CallWebhook();
            }
            catch (Exception e)
            {
                Sys.PrintException(e);
                ShowError();
            }
        }
        else
        {
            Console.WriteLine("Powered on: not a button press, no webhook");
        }

        if (IsDebug())
        {
            Console.WriteLine("Debug mode detected: staying awake");
            return;
        }
        Console.WriteLine("Going to deep sleep until the button is pressed");
        // No wake-up timer: DeepSleep(ms) would wake the board by itself with reset cause DeepSleepReset, which this
        // program would take for a button press.
        Machine.DeepSleep();
    }

    private static void ConnectWifi()
    {
        Wlan.AccessPoint.Active = false;
        var station = Wlan.Station;
        if (!station.IsConnected())
        {
            Console.WriteLine("Connecting to Wi-Fi...");
            station.Active = true;
            station.Connect(Secrets.WifiSsid, Secrets.WifiPassword);
            if (!station.WaitConnected(WifiTimeoutMs))
                throw new WifiException(station.Status);
        }
        var config = station.IfConfig();
        Console.WriteLine($"Network config: ip {config.Ip}, gateway {config.Gateway}");
    }

    private static void CallWebhook()
    {
        Console.WriteLine("Invoking webhook");
        var body = new Dictionary<string, string> { ["value1"] = Secrets.ButtonId };
        using var response = Urequests.Post(Secrets.WebhookUrl, json: body, timeout: HttpTimeoutS);
        if (response.StatusCode >= 400)
            throw new WebhookException(response.StatusCode);
        Console.WriteLine($"Webhook invoked: HTTP {response.StatusCode}");
    }

    /// <summary>Seed 003's error signal: the two LEDs alternate three times, then both stay on.</summary>
    private static void ShowError()
    {
        var led = new Pin(LedPin, PinMode.Out);
        var led2 = new Pin(Led2Pin, PinMode.Out);
        for (int i = 0; i < ErrorBlinks; i++)
        {
            led.On();
            led2.Off();
            Time.SleepMs(500);
            led.Off();
            led2.On();
            Time.SleepMs(500);
        }
        led.On();
        led2.On();
    }

    private static bool IsDebug()
    {
        var debug = new Pin(DebugPin, PinMode.In, PinPull.Up);
        return debug.Value == 0;
    }
}

/// <summary>Wi-Fi did not come up before the deadline; says why, from the board's status.</summary>
public sealed class WifiException : Exception
{
    public WifiException(WlanStatus status) : base("Wi-Fi did not connect: " + Describe(status)) { }

    private static string Describe(WlanStatus status)
    {
        if (status == WlanStatus.WrongPassword) return "wrong password";
        if (status == WlanStatus.NoApFound) return "network not found";
        if (status == WlanStatus.ConnectFailed) return "connection failed";
        return "still connecting";
    }
}

/// <summary>The webhook answered with an error status.</summary>
public sealed class WebhookException : Exception
{
    public WebhookException(int status) : base($"Webhook failed: HTTP {status}") { }
}

/// <summary>Wi-Fi credentials and the webhook, from secrets.json beside this project (never literals in code).</summary>
[McuConfig]
public static class Secrets
{
    public static extern string WifiSsid { get; }

    public static extern string WifiPassword { get; }

    public static extern string WebhookUrl { get; }

    public static extern string ButtonId { get; }
}
