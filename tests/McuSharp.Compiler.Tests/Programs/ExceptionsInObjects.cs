using System;
using System.Collections.Generic;

// Exceptions thrown from constructors, property getters, indexers and overrides, with inner exceptions and
// finally blocks that run in order.
class ConfigException : Exception
{
    public ConfigException(string message, Exception? inner = null) : base(message, inner) { }
}

sealed class Setting
{
    private readonly Dictionary<string, int> _values = new Dictionary<string, int>();

    public Setting(string text)
    {
        if (text.Length == 0) throw new ConfigException("empty setting");
        foreach (var part in text.Split(';'))
        {
            int eq = part.IndexOf('=');
            try
            {
                _values[part.Substring(0, eq)] = int.Parse(part.Substring(eq + 1));
            }
            catch (FormatException e)
            {
                throw new ConfigException("bad value in '" + part + "'", e);
            }
            catch (ArgumentOutOfRangeException e)
            {
                throw new ConfigException("no '=' in '" + part + "'", e);
            }
        }
    }

    public int this[string key] => _values.TryGetValue(key, out int v) ? v : throw new KeyNotFoundException("no setting " + key);

    public int Port
    {
        get
        {
            int p = this["port"];
            if (p <= 0) throw new InvalidOperationException("port must be positive, not " + p);
            return p;
        }
    }
}

static class ExceptionsInObjects
{
    static void Load(string text)
    {
        Console.Write("[" + text + "] ");
        try
        {
            var s = new Setting(text);
            Console.Write("port " + s.Port);
            Console.Write(" retries " + s["retries"]);
        }
        catch (ConfigException e) when (e.InnerException != null)
        {
            Console.Write("config: " + e.Message + " (inner " + e.InnerException.GetType().Name + ")");
        }
        catch (ConfigException e)
        {
            Console.Write("config: " + e.Message);
        }
        catch (Exception e)
        {
            Console.Write(e.GetType().Name + ": " + e.Message);
        }
        finally
        {
            Console.WriteLine(" | done");
        }
    }

    static void Main()
    {
        Load("port=80;retries=3");
        Load("port=80");
        Load("port=-1");
        Load("port=x");
        Load("port");
        Load("");
    }
}
