namespace McuSharp.Boards.Tests;

[TestClass]
public sealed class BoardProfilesTests
{
    public static IEnumerable<object[]> BoardIds => BoardProfiles.Ids.Select(id => new object[] { id });

    [TestMethod]
    public void EveryBoardOfTheDesignHasAProfile()
    {
        CollectionAssert.AreEqual(new[] { "esp8266", "esp32", "rp2-pico-w", "wipy", "openmv", "generic", "sim" }, BoardProfiles.Ids.ToArray());
        CollectionAssert.AreEqual(BoardProfiles.Ids.ToArray(), BoardProfiles.All.Select(p => p.Id).ToArray());
    }

    [TestMethod]
    [DynamicData(nameof(BoardIds))]
    public void EveryProfileNamesEveryStatusAndResetCauseAndHasConsistentFacts(string id)
    {
        var profile = BoardProfiles.Get(id);
        Assert.AreEqual(id, profile.Id);
        Assert.IsFalse(string.IsNullOrWhiteSpace(profile.Name));
        CollectionAssert.AreEquivalent(WifiStatusNames.All.ToArray(), profile.WifiStatus.Keys.ToArray());
        CollectionAssert.AreEquivalent(ResetCauseNames.All.ToArray(), profile.ResetCauses.Keys.ToArray());
        StringAssert.StartsWith(profile.FileSystemRoot, "/");
        if (!profile.HasFloat) Assert.IsFalse(profile.HasMath, "a board without floats has no math module");
        if (profile.HasWifiStatus)
        {
            Assert.IsNotNull(profile.GetWifiStatus(WifiStatusNames.GotIp), "a board with status() reports 'got IP'");
            Assert.IsNotNull(profile.StatusWhileObtainingIp);
            Assert.IsNotNull(profile.GetWifiStatus(profile.StatusWhileObtainingIp!), "the state shown during DHCP must be one the board has");
            var known = profile.WifiStatus.Values.Where(v => v?.Value is not null).Select(v => v!.Value).ToList();
            Assert.AreEqual(known.Count, known.Distinct().Count(), "two states share a code");
        }
        else
        {
            Assert.IsTrue(profile.WifiStatus.Values.All(v => v is null), "a board without status() has no status codes");
        }
        Assert.IsNotNull(profile.GetResetCause(ResetCauseNames.PowerOn), "every board reports power-on");
        foreach (var constant in profile.WifiStatus.Values.Concat(profile.ResetCauses.Values).Where(c => c?.Constant is not null))
            StringAssert.Matches(constant!.Constant, new System.Text.RegularExpressions.Regex(@"^(network|machine)(\.WLAN)?\.[A-Z_]+$"));
    }

    [TestMethod]
    [DataRow("esp8266", 0L, 1L, 2L, 3L, 4L, 5L)]
    [DataRow("esp32", 1000L, 1001L, 202L, 201L, 203L, 1010L)]
    [DataRow("rp2-pico-w", 0L, 1L, -3L, -2L, -1L, 3L)]
    public void WifiStatusCodesAreThePortsOwn(string id, long idle, long connecting, long wrongPassword, long noApFound, long connectFailed, long gotIp)
    {
        var profile = BoardProfiles.Get(id);
        Assert.AreEqual(idle, profile.GetWifiStatus(WifiStatusNames.Idle)!.Value);
        Assert.AreEqual(connecting, profile.GetWifiStatus(WifiStatusNames.Connecting)!.Value);
        Assert.AreEqual(wrongPassword, profile.GetWifiStatus(WifiStatusNames.WrongPassword)!.Value);
        Assert.AreEqual(noApFound, profile.GetWifiStatus(WifiStatusNames.NoApFound)!.Value);
        Assert.AreEqual(connectFailed, profile.GetWifiStatus(WifiStatusNames.ConnectFailed)!.Value);
        Assert.AreEqual(gotIp, profile.GetWifiStatus(WifiStatusNames.GotIp)!.Value);
        Assert.AreEqual("network.STAT_GOT_IP", profile.GetWifiStatus(WifiStatusNames.GotIp)!.Expression);
    }

    [TestMethod]
    public void OnlyTheCyw43BoardsReportJoinedWithoutAnAddress()
    {
        Assert.IsNull(BoardProfiles.Get("esp8266").GetWifiStatus(WifiStatusNames.LinkUpNoIp));
        Assert.IsNull(BoardProfiles.Get("esp32").GetWifiStatus(WifiStatusNames.LinkUpNoIp));
        var pico = BoardProfiles.Get("rp2-pico-w").GetWifiStatus(WifiStatusNames.LinkUpNoIp)!;
        Assert.IsNull(pico.Constant, "CYW43_LINK_NOIP has no STAT_ name");
        Assert.AreEqual("2", pico.Expression, "without a name, code uses the number");
        Assert.AreEqual("-3", BoardProfiles.Get("openmv").GetWifiStatus(WifiStatusNames.WrongPassword)!.Expression, "the STAT_ names exist on rp2 only");
    }

    [TestMethod]
    public void InterfaceConstantNamesDifferPerBoard()
    {
        Assert.AreEqual("network.STA_IF", BoardProfiles.Get("esp8266").Station!.PreferredConstant);
        Assert.AreEqual("network.WLAN.IF_STA", BoardProfiles.Get("openmv").Station!.PreferredConstant);
        Assert.AreEqual("network.WLAN.STA", BoardProfiles.Get("wipy").Station!.PreferredConstant);
        CollectionAssert.AreEqual(new[] { "network.STA_IF", "network.WLAN.IF_STA" }, BoardProfiles.Get("esp32").Station!.Constants.ToArray());
        Assert.IsNull(BoardProfiles.Get("esp8266").Lan);
        Assert.AreEqual("network.LAN", BoardProfiles.Get("esp32").Lan!.Class);
        Assert.IsNull(BoardProfiles.Get("esp32").Lan!.PreferredConstant);
    }

    [TestMethod]
    public void TheWiPyHasNoFloatsNoMathNoStatusAndLivesInFlash()
    {
        var wipy = BoardProfiles.Get("wipy");
        Assert.AreEqual(FloatSupport.None, wipy.Float);
        Assert.IsFalse(wipy.HasFloat);
        Assert.IsFalse(wipy.HasMath);
        Assert.IsFalse(wipy.HasFStrings);
        Assert.IsFalse(wipy.HasDeflate);
        Assert.IsFalse(wipy.HasWifiStatus);
        Assert.AreEqual("/flash", wipy.FileSystemRoot);
        Assert.AreEqual("strings", wipy.Pins.Ids);
        CollectionAssert.Contains(wipy.Pins.Valid!.ToArray(), "GP9");
        Assert.AreEqual(3L, wipy.GetResetCause(ResetCauseNames.DeepSleepReset)!.Value);
    }

    [TestMethod]
    [DataRow("esp8266", 5L)]
    [DataRow("esp32", 4L)]
    [DataRow("sim", 4L)]
    public void DeepSleepResetCauses(string id, long value)
    {
        var cause = BoardProfiles.Get(id).GetResetCause(ResetCauseNames.DeepSleepReset)!;
        Assert.AreEqual("machine.DEEPSLEEP_RESET", cause.Constant);
        Assert.AreEqual(value, cause.Value);
    }

    [TestMethod]
    public void ThePicoWNeverReportsAWakeFromDeepSleep()
    {
        var pico = BoardProfiles.Get("rp2-pico-w");
        Assert.IsNull(pico.GetResetCause(ResetCauseNames.DeepSleepReset));
        Assert.AreEqual(3L, pico.GetResetCause(ResetCauseNames.WatchdogReset)!.Value);
    }

    [TestMethod]
    public void TheGenericBoardNamesConstantsWithoutNumbers()
    {
        var generic = BoardProfiles.Get("generic");
        Assert.AreEqual("network.STAT_GOT_IP", generic.GetWifiStatus(WifiStatusNames.GotIp)!.Expression);
        Assert.IsNull(generic.GetWifiStatus(WifiStatusNames.GotIp)!.Value);
        Assert.IsNull(generic.GetWifiStatus(WifiStatusNames.ConnectFailed), "its name differs per port");
    }

    [TestMethod]
    public void TheSimulatorBoardHasEverything()
    {
        var sim = BoardProfiles.Get(BoardProfiles.SimulatorId);
        Assert.IsTrue(sim.HasFloat && sim.HasMath && sim.HasFStrings && sim.HasDeflate && sim.HasHashlib && sim.HasBinascii);
        Assert.IsNotNull(sim.Station);
        Assert.IsNotNull(sim.AccessPoint);
        Assert.IsNotNull(sim.Lan);
        Assert.IsTrue(sim.WifiStatus.Values.All(v => v?.Value is not null));
        Assert.IsTrue(sim.ResetCauses.Values.All(v => v?.Value is not null));
    }

    [TestMethod]
    [DataRow("esp3")]
    [DataRow("ESP32")]
    [DataRow("")]
    public void AnUnknownIdIsOneClearErrorListingTheKnownOnes(string id)
    {
        var error = Assert.ThrowsExactly<UnknownBoardException>(() => BoardProfiles.Get(id));
        Assert.AreEqual($"Unknown board '{id}'. Known boards: esp8266, esp32, rp2-pico-w, wipy, openmv, generic, sim.", error.Message);
        Assert.IsFalse(BoardProfiles.TryGet(id, out _));
    }

    [TestMethod]
    public void AskingForAStateThatIsNotCommonIsAnError()
    {
        Assert.ThrowsExactly<ArgumentException>(() => BoardProfiles.Get("esp32").GetWifiStatus("Up"));
        Assert.ThrowsExactly<ArgumentException>(() => BoardProfiles.Get("esp32").GetResetCause("Brownout"));
    }

    [TestMethod]
    public void TheEmbeddedJsonIsTheDataFile()
    {
        var profile = BoardProfiles.Get("esp32");
        StringAssert.Contains(profile.Json, "\"id\": \"esp32\"");
        StringAssert.Contains(profile.Json, "STAT_ASSOC_FAIL");
    }
}
