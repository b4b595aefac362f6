using System.Globalization;
using System.Text;

namespace McuSharp.Benchmarks;

/// <summary>
/// A large C# program for the compiler-throughput measurement: many static methods whose bodies cycle through
/// varied statements of the supported subset (arithmetic with wraparound, loops, switch, strings, interpolation
/// with format specifiers, arrays, List, Dictionary, StringBuilder, Math, char and uint arithmetic). Deterministic.
/// </summary>
internal static class ThroughputInput
{
    private delegate void Block(StringBuilder sb, int n);

    private static readonly Block[] Blocks =
    [
        (sb, n) => sb.Append(Lines(
            $"int sum{n} = 0;",
            "for (int i = 0; i < count; i++)",
            "{",
            $"    sum{n} += i * {n % 17 + 3} % 7;",
            $"    if (sum{n} > 1000) sum{n} -= 1000;",
            "}",
            $"total += sum{n};")),
        (sb, n) => sb.Append(Lines(
            $"int k{n} = count;",
            $"while (k{n} > 0)",
            "{",
            $"    if (k{n} % 3 == 0) {{ k{n} -= 2; continue; }}",
            $"    if (k{n} == {n % 5 + 1}) break;",
            $"    total ^= k{n} << {n % 4};",
            $"    k{n}--;",
            "}")),
        (sb, n) => sb.Append(Lines(
            $"string s{n} = \"item\" + count + \"-{n}\";",
            $"s{n} = s{n}.Replace(\"item\", \"ITEM\").ToLower();",
            $"if (s{n}.StartsWith(\"it\") && s{n}.Contains(\"-\")) total += s{n}.Length;",
            $"total += s{n}.IndexOf('-') + s{n}.Substring(1, 2).Length;")),
        (sb, n) => sb.Append(Lines(
            $"var list{n} = new List<int> {{ {n % 9}, {n % 7}, count }};",
            $"list{n}.Add(total % 100);",
            $"foreach (int v in list{n}) total += v;",
            $"if (list{n}.Contains({n % 11})) total -= list{n}.Count;")),
        (sb, n) => sb.Append(Lines(
            $"var map{n} = new Dictionary<string, int>();",
            $"map{n}[\"a{n}\"] = count;",
            $"map{n}[\"b\"] = total;",
            $"if (map{n}.ContainsKey(\"b\")) total += map{n}[\"b\"] % 13;",
            $"foreach (var pair in map{n}) total += pair.Key.Length + pair.Value % 5;")),
        (sb, n) => sb.Append(Lines(
            $"switch ((count + {n}) % 5)",
            "{",
            "    case 0:",
            $"        total += {n % 23};",
            "        break;",
            "    case 1:",
            "    case 2:",
            "        total -= 2;",
            "        break;",
            "    case 3:",
            $"        total *= {n % 3 + 2};",
            "        break;",
            "    default:",
            "        total ^= 0x55;",
            "        break;",
            "}")),
        (sb, n) => sb.Append(Lines(
            $"var sb{n} = new StringBuilder();",
            $"for (int i = 0; i < {n % 4 + 2}; i++)",
            "{",
            $"    sb{n}.Append(i);",
            $"    sb{n}.Append(',');",
            "}",
            $"total += sb{n}.ToString().Length;")),
        (sb, n) => sb.Append(Lines(
            $"double d{n} = Math.Sqrt(count + {n % 50}) * 1.5 + Math.Abs(-{n % 7}.25);",
            $"total += (int)Math.Floor(d{n}) + (int)Math.Round(d{n} / 3.0);")),
        (sb, n) => sb.Append(Lines(
            $"string t{n} = $\"v={{count}} h={{total:X4}} n={n}\";",
            $"total += t{n}.Length + string.Format(\"{{0,5}}|{{1:D3}}\", count, {n % 100}).Length;")),
        (sb, n) => sb.Append(Lines(
            $"var arr{n} = new int[{n % 6 + 4}];",
            $"for (int i = 0; i < arr{n}.Length; i++) arr{n}[i] = i * i - {n % 3};",
            $"total += arr{n}[2] + arr{n}[arr{n}.Length - 1];")),
        (sb, n) => sb.Append(Lines(
            $"uint h{n} = 2166136261;",
            $"foreach (char c in \"key{n}\")",
            "{",
            $"    h{n} ^= c;",
            $"    h{n} *= 16777619;",
            "}",
            $"total += (int)(h{n} & 0xFF);")),
        (sb, n) => sb.Append(Lines(
            $"char c{n} = (char)('a' + (count + {n}) % 26);",
            $"if (char.IsLetter(c{n}) && c{n} != 'z') total += c{n} - 'a';",
            $"long big{n} = (long)count * {n + 100000} + total;",
            $"total += (int)(big{n} % 1000);")),
        (sb, n) => sb.Append(Lines(
            $"int m{n} = 0;",
            "do",
            "{",
            $"    m{n} += 3;",
            $"    total += m{n} > {n % 10} ? 1 : -1;",
            "}",
            $"while (m{n} < count % 20);")),
        (sb, n) => sb.Append(Lines(
            $"byte b{n} = (byte)(count + {n});",
            $"ushort u{n} = (ushort)(b{n} * 300);",
            $"total += b{n} + u{n} / 7 - total / {n % 9 + 2};",
            $"counter = (counter + total) % 100000;")),
    ];

    private static string Lines(params string[] lines)
    {
        var sb = new StringBuilder();
        foreach (var line in lines) sb.Append("        ").Append(line).Append('\n');
        return sb.ToString();
    }

    /// <summary>A program of about <paramref name="targetLines"/> lines.</summary>
    public static (string Text, int Lines, int Methods) Generate(int targetLines)
    {
        var sb = new StringBuilder();
        sb.Append("using System.Text;\n\nnamespace Throughput;\n\npublic static class Program\n{\n    private static int counter;\n\n");
        var lines = CountLines(sb.ToString());
        var methods = 0;
        var block = 0;
        var method = new StringBuilder();
        while (lines < targetLines - 20)
        {
            method.Clear();
            method.Append("    private static int M").Append(methods.ToString(CultureInfo.InvariantCulture)).Append("(int count)\n    {\n        int total = count;\n");
            for (var b = 0; b < 6; b++, block++) Blocks[(block * 5 + methods) % Blocks.Length](method, block);
            method.Append("        return total;\n    }\n\n");
            var text = method.ToString();
            sb.Append(text);
            lines += CountLines(text);
            methods++;
        }
        sb.Append("    public static void Main()\n    {\n        int result = 0;\n");
        for (var i = 0; i < Math.Min(methods, 8); i++) sb.Append("        result += M").Append(i.ToString(CultureInfo.InvariantCulture)).Append('(').Append((i + 3).ToString(CultureInfo.InvariantCulture)).Append(");\n");
        sb.Append("        Console.WriteLine(result + counter);\n    }\n}\n");
        var program = sb.ToString();
        return (program, CountLines(program), methods);
    }

    private static int CountLines(string text) => text.Count(c => c == '\n');
}
