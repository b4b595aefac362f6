using System;
using System.Collections.Generic;

// A project of several files and namespaces: each namespace is a module of its own on the device, with classes
// deriving across modules, static fields read and written from other modules, and calls in both directions.
namespace Station.Sensors
{
    public enum Unit { Celsius, Percent, Pascal }

    public interface IReporter { string Report(); }

    public abstract class Sensor : IReporter
    {
        public static int Created;
        public static readonly List<string> Log = new List<string>();
        public string Name { get; }
        public Unit Unit { get; }
        protected Sensor(string name, Unit unit) { Name = name; Unit = unit; Created++; Log.Add("new " + name); }
        public abstract double Read();
        public virtual string Report() => Name + "=" + Read() + " " + Unit + " via " + Station.Net.Uplink.Describe(this);
    }

    public class Thermometer : Sensor
    {
        private double _t;
        public Thermometer(string name, double t) : base(name, Unit.Celsius) { _t = t; }
        public override double Read() => _t;
    }
}
