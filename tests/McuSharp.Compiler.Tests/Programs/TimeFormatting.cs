using System;

static class TimeFormatting
{
    static string Hms(long totalSeconds)
    {
        bool negative = totalSeconds < 0;
        long t = negative ? -totalSeconds : totalSeconds;
        long days = t / 86400;
        long hours = t % 86400 / 3600;
        long minutes = t % 3600 / 60;
        long seconds = t % 60;
        string s = (negative ? "-" : "") + (days > 0 ? days + "d " : "") + hours.ToString("D2") + ":" + minutes.ToString("D2") + ":" + seconds.ToString("D2");
        return s;
    }

    static string Uptime(int millis)
    {
        return $"{millis / 3600000}h{millis / 60000 % 60:D2}m{millis / 1000 % 60:D2}.{millis % 1000:D3}s";
    }

    static bool IsLeap(int year) { return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0); }

    static int DayOfYear(int year, int month, int day)
    {
        int[] days = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
        int n = day;
        for (int m = 0; m < month - 1; m++) n += days[m];
        if (month > 2 && IsLeap(year)) n++;
        return n;
    }

    static void Main()
    {
        long[] samples = { 0, 59, 60, 3599, 3600, 86399, 86400, 90061, -3661, 1234567, long.MaxValue / 1000000 };
        foreach (long s in samples) Console.WriteLine(s + " -> " + Hms(s));
        int[] millis = { 0, 999, 1000, 61001, 3600000, 86399999, int.MaxValue };
        foreach (int m in millis) Console.WriteLine(Uptime(m));
        int[] years = { 1900, 2000, 2023, 2024, 2100 };
        foreach (int y in years) Console.Write(y + ":" + IsLeap(y) + ":" + DayOfYear(y, 12, 31) + " ");
        Console.WriteLine();
        Console.WriteLine(DayOfYear(2024, 3, 1) + " " + DayOfYear(2023, 3, 1));
        int ticks = -7;
        Console.WriteLine(ticks / 4 + " " + ticks % 4 + " " + (ticks % 4 + 4) % 4);
    }
}
