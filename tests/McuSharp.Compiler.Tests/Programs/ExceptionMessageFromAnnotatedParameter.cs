using System;

// The everyday exception class: `(string message) : base(message)`. With no nullable warnings in the program the
// message is never null, so the device's classes need no default messages; the texts, types and catches are .NET's.
sealed class ConfigError : Exception
{
    public ConfigError(string message) : base(message) { }
}

sealed class SensorError : Exception
{
    public SensorError(string sensor, int code) : base(Describe(sensor, code)) => Sensor = sensor;
    public string Sensor { get; }
    private static string Describe(string sensor, int code) => sensor + " failed with " + code;
}

static class Program
{
    static void Check(int step)
    {
        if (step == 1) throw new ConfigError("missing ssid");
        if (step == 2) throw new SensorError("bme280", -5);
        if (step == 3) throw new ConfigError("");
        Console.WriteLine("step " + step + " ok");
    }

    static void Main()
    {
        for (int step = 0; step < 4; step++)
        {
            try { Check(step); }
            catch (SensorError e) { Console.WriteLine(e.Sensor + ": " + e.Message); }
            catch (Exception e) { Console.WriteLine(e.GetType().Name + " [" + e.Message + "]"); }
        }
    }
}
