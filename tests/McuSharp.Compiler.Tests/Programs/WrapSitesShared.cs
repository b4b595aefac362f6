using System;

// Many wrapping sites in one program (the rebuild after an overflow becomes one shared helper): int and long,
// in fields, locals, returns and arguments, each overflowing in both directions.
class Accumulator
{
    private int _sum;
    private long _wide;
    public void Add(int x, long y) { _sum += x; _wide += y; }
    public int Sum => _sum;
    public long Wide => _wide;
    public int Twice() => _sum * 2;
    public long Square() => _wide * _wide;
}

static class Program
{
    static int Mix(int a, int b) => a * 31 + b;
    static long MixLong(long a, long b) => a * 1000003 + b;

    static void Main()
    {
        var acc = new Accumulator();
        acc.Add(int.MaxValue, long.MaxValue);
        acc.Add(1, 1);
        Console.WriteLine(acc.Sum + " " + acc.Wide + " " + acc.Twice() + " " + acc.Square());
        acc.Add(-2, -2);
        Console.WriteLine(acc.Sum + " " + acc.Wide + " " + acc.Twice() + " " + acc.Square());
        int h = 17;
        long g = 17;
        for (int i = 0; i < 40; i++) { h = Mix(h, i); g = MixLong(g, i); }
        Console.WriteLine(h + " " + g + " " + Mix(int.MinValue, -1) + " " + MixLong(long.MinValue, -1));
        Console.WriteLine(int.MinValue / -2 + " " + (h / (h % 7 - 3)) + " " + (h % (h % 5 - 2)));
    }
}
