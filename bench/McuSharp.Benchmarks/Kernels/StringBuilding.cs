// String building: assemble a CSV-like report with StringBuilder, then check its length and a few characters.
using System.Text;

namespace Bench;

public static class StringBuilding
{
    private const int Rows = 4000;

    private static string BuildReport(int rows)
    {
        var sb = new StringBuilder();
        sb.Append("id,name,value\n");
        for (int i = 0; i < rows; i++)
        {
            sb.Append(i);
            sb.Append(',');
            sb.Append("sensor");
            sb.Append(i % 16);
            sb.Append(',');
            sb.Append(i * 37 % 1000);
            sb.Append('\n');
        }
        return sb.ToString();
    }

    public static void Main()
    {
        int length = 0;
        int checksum = 0;
        for (int r = 0; r < 5; r++)
        {
            string report = BuildReport(Rows + r);
            length += report.Length;
            checksum += report[report.Length / 2] + report[report.Length - 2];
        }
        Console.WriteLine("length: " + length + ", checksum: " + checksum);
    }
}
