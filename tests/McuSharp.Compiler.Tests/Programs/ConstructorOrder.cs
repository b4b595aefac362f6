using System;

// C#'s construction order, traced: derived field initializers, then the base constructor (its initializers, its
// body), then the derived body; `this(...)` chains run the target first; a virtual call from a base constructor
// sees the derived field initialized by its initializer but not yet by the derived constructor's body.
static class Trace
{
    public static int Step;
    public static int Log(string what) { Console.WriteLine(++Step + " " + what); return Step; }
}

class Base
{
    private int _baseField = Trace.Log("base field initializer");
    protected int Shared;
    public Base() : this(7) { Trace.Log("base() body"); }
    public Base(int x) { Shared = x; Trace.Log("base(int) body, virtual says " + Describe()); }
    public virtual string Describe() => "base " + _baseField;
}

class Derived : Base
{
    private int _early = Trace.Log("derived field initializer");
    private int _late;
    private string _text = "set";
    public Derived() { _late = 99; Trace.Log("derived() body " + Describe()); }
    public Derived(int y) : base(y) { _late = y; Trace.Log("derived(int) body " + Describe()); }
    public Derived(string s) : this(s.Length) { _text = s; Trace.Log("derived(string) body " + Describe()); }
    public override string Describe() => "derived early=" + _early + " late=" + _late + " shared=" + Shared + " text=" + _text;
}

class Leaf : Derived
{
    private readonly long _big = 1L << 40;
    public Leaf() : base("leaf") => Trace.Log("leaf body " + _big);
}

static class ConstructorOrder
{
    static void Main()
    {
        new Derived();
        Console.WriteLine("--");
        new Derived(3);
        Console.WriteLine("--");
        new Derived("hello");
        Console.WriteLine("--");
        var leaf = new Leaf();
        Console.WriteLine(leaf.Describe());
    }
}
