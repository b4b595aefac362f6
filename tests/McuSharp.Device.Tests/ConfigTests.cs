namespace McuSharp.Device.Tests;

[TestClass]
public sealed class ConfigTests
{
    private const string Source = """
        using McuSharp.Device;
        using McuSharp.Interop;
        [McuConfig]
        static class Secrets
        {
            public static extern string WifiSsid { get; }
            public static extern string WifiPassword { get; }
            [McuConfig("post_every_s")] public static extern int Interval { get; }
        }
        static class P
        {
            static void Main()
            {
                var wlan = Wlan.Station;
                wlan.Active = true;
                wlan.Connect(Secrets.WifiSsid, Secrets.WifiPassword);
                System.Console.WriteLine(wlan.WaitConnected(8000) + " " + Secrets.Interval);
            }
        }
        """;

    [TestMethod]
    public async Task SecretsJsonBesideTheProjectBecomesConfigPy()
    {
        var folder = Path.Combine(Path.GetTempPath(), "mcus-config-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            File.WriteAllText(Path.Combine(folder, "secrets.json"), """{"wifi_ssid": "HomeNet", "wifi_password": "s3cret!", "post_every_s": 30, "unused": "x"}""");
            var program = DeviceProgram.Compile(Source, "esp32", projectDirectory: folder);
            var config = program.Module("config.py");
            StringAssert.Contains(config, "wifi_ssid = 'HomeNet'");
            StringAssert.Contains(config, "wifi_password = 's3cret!'");
            StringAssert.Contains(config, "post_every_s = 30");
            Assert.IsFalse(config.Contains("unused"), "only the values the program reads");
            Assert.IsFalse(program.Main.Contains("s3cret!"));
            StringAssert.Contains(program.Main, "wlan.connect(config.wifi_ssid, config.wifi_password)");
            Assert.AreEqual(0, program.Result.Diagnostics.Count, program.DiagnosticsText);

            var run = (await program.Run("""{"wifi": {"networks": [{"ssid": "HomeNet", "password": "s3cret!"}]}}""")).Succeeded();
            Assert.AreEqual("True 30", run.Stdout.Trim());
            Assert.IsFalse(run.Result.Stderr.Contains("s3cret!"), "the timeline never shows a password");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [TestMethod]
    public void MissingSecretsAreClearErrors()
    {
        var folder = Path.Combine(Path.GetTempPath(), "mcus-config-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var none = DeviceProgram.Compile(Source, "esp32", projectDirectory: folder);
            var errors = none.WithId("MCU0024");
            Assert.AreEqual(3, errors.Count, none.DiagnosticsText);
            StringAssert.Contains(errors[0].GetMessage(), "'Secrets.WifiSsid' reads the key 'WifiSsid' or 'wifi_ssid', but there is no " + Path.Combine(folder, "secrets.json"));

            File.WriteAllText(Path.Combine(folder, "secrets.json"), """{"wifi_ssid": "HomeNet"}""");
            var partial = DeviceProgram.Compile(Source, "esp32", projectDirectory: folder);
            var missing = partial.WithId("MCU0024").Select(d => d.GetMessage()).ToList();
            Assert.AreEqual(2, missing.Count, partial.DiagnosticsText);
            StringAssert.Contains(missing[0], "'Secrets.WifiPassword' reads the key 'WifiPassword' or 'wifi_password', but " + Path.Combine(folder, "secrets.json") + " has the keys wifi_ssid");

            File.WriteAllText(Path.Combine(folder, "secrets.json"), "{ not json");
            StringAssert.Contains(DeviceProgram.Compile(Source, "esp32", projectDirectory: folder).WithId("MCU0024")[0].GetMessage(), "is not valid JSON");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
