// Delegates in generic code and static state: an event in a generic class, a predicate passed through a generic
// method, lambdas (one with statements) in a static constructor's dictionary, ForEach into a captured sum, recursion through a delegate variable.
using System;
using System.Collections.Generic;
using System.Linq;
class Box<T>
{
    private readonly List<T> _items = new List<T>();
    public event Action<T> Added;
    public void Add(T item) { _items.Add(item); Added?.Invoke(item); }
    public IEnumerable<T> Where(Func<T, bool> p) => _items.Where(p);
    public Func<int> Counter => () => _items.Count;
}
static class DelegatesInGenericsAndStatics
{
    static readonly Dictionary<string, Func<double, double>> Ops;
    static DelegatesInGenericsAndStatics() { Ops = new Dictionary<string, Func<double, double>> { ["sq"] = x => x * x, ["half"] = x => { var h = x / 2; return h; } }; }
    static T Pick<T>(List<T> xs, Func<T, bool> p) => xs.First(p);
    static void Main()
    {
        var box = new Box<string>();
        int adds = 0;
        box.Added += s => adds += s.Length;
        box.Add("ab"); box.Add("cde");
        Console.WriteLine(adds + " " + box.Counter() + " " + string.Join(",", box.Where(s => s.Contains("d"))));
        Console.WriteLine(Ops["sq"](1.5) + " " + Ops["half"](3));
        Console.WriteLine(Pick(new List<int> { 1, 5, 9 }, x => x > 4) + " " + Pick(new List<string> { "a", "bb" }, s => s.Length == 2));
        var sum = 0;
        new List<int> { 1, 2, 3 }.ForEach(x => sum += x);
        Console.WriteLine(sum);
        Func<int, int> fact = null;
        fact = n => n <= 1 ? 1 : n * fact(n - 1);
        Console.WriteLine(fact(6));
    }
}
