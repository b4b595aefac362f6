using System;
using System.Collections.Generic;

// Static fields shared by instances, a static constructor, instance ids, and a registry of live objects.
sealed class Channel
{
    private static readonly List<Channel> Registry = new List<Channel>();
    private static int _nextId;
    public static readonly string Prefix;

    static Channel() { Prefix = "ch"; _nextId = 100; }

    public Channel(string topic)
    {
        Id = _nextId++;
        Topic = topic;
        Registry.Add(this);
    }

    public int Id { get; }
    public string Topic { get; }
    public int Messages { get; private set; }

    public static int Count => Registry.Count;

    public static Channel? ByTopic(string topic)
    {
        foreach (var c in Registry) if (c.Topic == topic) return c;
        return null;
    }

    public void Publish(int n) { Messages += n; Total += n; }

    public static int Total { get; private set; }

    public override string ToString() => Prefix + Id + "(" + Topic + ":" + Messages + ")";
}

static class StaticLifecycle
{
    static void Main()
    {
        var a = new Channel("temp");
        var b = new Channel("door");
        a.Publish(3);
        b.Publish(1);
        Channel.ByTopic("door")?.Publish(10);
        new Channel("spare");
        Console.WriteLine(a + " " + b + " " + Channel.Count + " " + Channel.Total + " " + (Channel.ByTopic("none") == null));
        Console.WriteLine(Channel.ByTopic("spare") + " " + Channel.Prefix);
    }
}
