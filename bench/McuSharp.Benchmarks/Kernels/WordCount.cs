// Dictionary word counting: split a text into words and count each word, then summarize the counts.
namespace Bench;

public static class WordCount
{
    private const string Text =
        "the sensor reads the temperature and the humidity every second and the board sends the readings " +
        "to the server when the network is up if the network is down the board keeps the readings in a " +
        "buffer and retries later the server stores every reading with a timestamp and the dashboard shows " +
        "the last hour of readings for each sensor a red light means the sensor did not report in time " +
        "and a green light means the sensor is fine the user can reset a sensor from the dashboard";

    private const int Rounds = 600;

    public static void Main()
    {
        var counts = new Dictionary<string, int>();
        for (int r = 0; r < Rounds; r++)
        {
            foreach (string word in Text.Split(' '))
            {
                if (counts.ContainsKey(word)) counts[word]++;
                else counts[word] = 1;
            }
        }

        int weighted = 0;
        int best = 0;
        string bestWord = "";
        foreach (var pair in counts)
        {
            weighted += pair.Value * pair.Key.Length;
            if (pair.Value > best)
            {
                best = pair.Value;
                bestWord = pair.Key;
            }
        }
        Console.WriteLine("distinct: " + counts.Count + ", weighted: " + weighted + ", top: " + bestWord + " " + best);
    }
}
