using System;
using System.Collections.Generic;

// is, as, casts and type patterns over a small hierarchy, with nulls and interfaces; the last cast fails and the
// program ends with InvalidCastException, on .NET and on the device.
interface IFlying { int Altitude { get; } }
class Vehicle { public virtual string Label => "vehicle"; }
class Car : Vehicle { public override string Label => "car"; public int Doors = 4; }
class Plane : Vehicle, IFlying { public int Altitude => 9000; public override string Label => "plane"; }
class Glider : Plane { public override string Label => "glider"; }

static class TypeTestsCasts
{
    static string Classify(object? o)
    {
        if (o is null) return "nothing";
        if (o is Glider g) return "glider at " + g.Altitude;
        if (o is IFlying f) return "flying at " + f.Altitude;
        if (o is Car c && c.Doors > 2) return "family car";
        if (o is Vehicle) return "some vehicle";
        if (o is string s) return "text of " + s.Length;
        return "unknown";
    }

    static void Main()
    {
        var things = new List<object?> { new Car(), new Plane(), new Glider(), new Vehicle(), "abc", null, new Car { Doors = 2 } };
        foreach (var t in things) Console.WriteLine(Classify(t));
        Vehicle v = new Glider();
        var asPlane = v as Plane;
        var asCar = v as Car;
        Console.WriteLine((asPlane != null) + " " + (asCar == null) + " " + ((Plane)v).Altitude + " " + (v is Plane) + " " + (v is not Car));
        Vehicle? nothing = null;
        Console.WriteLine((nothing as Car) == null);
        Console.WriteLine(((Car?)nothing) == null);
        IFlying flying = (IFlying)v;
        Console.WriteLine(flying.Altitude + " " + ((Vehicle)flying).Label);
        object boxed = new Plane();
        Car wrong = (Car)boxed;
        Console.WriteLine("not reached " + wrong.Doors);
    }
}
