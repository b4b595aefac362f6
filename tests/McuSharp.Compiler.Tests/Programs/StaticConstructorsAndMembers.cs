using System;
using System.Collections.Generic;

// Static constructors, static fields and auto-properties of classes with instances, static counters shared by
// all instances, nested classes reading the outer class's statics, and a static method of a class with
// instances called both ways.
class Config
{
    public static readonly Dictionary<string, int> Limits;
    public static int Version { get; private set; } = 3;
    public static string Name { get; set; } = "device";
    static Config()
    {
        Limits = new Dictionary<string, int> { ["temp"] = 80, ["rpm"] = 6000 };
        Version = Version * 10 + Limits.Count;
    }
    public static int Limit(string key) => Limits.ContainsKey(key) ? Limits[key] : -1;
}

class Widget
{
    private static int _next = 100;
    public static int Alive { get; private set; }
    public readonly int Serial;
    public Widget() { Serial = _next++; Alive++; }
    public static Widget Create() => new Widget();
    public void Destroy() { Alive--; }

    public class Factory
    {
        public List<Widget> Build(int n)
        {
            var list = new List<Widget>();
            for (int i = 0; i < n; i++) list.Add(i % 2 == 0 ? new Widget() : Widget.Create());
            return list;
        }
        public static int Next => _next;
    }
}

static class StaticConstructorsAndMembers
{
    static void Main()
    {
        Console.WriteLine(Config.Version + " " + Config.Limit("temp") + " " + Config.Limit("volts") + " " + Config.Name);
        Config.Name += "-2";
        Console.WriteLine(Config.Name);
        var built = new Widget.Factory().Build(5);
        built[1].Destroy();
        built[3].Destroy();
        Console.WriteLine(Widget.Alive + " " + Widget.Factory.Next + " " + built[4].Serial);
    }
}
