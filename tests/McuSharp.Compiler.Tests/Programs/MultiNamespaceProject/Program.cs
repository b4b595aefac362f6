using System;
using Station.Net;
using Station.Sensors;

class Outside
{
    public static string Tag = "outside";
    public static readonly int Base = 4;
}

namespace Station
{
    static class Program
    {
        static int _rounds = Outside.Base * 2 + 1;

        static void Main()
        {
            var sensors = new Sensor[] { new Thermometer("t1", 21.5), new Hygrometer(), new Thermometer("t2", -3) };
            foreach (var s in sensors) Uplink.Send(s);
            Sensor.Created += 10;
            Uplink.Sent *= 2;
            foreach (var line in Sensor.Log) Console.WriteLine(line);
            var p = new Packet { Id = 7, Unit = Unit.Pascal };
            Console.WriteLine(p + " " + Sensor.Created + " " + Uplink.Sent + " " + _rounds + " " + Outside.Tag + " " + sensors[1].Report());
            Outside.Tag += "!";
            Console.WriteLine(Outside.Tag);
        }
    }
}
