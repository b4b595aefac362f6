using System;

// Auto, private-set, init-only, computed and static properties; an indexer with its own bounds check.
sealed class Buffer
{
    private readonly byte[] _data;
    private static int _created;

    public Buffer(int size) { _data = new byte[size]; Id = ++_created; }

    public static int Created => _created;
    public int Id { get; }
    public int Writes { get; private set; }
    public string Label { get; init; } = "buffer";
    public int Size => _data.Length;
    public bool IsEmpty => Writes == 0;

    public byte this[int index]
    {
        get
        {
            if (index < 0 || index >= _data.Length) throw new ArgumentOutOfRangeException(nameof(index), "index " + index + " outside 0.." + (_data.Length - 1));
            return _data[index];
        }
        set
        {
            _data[index] = value;
            Writes++;
        }
    }

    public int Sum(int from, int to)
    {
        int s = 0;
        for (int i = from; i < to; i++) s += _data[i];
        return s;
    }
}

static class PropertiesAndIndexers
{
    static void Main()
    {
        var a = new Buffer(4) { Label = "rx" };
        var b = new Buffer(2);
        a[0] = 200;
        a[1] = 100;
        a[3] += 7;
        a[3]++;
        Console.WriteLine(a.Label + " " + a.Id + " " + a.Size + " " + a.Writes + " " + a.IsEmpty + " " + a[0] + " " + a[3] + " " + a.Sum(0, 4));
        Console.WriteLine(b.Label + " " + b.Id + " " + b.IsEmpty + " " + Buffer.Created);
        try { Console.WriteLine(a[4]); }
        catch (ArgumentOutOfRangeException e) { Console.WriteLine(e.ParamName + ": " + e.Message); }
        try { b[5] = 1; }
        catch (IndexOutOfRangeException e) { Console.WriteLine(e.Message + " writes " + b.Writes); }
        a[2] = (byte)(a[0] + a[1]);
        Console.WriteLine(a[2] + " " + a.Writes);
    }
}
