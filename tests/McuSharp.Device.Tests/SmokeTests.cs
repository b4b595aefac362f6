namespace McuSharp.Device.Tests;

[TestClass]
public sealed class SmokeTests
{
    [TestMethod]
    public async Task ConnectsAndPosts()
    {
        var program = DeviceProgram.Compile("""
            using McuSharp.Device;
            static class P
            {
                static void Main()
                {
                    var wlan = Wlan.Station;
                    wlan.Active = true;
                    wlan.Connect("HomeNet", Secrets.Password);
                    if (!wlan.WaitConnected(10000)) { System.Console.WriteLine("no wifi"); return; }
                    System.Console.WriteLine(wlan.Status == WlanStatus.GotIp);
                    System.Console.WriteLine(wlan.IfConfig().Ip);
                    using var r = Urequests.Post("http://example.com/hook", data: "x", timeout: 5);
                    System.Console.WriteLine(r.StatusCode);
                    Time.SleepMs(10);
                }
            }
            [McuSharp.Interop.McuConfig] static class Secrets { public static extern string Password { get; } }
            """, secrets: new Dictionary<string, object?> { ["password"] = "pw" });
        System.Console.WriteLine(program.DiagnosticsText);
        System.Console.WriteLine(program.Main);
        var run = (await program.Run()).Succeeded();
        System.Console.WriteLine(run.Stdout);
    }
}
