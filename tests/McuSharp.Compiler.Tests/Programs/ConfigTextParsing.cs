using System;
using System.Collections.Generic;

static class ConfigTextParsing
{
    static Dictionary<string, string> Parse(string text)
    {
        Dictionary<string, string> result = new Dictionary<string, string>();
        foreach (string rawEntry in text.Split(';'))
        {
            string entry = rawEntry.Trim();
            if (entry.Length == 0 || entry.StartsWith("#")) continue;
            int eq = entry.IndexOf('=');
            if (eq < 0)
            {
                Console.WriteLine("skipping [" + entry + "]");
                continue;
            }
            string key = entry.Substring(0, eq).Trim().ToLower();
            string value = entry.Substring(eq + 1).Trim();
            if (value.Length >= 2 && value[0] == '"' && value[value.Length - 1] == '"') value = value.Substring(1, value.Length - 2);
            result[key] = value;
        }
        return result;
    }

    static int GetInt(Dictionary<string, string> cfg, string key, int fallback)
    {
        if (!cfg.ContainsKey(key)) return fallback;
        string v = cfg[key];
        bool negative = v.StartsWith("-");
        int start = negative ? 1 : 0;
        if (v.Length == start) return fallback;
        int n = 0;
        for (int i = start; i < v.Length; i++)
        {
            if (!char.IsDigit(v[i])) return fallback;
            n = n * 10 + (v[i] - '0');
        }
        return negative ? -n : n;
    }

    static bool GetBool(Dictionary<string, string> cfg, string key)
    {
        if (!cfg.ContainsKey(key)) return false;
        string v = cfg[key].ToLower();
        return v == "true" || v == "1" || v == "yes" || v == "on";
    }

    static void Main()
    {
        string text = " SSID = \"Home Net\" ; password=s3cr=t;port=8080; # comment=ignored ;debug=Yes;;timeout=-15; retries = x9; brokenentry ; Interval=0030 ";
        Dictionary<string, string> cfg = Parse(text);
        foreach (KeyValuePair<string, string> kv in cfg) Console.WriteLine($"[{kv.Key}] = [{kv.Value}]");
        Console.WriteLine("port " + GetInt(cfg, "port", 80));
        Console.WriteLine("timeout " + GetInt(cfg, "timeout", 10));
        Console.WriteLine("retries " + GetInt(cfg, "retries", 3));
        Console.WriteLine("interval " + GetInt(cfg, "interval", 60));
        Console.WriteLine("missing " + GetInt(cfg, "missing", -1));
        Console.WriteLine("debug " + GetBool(cfg, "debug") + " verbose " + GetBool(cfg, "verbose"));
        Console.WriteLine("password has = : " + cfg["password"].Contains("="));
        string query = "temp=21.5&hum=40&&unit=C&flag";
        foreach (string pair in query.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            string[] kv = pair.Split('=');
            Console.WriteLine(kv.Length == 2 ? kv[0] + " => " + kv[1] : kv[0] + " (no value)");
        }
    }
}
