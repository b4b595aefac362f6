using System;
using System.Collections.Generic;

// A class implementing several interfaces, interface-typed collections and parameters, explicit interface
// implementations next to a public method of the same name, two interfaces asking for the same method, an
// interface property implemented by an auto-property and by a computed one, and a struct implementing one.
interface IReadable { int Read(); string Id { get; } }
interface IWritable { void Write(int value); int Read(); }
interface IResettable { void Reset(); }
interface IDescribed { string Describe(); }

class Register : IReadable, IWritable, IResettable, IDescribed
{
    private int _value;
    public string Id { get; }
    public Register(string id) { Id = id; }
    public int Read() => _value;
    public void Write(int value) => _value = value;
    void IResettable.Reset() { _value = 0; Console.WriteLine(Id + " reset"); }
    public void Reset() => Console.WriteLine(Id + " public reset does nothing");
    string IDescribed.Describe() => "register " + Id + "=" + _value;
}

class Constant : IReadable
{
    private readonly int _v;
    public Constant(int v) { _v = v; }
    public int Read() => _v;
    public string Id => "const" + _v;
}

struct Pair : IDescribed
{
    public int A, B;
    public Pair(int a, int b) { A = a; B = b; }
    public string Describe() => "(" + A + "," + B + ")";
}

static class InterfacesMultiple
{
    static int Sum(IEnumerable<IReadable> sources)
    {
        int total = 0;
        foreach (var s in sources) total += s.Read();
        return total;
    }

    static void Main()
    {
        var r = new Register("r1");
        IWritable w = r;
        w.Write(41);
        IReadable rd = r;
        Console.WriteLine(rd.Read() + " " + rd.Id + " " + w.Read());
        r.Reset();
        ((IResettable)r).Reset();
        Console.WriteLine(r.Read());
        r.Write(5);
        var sources = new List<IReadable> { r, new Constant(10), new Constant(-3) };
        Console.WriteLine(Sum(sources));
        foreach (var s in sources) Console.Write(s.Id + ",");
        Console.WriteLine();
        var described = new IDescribed[] { r, new Pair(1, 2) };
        foreach (var d in described) Console.WriteLine(d.Describe() + " " + (d is IReadable) + " " + (d is Pair));
    }
}
