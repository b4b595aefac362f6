// A class hierarchy with virtual calls: sensors of three kinds behind an abstract base and an interface,
// sampled many times, with readings scaled by a virtual method and summarized through the interface.
namespace Bench;

public interface IReport
{
    int Score();
}

public abstract class Sensor : IReport
{
    private int _sum;
    private int _count;

    protected Sensor(int id) { Id = id; }

    public int Id { get; }

    public abstract int Read(int tick);

    public virtual int Scale(int raw) => raw;

    public void Sample(int tick)
    {
        _sum += Scale(Read(tick));
        _count++;
    }

    public virtual int Score() => _count == 0 ? 0 : _sum / _count;
}

public sealed class Thermometer : Sensor
{
    private readonly int _offset;
    public Thermometer(int id, int offset) : base(id) { _offset = offset; }
    public override int Read(int tick) => 200 + (tick * 7 + Id) % 50 + _offset;
    public override int Scale(int raw) => raw * 9 / 5 + 320;
}

public sealed class Hygrometer : Sensor
{
    public Hygrometer(int id) : base(id) { }
    public override int Read(int tick) => (tick * 13 + Id * 3) % 100;
}

public class Counter : Sensor
{
    private int _pulses;
    public Counter(int id) : base(id) { }
    public override int Read(int tick)
    {
        if (tick % 3 == Id % 3) _pulses++;
        return _pulses;
    }
    public override int Score() => base.Score() + _pulses;
}

public static class ClassHierarchy
{
    private const int Ticks = 900;

    public static void Main()
    {
        var sensors = new List<Sensor>();
        for (int i = 0; i < 12; i++)
        {
            if (i % 3 == 0) sensors.Add(new Thermometer(i, i - 6));
            else if (i % 3 == 1) sensors.Add(new Hygrometer(i));
            else sensors.Add(new Counter(i));
        }
        for (int tick = 0; tick < Ticks; tick++)
        {
            foreach (Sensor s in sensors) s.Sample(tick);
        }
        int total = 0;
        foreach (IReport report in sensors) total += report.Score();
        Console.WriteLine("sensors: " + sensors.Count + ", first: " + sensors[0].Score() + ", last: " + sensors[11].Score() + ", total: " + total);
    }
}
