namespace McuSharp.Device.Tests;

/// <summary>The C# the tests compile: a Main around some statements, and the [McuConfig] class they read secrets from.</summary>
internal static class Programs
{
    /// <summary>The secrets class: Secrets.Password reads "password".</summary>
    public const string SecretsClass = "[McuSharp.Interop.McuConfig] static class Secrets { public static extern string Password { get; } }";

    public static readonly Dictionary<string, object?> Secrets = new() { ["password"] = "secret" };

    /// <summary>
    /// A program whose Main runs <paramref name="statements"/> with the station active as `wlan` (and, with
    /// <paramref name="connect"/>, joined to HomeNet with Secrets.Password for up to 10 s); <paramref name="members"/>
    /// are more methods of its class.
    /// </summary>
    public static string WithStation(string statements, bool connect = false, string members = "") => $$"""
        using McuSharp.Device;
        static class P
        {
            static void Main()
            {
                var wlan = Wlan.Station;
                wlan.Active = true;
        {{(connect ? "        wlan.Connect(\"HomeNet\", Secrets.Password);\n        wlan.WaitConnected(10000);" : "")}}
        {{statements}}
            }
        {{members}}
        }
        {{SecretsClass}}
        """;
}
