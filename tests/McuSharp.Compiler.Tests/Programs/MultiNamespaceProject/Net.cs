using System;
using Station.Sensors;

namespace Station.Net
{
    public class Hygrometer : Sensor
    {
        public Hygrometer() : base("hygro", Unit.Percent) { }
        public override double Read() => 40 + Uplink.Sent;
        public override string Report() => "[" + base.Report() + "]";
    }

    public static class Uplink
    {
        public static int Sent;
        public static string Describe(Sensor s) => s is Hygrometer ? "radio" : "wire#" + Sensor.Created;
        public static void Send(IReporter r)
        {
            Sent++;
            Sensor.Log.Add("sent " + r.Report());
        }
    }

    public struct Packet
    {
        public int Id;
        public Unit Unit;
        public override string ToString() => "packet " + Id + " " + Unit;
    }
}
