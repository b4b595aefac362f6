using System;

// Overloads by arity and by parameter type on instance methods and constructors, across a class hierarchy,
// optional parameters and named arguments, an overload chosen by an int-to-long conversion.
class Logger
{
    private string _log = "";
    public string Prefix { get; }
    public Logger() : this(">") { }
    public Logger(string prefix) { Prefix = prefix; }
    public Logger(char prefix, int repeat = 2) : this(new string(prefix, repeat)) { }
    public void Write(string text) => _log += Prefix + "s:" + text + ";";
    public void Write(int value) => _log += Prefix + "i:" + value + ";";
    public void Write(long value) => _log += Prefix + "l:" + value + ";";
    public void Write(string format, int value, bool loud = false) => _log += Prefix + (loud ? format.ToUpper() : format) + value + ";";
    public virtual void Write(double value) => _log += Prefix + "d:" + value + ";";
    public string Dump() => _log;
}

class TimedLogger : Logger
{
    private int _tick;
    public TimedLogger() : base('#', 3) { }
    public override void Write(double value) { _tick++; base.Write(value * _tick); }
    public void Write(bool flag) => Write(flag ? "yes" : "no");
}

static class OverloadsInstances
{
    static void Main()
    {
        var a = new Logger();
        a.Write("hi");
        a.Write(5);
        a.Write(5L);
        a.Write(2.5);
        a.Write("n=", 3);
        a.Write("n=", 4, true);
        a.Write(loud: true, value: 9, format: "k");
        Console.WriteLine(a.Dump());
        var b = new TimedLogger();
        b.Write(1.5);
        b.Write(1.5);
        b.Write(true);
        b.Write(int.MaxValue);
        Logger asBase = b;
        asBase.Write(0.5);
        Console.WriteLine(b.Dump() + " " + new Logger('*').Prefix + " " + new Logger("p").Prefix);
    }
}
