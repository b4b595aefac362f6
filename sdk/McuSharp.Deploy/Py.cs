using System.Text;

namespace McuSharp.Deploy;

/// <summary>Python literals for the commands McuSharp sends, and the bytes literals the board prints back.</summary>
internal static class Py
{
    /// <summary>A Python str literal.</summary>
    public static string Str(string value)
    {
        var text = new StringBuilder("'");
        foreach (var c in value)
            text.Append(c switch { '\\' => "\\\\", '\'' => "\\'", '\n' => "\\n", '\r' => "\\r", < ' ' => $"\\x{(int)c:x2}", _ => c.ToString() });
        return text.Append('\'').ToString();
    }

    /// <summary>A bytes literal for as many bytes from <paramref name="at"/> as fit in <paramref name="budget"/> characters.</summary>
    public static (string Expression, int Count) BytesChunk(byte[] data, int at, int budget)
    {
        var text = new StringBuilder("b'");
        var i = at;
        while (i < data.Length && text.Length < budget - 48)
        {
            var b = data[i++];
            text.Append(b switch
            {
                (byte)'\\' => "\\\\", (byte)'\'' => "\\'", (byte)'\n' => "\\n", (byte)'\r' => "\\r", (byte)'\t' => "\\t",
                >= 0x20 and < 0x7f => ((char)b).ToString(),
                _ => $"\\x{b:x2}",
            });
        }
        return (text.Append('\'').ToString(), i - at);
    }

    /// <summary>A base64 decode call for as many bytes from <paramref name="at"/> as fit in <paramref name="budget"/> characters.</summary>
    public static (string Expression, int Count) Base64Chunk(byte[] data, int at, int budget)
    {
        var count = Math.Min(data.Length - at, Math.Max(3, (budget - 64) / 4 * 3));
        return ($"_ba.a2b_base64('{Convert.ToBase64String(data, at, count)}')", count);
    }

    /// <summary>Parses what MicroPython's repr() of a bytes object prints: b'...' or b"..." with \\, \n, \r, \t, \xNN escapes.</summary>
    public static byte[] ParseBytes(string literal)
    {
        if (literal.Length < 3 || literal[0] != 'b' || (literal[1] != '\'' && literal[1] != '"') || literal[^1] != literal[1])
            throw new DeployException(DeployErrors.BoardError, $"The board printed {literal} where a bytes literal was expected.", transient: true);
        var bytes = new List<byte>();
        for (var i = 2; i < literal.Length - 1; i++)
        {
            var c = literal[i];
            if (c != '\\') { bytes.Add((byte)c); continue; }
            var e = literal[++i];
            switch (e)
            {
                case 'n': bytes.Add((byte)'\n'); break;
                case 'r': bytes.Add((byte)'\r'); break;
                case 't': bytes.Add((byte)'\t'); break;
                case 'x': bytes.Add(Convert.ToByte(literal.Substring(i + 1, 2), 16)); i += 2; break;
                default: bytes.Add((byte)e); break;
            }
        }
        return bytes.ToArray();
    }
}

/// <summary>
/// The stream helper's frames: 4 hex digits of escaped length, 4 of the payload's byte sum (mod 65536), then the
/// bytes with ESC as ESC E and Ctrl-C as ESC C. A frame that lost a byte fails its sum on the board.
/// </summary>
internal static class Frames
{
    public const int HeaderLength = 8;
    public static readonly byte[] End = "00000000"u8.ToArray();

    public static IEnumerable<(byte[] Frame, int PayloadBytes)> Build(byte[] payload, int limit)
    {
        var frame = new List<byte>(limit);
        int count = 0, sum = 0;
        foreach (var b in payload)
        {
            var width = b is 0x1b or 0x03 ? 2 : 1;
            if (frame.Count + width > limit)
            {
                yield return (Close(frame, sum), count);
                frame.Clear();
                count = sum = 0;
            }
            if (b is 0x1b or 0x03) frame.AddRange([0x1b, b == 0x1b ? (byte)'E' : (byte)'C']);
            else frame.Add(b);
            count++;
            sum = (sum + b) & 0xffff;
        }
        if (count > 0) yield return (Close(frame, sum), count);
    }

    private static byte[] Close(List<byte> frame, int sum) => [.. Encoding.ASCII.GetBytes($"{frame.Count:x4}{sum:x4}"), .. frame];
}

/// <summary>The host's side of the board's checks and compression.</summary>
public static class Checksums
{
    /// <summary>Adler-32 printed as the board's fallback hash prints it: sum high, then sum low, 4 hex digits each.</summary>
    public static string Adler32Hex(ReadOnlySpan<byte> data)
    {
        int a = 1, s = 0;
        foreach (var b in data)
        {
            a = (a + b) % 65521;
            s = (s + a) % 65521;
        }
        return $"{s:x4}{a:x4}";
    }

    /// <summary>Raw deflate (no zlib header), as deflate.DeflateIO(stream, deflate.RAW, wbits) reads it.</summary>
    public static byte[] Deflate(byte[] data)
    {
        using var output = new MemoryStream();
        using (var deflate = new System.IO.Compression.DeflateStream(output, System.IO.Compression.CompressionLevel.SmallestSize, leaveOpen: true))
            deflate.Write(data);
        return output.ToArray();
    }
}
