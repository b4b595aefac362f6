namespace McuSharp.Deploy;

/// <summary>Replaces secret values (Wi-Fi passwords, API keys) with a marker in anything McuSharp prints.</summary>
public sealed class Redactor
{
    private readonly List<string> _secrets = new();

    public void Add(string secret)
    {
        if (secret.Length >= 4 && !_secrets.Contains(secret)) _secrets.Add(secret);
    }

    /// <summary>Every string literal of a Python module (config.py) counts as a secret.</summary>
    public void AddLiteralsOf(string pythonSource)
    {
        foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(pythonSource, "\"([^\"\\\\\\n]*)\"|'([^'\\\\\\n]*)'"))
            Add(m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value);
    }

    public string Apply(string text)
    {
        foreach (var secret in _secrets.OrderByDescending(s => s.Length)) text = text.Replace(secret, "[secret]", StringComparison.Ordinal);
        return text;
    }
}
