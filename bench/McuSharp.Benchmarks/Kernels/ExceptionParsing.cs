// Exception-heavy parsing: configuration lines where many values are malformed; int.Parse throws and the
// caller catches, counts and falls back, with a custom exception for out-of-range settings.
namespace Bench;

public sealed class SettingException : Exception
{
    public SettingException(string key, int value) : base("setting " + key + " out of range: " + value) { Key = key; }
    public string Key { get; }
}

public static class ExceptionParsing
{
    private const int Rounds = 300;

    private static readonly string[] Lines =
    {
        "interval=30", "retries=x3", "port=8080", "timeout=", "level=7", "gain=-4", "baud=115200",
        "offset=12a", "limit=999999", "count=42", "mode=fast", "threshold=65", "window=-1", "delay=250",
    };

    private static int ParseSetting(string line)
    {
        int eq = line.IndexOf('=');
        string key = line.Substring(0, eq);
        int value = int.Parse(line.Substring(eq + 1));
        if (value < 0 || value > 100000) throw new SettingException(key, value);
        return value;
    }

    public static void Main()
    {
        int total = 0;
        int malformed = 0;
        int outOfRange = 0;
        string lastError = "";
        for (int r = 0; r < Rounds; r++)
        {
            foreach (string line in Lines)
            {
                try
                {
                    total += ParseSetting(line);
                }
                catch (FormatException)
                {
                    malformed++;
                }
                catch (SettingException e)
                {
                    outOfRange++;
                    lastError = e.Message;
                }
            }
        }
        Console.WriteLine("total: " + total + ", malformed: " + malformed + ", out of range: " + outOfRange + ", last: " + lastError);
    }
}
