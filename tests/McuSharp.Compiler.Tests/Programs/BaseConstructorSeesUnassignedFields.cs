using System;

// A base constructor that calls an override runs before the derived constructor's body: the derived class's
// non-nullable string fields are still null there (C# prints them as ""), whatever the annotations say. Fields with
// initializers are already set (initializers run before the base constructor), and once constructed all are set.
abstract class Device
{
    protected Device() { Console.WriteLine("[" + Describe() + "]"); }
    protected abstract string Describe();
    public override string ToString() => Describe();
}

sealed class Lamp : Device
{
    private string _room;
    private readonly string _kind = "lamp";
    public string Label { get; }

    public Lamp(string room) : base()
    {
        _room = room;
        Label = room.ToUpper();
    }

    protected override string Describe() => _kind + " in " + _room + $" ({Label})" + string.Concat(_room, "!");
}

// No virtual call during construction: the annotations hold.
sealed class Plug
{
    private string _name;
    public Plug(string name) { _name = name; }
    public string Name => "plug " + _name;
}

static class Program
{
    static void Main()
    {
        var lamp = new Lamp("hall");
        Console.WriteLine(lamp);
        Console.WriteLine(new Plug("desk").Name);
    }
}
