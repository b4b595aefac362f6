using System;
using System.Collections.Generic;

// Device-style configuration parsing: each line is "key=value"; bad numbers, numbers out of range, missing keys and
// unknown keys are reported with the exception's message and the parse goes on; a required key missing at the end
// is an error the caller handles.
static class ExceptionConfigParsing
{
    static Dictionary<string, int> Parse(string[] lines, List<string> errors)
    {
        var config = new Dictionary<string, int>();
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i];
            try
            {
                int eq = line.IndexOf('=');
                if (eq < 0) throw new FormatException("line " + (i + 1) + " has no '='");
                string key = line.Substring(0, eq).Trim();
                if (key.Length == 0) throw new ArgumentException("empty key", "line" + (i + 1));
                int value = int.Parse(line.Substring(eq + 1));
                if (key == "port" && (value < 1 || value > 65535)) throw new ArgumentOutOfRangeException(key, value, "not a port");
                config.Add(key, value);
            }
            catch (FormatException e)
            {
                errors.Add("format: " + e.Message);
            }
            catch (OverflowException e)
            {
                errors.Add("overflow: " + e.Message);
            }
            catch (ArgumentOutOfRangeException e)
            {
                errors.Add("range: " + e.Message.Replace("\n", " / "));
            }
            catch (ArgumentException e)
            {
                errors.Add("argument: " + e.Message);
            }
        }
        return config;
    }

    static int Required(Dictionary<string, int> config, string key)
    {
        try
        {
            return config[key];
        }
        catch (KeyNotFoundException e)
        {
            throw new InvalidOperationException("required setting '" + key + "' is missing", e);
        }
    }

    static void Main()
    {
        string[] lines =
        {
            "port = 8080", "baud=115200", "retries=three", "timeout", "=5", "port=70000", "big=4294967296",
            "retries= 3 ", "baud=9600", "  level=-2",
        };
        var errors = new List<string>();
        var config = Parse(lines, errors);
        foreach (var pair in config) Console.WriteLine(pair.Key + " -> " + pair.Value);
        foreach (string error in errors) Console.WriteLine(error);
        try
        {
            Console.WriteLine("port " + Required(config, "port") + ", retries " + Required(config, "retries"));
            Console.WriteLine("host " + Required(config, "host"));
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine(e.Message + " (" + e.InnerException.Message + ")");
        }
    }
}
