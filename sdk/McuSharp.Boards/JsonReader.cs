using System.Globalization;
using System.Text;

namespace McuSharp.Boards;

/// <summary>
/// A small JSON reader (objects, arrays, strings, numbers, true/false/null) so that this netstandard2.0 assembly
/// needs no package: analyzers load it inside compilers and IDEs, where extra dependencies conflict.
/// Objects become <see cref="Dictionary{TKey,TValue}"/> (string to value), arrays <see cref="List{T}"/>,
/// numbers <see cref="long"/> or <see cref="double"/>, null <c>null</c>.
/// </summary>
internal sealed class JsonReader
{
    private readonly string _text;
    private int _at;

    private JsonReader(string text) => _text = text;

    /// <exception cref="FormatException">The text is not one JSON value; the message names the line.</exception>
    public static object? Parse(string text)
    {
        var reader = new JsonReader(text);
        var value = reader.ReadValue();
        reader.SkipWhitespace();
        if (reader._at < text.Length) throw reader.Error("text after the end of the JSON value");
        return value;
    }

    private object? ReadValue()
    {
        SkipWhitespace();
        if (_at >= _text.Length) throw Error("unexpected end of the text");
        switch (_text[_at])
        {
            case '{': return ReadObject();
            case '[': return ReadArray();
            case '"': return ReadString();
            case 't': return ReadWord("true", true);
            case 'f': return ReadWord("false", false);
            case 'n': return ReadWord("null", null);
            default: return ReadNumber();
        }
    }

    private Dictionary<string, object?> ReadObject()
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        _at++;
        SkipWhitespace();
        if (Peek() == '}') { _at++; return result; }
        while (true)
        {
            SkipWhitespace();
            if (Peek() != '"') throw Error("expected a property name in double quotes");
            var name = ReadString();
            if (result.ContainsKey(name)) throw Error($"duplicate property '{name}'");
            Expect(':');
            result[name] = ReadValue();
            SkipWhitespace();
            if (Peek() == ',') { _at++; continue; }
            Expect('}');
            return result;
        }
    }

    private List<object?> ReadArray()
    {
        var result = new List<object?>();
        _at++;
        SkipWhitespace();
        if (Peek() == ']') { _at++; return result; }
        while (true)
        {
            result.Add(ReadValue());
            SkipWhitespace();
            if (Peek() == ',') { _at++; continue; }
            Expect(']');
            return result;
        }
    }

    private string ReadString()
    {
        var text = new StringBuilder();
        _at++;
        while (true)
        {
            if (_at >= _text.Length) throw Error("unterminated string");
            var c = _text[_at++];
            if (c == '"') return text.ToString();
            if (c < ' ') throw Error("control character in a string");
            if (c != '\\') { text.Append(c); continue; }
            if (_at >= _text.Length) throw Error("unterminated string");
            var escape = _text[_at++];
            switch (escape)
            {
                case '"': case '\\': case '/': text.Append(escape); break;
                case 'b': text.Append('\b'); break;
                case 'f': text.Append('\f'); break;
                case 'n': text.Append('\n'); break;
                case 'r': text.Append('\r'); break;
                case 't': text.Append('\t'); break;
                case 'u':
                    if (_at + 4 > _text.Length || !int.TryParse(_text.Substring(_at, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code))
                        throw Error("bad \\u escape");
                    text.Append((char)code);
                    _at += 4;
                    break;
                default: throw Error($"unknown escape '\\{escape}'");
            }
        }
    }

    private object ReadNumber()
    {
        var start = _at;
        while (_at < _text.Length && "+-0123456789.eE".IndexOf(_text[_at]) >= 0) _at++;
        var token = _text.Substring(start, _at - start);
        if (long.TryParse(token, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer)) return integer;
        if (token.Length > 0 && double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out var real)) return real;
        _at = start;
        throw Error("expected a value");
    }

    private object? ReadWord(string word, object? value)
    {
        if (string.CompareOrdinal(_text, _at, word, 0, word.Length) != 0) throw Error("expected a value");
        _at += word.Length;
        return value;
    }

    private void Expect(char c)
    {
        SkipWhitespace();
        if (Peek() != c) throw Error($"expected '{c}'");
        _at++;
    }

    private char Peek() => _at < _text.Length ? _text[_at] : '\0';

    private void SkipWhitespace()
    {
        while (_at < _text.Length && char.IsWhiteSpace(_text[_at])) _at++;
    }

    private FormatException Error(string problem)
    {
        var line = 1;
        for (var i = 0; i < _at && i < _text.Length; i++)
            if (_text[i] == '\n') line++;
        return new FormatException($"line {line}: {problem}");
    }
}
