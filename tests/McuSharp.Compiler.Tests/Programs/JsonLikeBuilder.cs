using System;
using System.Collections.Generic;
using System.Text;

static class JsonLikeBuilder
{
    static string Escape(string s)
    {
        StringBuilder sb = new StringBuilder();
        foreach (char c in s)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\t': sb.Append("\\t"); break;
                default:
                    if (c < ' ') sb.Append("\\u").Append(((int)c).ToString("x4"));
                    else sb.Append(c);
                    break;
            }
        }
        return sb.ToString();
    }

    static string Number(double d)
    {
        if (double.IsNaN(d) || double.IsInfinity(d)) return "null";
        return d.ToString("R");
    }

    static void Main()
    {
        Dictionary<string, double> readings = new Dictionary<string, double>();
        readings["temp"] = 21.5;
        readings["humidity"] = 0.1 + 0.2;
        readings["pressure"] = 1013;
        readings["broken"] = double.NaN;
        readings["tiny"] = 1e-7;
        StringBuilder json = new StringBuilder("{");
        bool first = true;
        foreach (KeyValuePair<string, double> kv in readings)
        {
            if (!first) json.Append(',');
            first = false;
            json.Append('"').Append(Escape(kv.Key)).Append("\":").Append(Number(kv.Value));
        }
        json.Append(",\"note\":\"").Append(Escape("line1\nline2\t\"quoted\" \\ \u0001")).Append("\"");
        json.Append(",\"ok\":").Append(true.ToString().ToLower());
        json.Append(",\"ids\":[");
        int[] ids = { 3, -1, 2147483647 };
        for (int i = 0; i < ids.Length; i++) json.Append(i > 0 ? "," : "").Append(ids[i]);
        json.Append("]}");
        Console.WriteLine(json.ToString());
        Console.WriteLine(json.Length);
    }
}
