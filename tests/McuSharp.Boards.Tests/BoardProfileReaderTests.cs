namespace McuSharp.Boards.Tests;

/// <summary>A broken data file is reported with its name and the property at fault, never half-loaded.</summary>
[TestClass]
public sealed class BoardProfileReaderTests
{
    private static string Valid => BoardProfiles.Get("esp8266").Json;

    [TestMethod]
    public void TheValidFileReadsBack()
    {
        var profile = BoardProfileReader.Read(Valid, "esp8266.json");
        Assert.AreEqual("esp8266", profile.Id);
        Assert.AreEqual(5L, profile.GetWifiStatus(WifiStatusNames.GotIp)!.Value);
        Assert.AreEqual(FloatSupport.Single, profile.Float);
        CollectionAssert.AreEqual(new object[] { 0L, 1L, 2L, 3L, 4L, 5L, 12L, 13L, 14L, 15L, 16L }, profile.Pins.Valid!.ToArray());
    }

    [TestMethod]
    [DataRow("\"float\": \"single\"", "\"float\": \"half\"", "esp8266.json: 'language.float' is 'half' (expected none, single or double).")]
    [DataRow("\"fstrings\": true,", "", "esp8266.json: 'language.fstrings' is missing.")]
    [DataRow("\"GotIp\": { \"constant\": \"network.STAT_GOT_IP\", \"value\": 5 },", "\"GotIp\": { \"constant\": \"network.STAT_GOT_IP\", \"value\": 5 }, \"Up\": null,", "esp8266.json: 'network.wifi_status.Up' is unknown name (expected one of Idle, Connecting, WrongPassword, NoApFound, ConnectFailed, GotIp, LinkUpNoIp).")]
    [DataRow("\"GotIp\": { \"constant\": \"network.STAT_GOT_IP\", \"value\": 5 }", "\"GotIp\": { \"constant\": null, \"value\": null }", "esp8266.json: 'network.wifi_status.GotIp' is has neither a constant nor a value (write null for a state the board does not have).")]
    [DataRow("\"heap_bytes\": 38912", "\"heap_bytes\": \"big\"", "esp8266.json: 'heap_bytes' is not an integer.")]
    [DataRow("\"id\": \"esp8266\",", "\"id\": \"esp8266\"", "esp8266.json: line 3: expected '}'")]
    public void ABrokenFileNamesTheFileAndTheProperty(string find, string replace, string message)
    {
        StringAssert.Contains(Valid, find);
        var error = Assert.ThrowsExactly<InvalidDataException>(() => BoardProfileReader.Read(Valid.Replace(find, replace), "esp8266.json"));
        Assert.AreEqual(message, error.Message);
    }

    [TestMethod]
    [DataRow("{\"a\": [1, 2.5, \"x\\u0041\\n\", true, false, null]}")]
    public void TheReaderKeepsEveryJsonType(string json)
    {
        var root = (Dictionary<string, object?>)JsonReader.Parse(json)!;
        var items = (List<object?>)root["a"]!;
        CollectionAssert.AreEqual(new object?[] { 1L, 2.5, "xA\n", true, false, null }, items);
    }

    [TestMethod]
    [DataRow("{\"a\": 1,}")]
    [DataRow("{\"a\": 1} x")]
    [DataRow("{\"a\": 1, \"a\": 2}")]
    [DataRow("[\"unterminated]")]
    [DataRow("")]
    public void TheReaderRejectsBrokenJson(string json) =>
        Assert.ThrowsExactly<FormatException>(() => JsonReader.Parse(json));
}
