using System;
using System.Collections.Generic;

// Three levels of classes: base calls through each level, virtual properties, sealed overrides, method hiding
// with `new`, and ToString overrides in concatenation and interpolation.
class Device
{
    public Device(string name) { Name = name; }
    public string Name { get; }
    public virtual string Kind => KindName();
    protected virtual string KindName() => "device";
    public virtual int Power(int load) => load;
    public string Label() => "plain " + Name;
    public override string ToString() => Kind + ":" + Name;
}

class Radio : Device
{
    public Radio(string name, int channel) : base(name) { Channel = channel; }
    public int Channel { get; protected set; }
    protected override string KindName() => "radio";
    public override int Power(int load) => base.Power(load) * 2 + Channel;
    public new string Label() => "radio " + Name + "@" + Channel;
}

sealed class WifiRadio : Radio
{
    public WifiRadio(string name) : base(name, 6) { }
    protected override string KindName() => "wifi-" + base.KindName();
    public override sealed int Power(int load) => base.Power(load) + 100;
    public void Hop() { Channel = Channel % 11 + 1; }
    public override string ToString() => base.ToString() + "/ch" + Channel;
}

static class InheritanceChains
{
    static void Main()
    {
        var devices = new List<Device> { new Device("led"), new Radio("lora", 3), new WifiRadio("esp") };
        foreach (var d in devices) Console.WriteLine(d + " " + d.Kind + " " + d.Power(5) + " " + d.Label() + $" [{d}]");
        var wifi = (WifiRadio)devices[2];
        for (int i = 0; i < 7; i++) wifi.Hop();
        Radio asRadio = wifi;
        Console.WriteLine(wifi.Label() + " | " + asRadio.Label() + " | " + ((Device)wifi).Label() + " | " + wifi);
        Console.WriteLine(devices[1] is Radio r && r is not WifiRadio ? "lora is a plain radio on " + r.Channel : "no");
        Console.WriteLine(devices[0] as Radio == null);
    }
}
