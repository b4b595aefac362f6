using System;
using System.Collections.Generic;

// Counters and sums kept in fields, updated in loops and read rarely: they hold their values unwrapped and are
// wrapped where read. Every read must still see C#'s value: past int.MaxValue, back through int.MinValue, exactly
// at a wrap to zero, in comparisons, divisions, text, and after a store of a fresh value.
abstract class Meter
{
    private int _total;
    private int _updates;
    private long _energy;
    protected int Hits;

    public void Reset(int total) { _total = total; _energy = long.MaxValue - 3; }

    public void Add(int reading)
    {
        _total += Weigh(reading);
        _updates++;
        _energy -= reading;
        Hits--;
    }

    protected abstract int Weigh(int reading);

    public int Total => _total;
    public bool IsZero => _total == 0;
    public int Average() => _updates == 0 ? 0 : _total / _updates;
    public override string ToString() => $"total {_total}, updates {_updates}, energy {_energy}, hits {Hits}";
    public long Energy() => _energy;
}

sealed class Doubling : Meter
{
    protected override int Weigh(int reading) => reading * 2;
}

sealed class Plain : Meter
{
    private int _flags;
    public int Flags => _flags;
    protected override int Weigh(int reading) { _flags |= reading & 7; _flags ^= 1; return reading; }
}

// A counter read in the same loop that updates it: as hot on both sides, it keeps its checks.
class Ticker
{
    private int _ticks = int.MaxValue - 2;
    public int Tick() { _ticks++; return _ticks; }
}

static class Program
{
    static void Main()
    {
        var meters = new List<Meter> { new Doubling(), new Plain() };
        meters[0].Reset(int.MaxValue - 10);
        meters[1].Reset(-12);
        for (int i = 0; i < 12; i++)
            foreach (var m in meters) m.Add(i - 3 + (i % 4 == 0 ? int.MaxValue / 2 : 0));
        foreach (var m in meters) Console.WriteLine(m + " avg " + m.Average() + " zero " + m.IsZero + " energy " + m.Energy());
        Console.WriteLine(((Plain)meters[1]).Flags);

        // Exactly zero after a wrap: int.MinValue + int.MinValue.
        var z = new Plain();
        z.Reset(int.MinValue);
        for (int i = 0; i < 2; i++) z.Add(i == 0 ? int.MinValue : 0);
        Console.WriteLine(z.Total + " " + z.IsZero + " " + z);

        // Fresh stores between updates.
        var p = new Doubling();
        for (int round = 0; round < 3; round++)
        {
            p.Reset(round * 1000000000);
            for (int i = 0; i < 5; i++) p.Add(300000000);
            Console.WriteLine(p.Total + " " + p.Average());
        }

        var t = new Ticker();
        for (int i = 0; i < 4; i++) Console.WriteLine(t.Tick());
    }
}
