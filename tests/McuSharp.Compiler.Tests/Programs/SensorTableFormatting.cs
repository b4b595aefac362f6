using System;

static class SensorTableFormatting
{
    static string[] names = { "temp", "humidity", "pressure", "co2", "lux" };
    static double[] readings = { 21.456, 45.0, 1013.25, 412, 0.5 };
    static string[] units = { "C", "%", "hPa", "ppm", "lx" };

    static void Main()
    {
        Console.WriteLine($"{"Sensor",-10}|{"Value",10}|{"Unit",-5}|{"Raw",6}");
        Console.WriteLine(new string('-', 10) + "+" + new string('-', 10) + "+" + new string('-', 5) + "+" + new string('-', 6));
        for (int i = 0; i < names.Length; i++)
        {
            int raw = (int)(readings[i] * 16);
            Console.WriteLine($"{names[i],-10}|{readings[i],10:F2}|{units[i],-5}|{raw,6:X}");
        }
        double sum = 0, min = double.MaxValue, max = double.MinValue;
        foreach (double r in readings)
        {
            sum += r;
            if (r < min) min = r;
            if (r > max) max = r;
        }
        Console.WriteLine(string.Format("{0,-10}|{1,10:F3}|", "mean", sum / readings.Length));
        Console.WriteLine(string.Format("{0,-10}|{1,10:E2}|", "max", max));
        Console.WriteLine(string.Format("{0,-10}|{1,10:G}|", "min", min));
        Console.WriteLine(string.Format("{0,-10}|{1,10:N1}|", "sum", sum));
        Console.WriteLine(string.Format("{0,-10}|{1,10:P0}|", "ratio", min / max));
        int[] samples = { 512, -3, 1023, 0, 77 };
        foreach (int s in samples)
        {
            double volts = s * 3.3 / 1023;
            Console.WriteLine($"adc {s,5:D4} -> {volts,7:F3} V {(volts > 1.65 ? "HIGH" : "low"),-4}|");
        }
        Console.WriteLine($"{"end",5}{"",3}|{42,-4}|{-42,4}|{0.5,6:0.00}|{1234567,12:N0}|");
    }
}
