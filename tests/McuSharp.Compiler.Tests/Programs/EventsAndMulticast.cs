// Multicast delegates and events: += combines in order, -= removes the last matching occurrence (also a method
// group made again, and a list of several), the last handler's value is the result, null when all are removed.
using System;
using System.Collections.Generic;

class Button
{
    public event Action<string> Clicked;
    public event Action Released;
    public string Name;
    public Button(string name) { Name = name; }
    public void Click() { Clicked?.Invoke(Name); Released?.Invoke(); }
    public bool HasHandlers => Clicked != null;
}

class Logger
{
    private readonly List<string> _lines = new List<string>();
    public string Prefix;
    public Logger(string prefix) { Prefix = prefix; }
    public void OnClick(string who) { _lines.Add(Prefix + who); }
    public string Dump() => string.Join("|", _lines);
}

static class Program
{
    static int _count;
    static void Count() { _count++; }
    static void Say(string s) => Console.Write("say:" + s + " ");

    static void Main()
    {
        Action a = () => Console.Write("A ");
        Action b = () => Console.Write("B ");
        Action chain = a;
        chain += b;
        chain += a;
        chain();
        Console.WriteLine();
        chain -= a;
        chain();
        Console.WriteLine();
        var both = a + b;
        var all = chain + both;
        all -= both;
        all();
        Console.WriteLine();
        all -= a;
        all -= b;
        Console.WriteLine(all == null);
        all -= a;
        Console.WriteLine(all == null);

        Func<int> f = () => 1;
        f += () => 2;
        f += () => 3;
        Console.WriteLine(f());

        Action counter = Count;
        counter += Count;
        counter += Count;
        counter -= Count;
        counter();
        Console.WriteLine(_count);

        var button = new Button("ok");
        var log1 = new Logger("1:");
        var log2 = new Logger("2:");
        Console.WriteLine(button.HasHandlers);
        button.Clicked += log1.OnClick;
        button.Clicked += log2.OnClick;
        button.Clicked += Say;
        int releases = 0;
        button.Released += () => releases++;
        button.Click();
        button.Clicked -= log1.OnClick;
        button.Click();
        button.Clicked -= log2.OnClick;
        button.Clicked -= Say;
        button.Click();
        Console.WriteLine();
        Console.WriteLine(log1.Dump() + " / " + log2.Dump() + " / " + releases + " " + button.HasHandlers);
    }
}
