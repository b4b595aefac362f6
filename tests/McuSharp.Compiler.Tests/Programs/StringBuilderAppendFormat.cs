// StringBuilder.AppendFormat: the composite format of string.Format (alignment, format specifiers), chained.
using System;
using System.Text;
static class Program
{
    static void Main()
    {
        var sb = new StringBuilder();
        sb.AppendFormat("{0}-{1:D2}", "x", 5).Append('!', 2).AppendLine().Append(3.5);
        sb.AppendFormat("[{0,4}|{1,-4}|{2:F1}]", 7, "ab", 2.25);
        sb.AppendFormat("{0}{1}{2}{3}", 1, 2, 3, 4);
        Console.WriteLine(sb.ToString().Replace("\n", "\\n") + " " + sb.Length);
    }
}
