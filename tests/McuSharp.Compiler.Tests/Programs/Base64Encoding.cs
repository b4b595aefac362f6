using System;
using System.Text;

static class Base64Encoding
{
    const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    static string Encode(byte[] data)
    {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < data.Length; i += 3)
        {
            int b0 = data[i];
            int b1 = i + 1 < data.Length ? data[i + 1] : 0;
            int b2 = i + 2 < data.Length ? data[i + 2] : 0;
            int triple = (b0 << 16) | (b1 << 8) | b2;
            sb.Append(Alphabet[(triple >> 18) & 63]);
            sb.Append(Alphabet[(triple >> 12) & 63]);
            sb.Append(i + 1 < data.Length ? Alphabet[(triple >> 6) & 63] : '=');
            sb.Append(i + 2 < data.Length ? Alphabet[triple & 63] : '=');
        }
        return sb.ToString();
    }

    static byte[] Decode(string s)
    {
        int padding = s.EndsWith("==") ? 2 : s.EndsWith("=") ? 1 : 0;
        byte[] result = new byte[s.Length / 4 * 3 - padding];
        int o = 0;
        for (int i = 0; i < s.Length; i += 4)
        {
            int n = 0;
            for (int k = 0; k < 4; k++)
            {
                char c = s[i + k];
                n = (n << 6) | (c == '=' ? 0 : Alphabet.IndexOf(c));
            }
            for (int k = 2; k >= 0; k--)
            {
                if (o < result.Length && 2 - k < 3) { }
            }
            if (o < result.Length) result[o++] = (byte)(n >> 16);
            if (o < result.Length) result[o++] = (byte)(n >> 8);
            if (o < result.Length) result[o++] = (byte)n;
        }
        return result;
    }

    static byte[] Ascii(string s)
    {
        byte[] b = new byte[s.Length];
        for (int i = 0; i < s.Length; i++) b[i] = (byte)s[i];
        return b;
    }

    static void Main()
    {
        string[] inputs = { "", "f", "fo", "foo", "foob", "fooba", "foobar", "Many hands make light work.", "user:pa55w0rd" };
        foreach (string s in inputs)
        {
            string enc = Encode(Ascii(s));
            byte[] dec = Decode(enc);
            string back = "";
            foreach (byte b in dec) back += (char)b;
            Console.WriteLine("[" + s + "] -> " + enc + " -> [" + back + "] " + (back == s));
        }
        byte[] binary = { 0, 255, 128, 1, 254, 127 };
        Console.WriteLine(Encode(binary));
        Console.WriteLine(string.Join(",", Decode(Encode(binary))));
    }
}
