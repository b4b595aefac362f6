using System;
using System.Collections.Generic;

// using statements and declarations on the program's IDisposable types: Dispose runs when the block ends, returns,
// breaks or throws, last resource first; a resource whose creation throws leaves the earlier ones disposed; a null
// resource is skipped; an explicit interface implementation and a struct resource are disposed too.
sealed class Lease : IDisposable
{
    public static readonly List<string> Log = new();
    private readonly string _name;
    public Lease(string name, bool fail = false)
    {
        if (fail) throw new InvalidOperationException("no " + name);
        _name = name;
        Log.Add("open " + name);
    }
    public void Use() => Log.Add("use " + _name);
    public void Dispose() => Log.Add("close " + _name);
}

sealed class Quiet : IDisposable
{
    void IDisposable.Dispose() => Lease.Log.Add("quiet closed");
}

struct Scope : IDisposable
{
    private readonly string _tag;
    public Scope(string tag) { _tag = tag; }
    public void Dispose() => Lease.Log.Add("scope " + _tag);
}

static class Program
{
    static int Early(bool leave)
    {
        using var a = new Lease("early");
        if (leave) return 1;
        a.Use();
        return 2;
    }

    static void Main()
    {
        using (var a = new Lease("a"))
        using (var b = new Lease("b"))
        {
            a.Use();
            b.Use();
        }
        Console.WriteLine(Early(true) + Early(false));
        try
        {
            using (Lease first = new Lease("first"), second = new Lease("second", fail: true))
                first.Use();
        }
        catch (InvalidOperationException e)
        {
            Lease.Log.Add("caught " + e.Message);
        }
        for (int i = 0; i < 3; i++)
        {
            using var loop = new Lease("loop" + i);
            if (i == 1) continue;
            if (i == 2) break;
            loop.Use();
        }
        Lease? none = null;
        using (none) Lease.Log.Add("null resource");
        using (new Quiet()) { }
        using (var s = new Scope("s")) Lease.Log.Add("in scope");
        try
        {
            using var failing = new Lease("failing");
            throw new ArgumentException("boom");
        }
        catch (ArgumentException e)
        {
            Lease.Log.Add("after " + e.Message);
        }
        Console.WriteLine(string.Join("\n", Lease.Log));
    }
}
