// Invoking an event calls the handlers it had when the call began (a handler that removes itself or adds another
// changes only later calls); a handler's exception stops the rest; handlers with results; -= of a missing handler.
using System;
using System.Collections.Generic;

class Sensor
{
    public event Action<int> Reading;
    public void Publish(int value) { Reading?.Invoke(value); }
}

static class Program
{
    static void Main()
    {
        var sensor = new Sensor();
        var log = new List<string>();
        Action<int> once = null;
        once = v => { log.Add("once" + v); sensor.Reading -= once; };
        Action<int> late = v => log.Add("late" + v);
        sensor.Reading += once;
        sensor.Reading += v => { log.Add("adder" + v); if (v == 1) sensor.Reading += late; };
        sensor.Publish(1);
        sensor.Publish(2);
        sensor.Reading -= v => log.Add("never");
        sensor.Publish(3);
        Console.WriteLine(string.Join(" ", log));
        log.Clear();
        sensor.Reading += v => { if (v == 4) throw new InvalidOperationException("bad " + v); };
        sensor.Reading += v => log.Add("after" + v);
        try { sensor.Publish(4); } catch (InvalidOperationException e) { Console.WriteLine(e.Message); }
        Console.WriteLine(string.Join(" ", log));
        Func<int, int> pick = x => x + 1;
        pick += x => x * 10;
        Console.WriteLine(pick(5));
    }
}
