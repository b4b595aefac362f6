using System;
using System.Collections.Generic;

// Fields, constructor overloads and chaining, property kinds, object initializers, static members of a class
// with instances, nested classes and ToString in every text context.
namespace Devices
{
    class Sensor
    {
        public static int Created;
        private static readonly string Prefix = "S";

        private readonly int _id;
        private double _last = double.NaN;
        public string Name { get; }
        public string Unit { get; private set; } = "C";
        public int Samples { get; set; }
        public string Location { get; init; } = "lab";
        public bool HasReading => !double.IsNaN(_last);
        public double Last
        {
            get { return _last; }
            set { _last = value; Samples++; }
        }
        public string Tag => Prefix + _id;

        public Sensor(string name) : this(name, "C") { }
        public Sensor(string name, string unit)
        {
            _id = ++Created;
            Name = name;
            Unit = unit;
        }
        public Sensor() : this("anon") { Unit = "?"; }

        public void Convert() { if (Unit == "C") { Unit = "F"; if (HasReading) _last = _last * 9 / 5 + 32; } }

        public override string ToString() => $"{Tag}:{Name}[{Unit}]@{Location}" + (HasReading ? "=" + Last : "");

        public class Calibration
        {
            public double Offset;
            public double Gain = 1;
            public double Apply(double raw) => raw * Gain + Offset;
        }
    }

    static class ClassesBasics
    {
        static void Main()
        {
            var a = new Sensor("outside");
            var b = new Sensor("tank", "K") { Samples = 5, Location = "roof" };
            var c = new Sensor();
            Console.WriteLine(a);
            Console.WriteLine("b is " + b + ", c is " + c);
            Console.WriteLine($"{a.Tag} {b.Tag} {c.Tag} created {Sensor.Created}");
            a.Last = 21.5;
            a.Last = 22.25;
            a.Convert();
            Console.WriteLine($"{a} samples={a.Samples} reading={a.HasReading} {b.HasReading}");
            b.Samples += 10;
            b.Samples++;
            Console.WriteLine(b.Samples + " " + b.Unit + " " + c.Unit + " " + c.Location);
            var cal = new Sensor.Calibration { Offset = -1.5 };
            var cal2 = new Sensor.Calibration { Gain = 2, Offset = 0.25 };
            Console.WriteLine(cal.Apply(10) + " " + cal2.Apply(10) + " " + cal.Gain);
            var list = new List<Sensor> { a, b, c, new Sensor("extra") { Samples = 1 } };
            foreach (var s in list) Console.Write(s.Name.Length + s.Unit + " ");
            Console.WriteLine();
            Console.WriteLine(string.Join(" | ", list));
            Sensor? missing = null;
            Console.WriteLine("[" + missing + "]" + $"[{missing}]");
            Sensor.Created = 100;
            Console.WriteLine(new Sensor("late").Tag);
        }
    }
}
