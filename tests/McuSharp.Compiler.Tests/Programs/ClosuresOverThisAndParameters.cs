// Lambdas capturing `this` (fields and properties changed before and after), parameters that the method and the
// lambda both change, closures three levels deep, and a counter shared by lambdas of several objects.
using System;
using System.Collections.Generic;

class Thermostat
{
    public int Target { get; set; }
    private int _adjustments;
    public Thermostat(int target) { Target = target; }
    public Func<int, int> Controller() => reading => { _adjustments++; return Target - reading; };
    public Action Raise(int by) => () => Target += by;
    public string Report() => Target + "/" + _adjustments;
}

static class Program
{
    static int _created;

    static Func<int> Accumulate(int start, int step)
    {
        start += 1;
        Func<int> next = () => start += step;
        start *= 10;
        return next;
    }

    static Func<int, Func<int, Func<int, int>>> Adder3() => a => b => c => a * 100 + b * 10 + c + _created;

    static void Main()
    {
        var t = new Thermostat(21);
        var control = t.Controller();
        Console.WriteLine(control(18) + " " + control(25));
        t.Target = 30;
        t.Raise(2)();
        Console.WriteLine(control(20) + " " + t.Report());
        var next = Accumulate(1, 5);
        Console.WriteLine(next() + " " + next() + " " + next());
        Console.WriteLine(Adder3()(1)(2)(3));
        int shared = 0;
        var bumps = new List<Action>();
        var thermostats = new List<Thermostat> { new Thermostat(1), new Thermostat(2) };
        foreach (var th in thermostats)
        {
            _created++;
            bumps.Add(() => { shared += th.Target; th.Target++; });
        }
        foreach (var b in bumps) b();
        foreach (var b in bumps) b();
        Console.WriteLine(shared + " " + thermostats[0].Target + " " + thermostats[1].Target + " " + Adder3()(0)(0)(0));
    }
}
