using System;

// int.Parse runs on MicroPython's int(), which skips '_' between digits; .NET refuses them. The overflow message
// names each type; a text that may be null is tested for null (ArgumentNullException), one that cannot is not.
static class IntParseUnderscoresAndNames
{
    static string? Maybe(int i) => i == 0 ? null : " " + i + " ";

    static void Main()
    {
        string[] inputs = { " 42 ", "+7", "-0", "2147483648", "-2147483649", "", "1_000", "_1", "1_", "1__0", "٣", "- 1", "+-1", "0x1F", "1e3", "\v9\f", "00012" };
        foreach (string s in inputs)
        {
            try { Console.WriteLine("[" + s + "] " + int.Parse(s)); }
            catch (FormatException e) { Console.WriteLine("[" + s + "] format: " + e.Message); }
            catch (OverflowException e) { Console.WriteLine("[" + s + "] overflow: " + e.Message); }
        }
        string[] wide = { "128", "-129", "256", "-1", "32768", "65536", "4294967296", "9223372036854775808", "18446744073709551616", "1_0" };
        foreach (string s in wide)
        {
            try { Console.WriteLine(sbyte.Parse(s)); } catch (Exception e) { Console.WriteLine(e.GetType().Name + ": " + e.Message); }
            try { Console.WriteLine(byte.Parse(s)); } catch (Exception e) { Console.WriteLine(e.GetType().Name + ": " + e.Message); }
            try { Console.WriteLine(short.Parse(s)); } catch (Exception e) { Console.WriteLine(e.GetType().Name + ": " + e.Message); }
            try { Console.WriteLine(ushort.Parse(s)); } catch (Exception e) { Console.WriteLine(e.GetType().Name + ": " + e.Message); }
            try { Console.WriteLine(uint.Parse(s)); } catch (Exception e) { Console.WriteLine(e.GetType().Name + ": " + e.Message); }
            try { Console.WriteLine(long.Parse(s)); } catch (Exception e) { Console.WriteLine(e.GetType().Name + ": " + e.Message); }
            try { Console.WriteLine(ulong.Parse(s)); } catch (Exception e) { Console.WriteLine(e.GetType().Name + ": " + e.Message); }
        }
        for (int i = 0; i < 3; i++)
        {
            try { Console.WriteLine(int.Parse(Maybe(i)!)); }
            catch (ArgumentNullException e) { Console.WriteLine("null: " + e.Message + " / " + e.ParamName); }
        }
        Console.WriteLine(int.TryParse("1_000", out int a) + " " + a + " " + int.TryParse(" -12 ", out int b) + " " + b);
        string line = "key=17";
        Console.WriteLine(int.Parse(line.Substring(line.IndexOf('=') + 1)) + 1);
    }
}
