// A device-side LINQ pipeline: a buffer of sensor readings is filtered (valid, above the noise floor), calibrated,
// summed and maximized, counted per condition, and the hottest few are picked by ordering (ties by sensor id).
namespace Bench;

public sealed class Reading
{
    public Reading(int sensor, int raw, bool valid) { Sensor = sensor; Raw = raw; Valid = valid; }
    public int Sensor { get; }
    public int Raw { get; }
    public bool Valid { get; }
}

public static class LinqPipeline
{
    private const int Rounds = 40;

    public static void Main()
    {
        var readings = new List<Reading>();
        for (int i = 0; i < 240; i++) readings.Add(new Reading(i % 8, (i * 37 + 11) % 1000, i % 13 != 0));
        long checksum = 0;
        int top = 0;
        for (int round = 0; round < Rounds; round++)
        {
            int offset = round % 7;
            int total = readings.Where(r => r.Valid && r.Raw > 100).Select(r => r.Raw * 3 / 2 + offset).Sum();
            int peak = readings.Where(r => r.Valid).Select(r => r.Raw + offset).Max();
            int valid = readings.Count(r => r.Valid);
            bool alarm = readings.Any(r => r.Raw > 990 - offset);
            foreach (var id in readings.Where(r => r.Valid).OrderByDescending(r => r.Raw).ThenBy(r => r.Sensor).Take(5).Select(r => r.Sensor * 1000 + r.Raw))
                top += id % 97;
            checksum += total + valid * 3 + peak + (alarm ? 1 : 0);
        }
        Console.WriteLine("readings: " + readings.Count + ", checksum: " + checksum + ", top: " + top);
    }
}
