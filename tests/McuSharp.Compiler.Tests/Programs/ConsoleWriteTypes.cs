using System;

static class ConsoleWriteTypes
{
    static string nullString = null;

    static void Main()
    {
        Console.WriteLine(42);
        Console.WriteLine(-42L);
        Console.WriteLine(42u);
        Console.WriteLine(18446744073709551615UL);
        Console.WriteLine((byte)7);
        Console.WriteLine((sbyte)-7);
        Console.WriteLine((short)-300);
        Console.WriteLine((ushort)60000);
        Console.WriteLine(true);
        Console.WriteLine(false);
        Console.WriteLine('x');
        Console.WriteLine("text");
        Console.WriteLine("");
        Console.WriteLine(1.0);
        Console.WriteLine(1.0f);
        Console.WriteLine(2.5);
        Console.WriteLine(-2.5f);
        Console.WriteLine(nullString);
        Console.WriteLine();
        Console.Write(1);
        Console.Write(' ');
        Console.Write(true);
        Console.Write(' ');
        Console.Write(3.5);
        Console.Write(' ');
        Console.Write('c');
        Console.Write(' ');
        Console.Write("s");
        Console.Write(nullString);
        Console.Write(7L);
        Console.Write(0.25f);
        Console.Write("\n");
        int i = -5;
        long l = 1L << 40;
        bool b = i < 0;
        char c = (char)('a' + 2);
        double d = 1e-7;
        float f = 1e-7f;
        string s = "done";
        uint u = 3000000000;
        byte by = 255;
        Console.WriteLine(i);
        Console.WriteLine(l);
        Console.WriteLine(b);
        Console.WriteLine(c);
        Console.WriteLine(d);
        Console.WriteLine(f);
        Console.WriteLine(s);
        Console.WriteLine(u);
        Console.WriteLine(by);
        Console.Write(i); Console.Write(l); Console.Write(b); Console.Write(c); Console.Write(d); Console.Write(f); Console.Write(s); Console.Write(u); Console.Write(by);
        Console.WriteLine();
        Console.WriteLine("{0} {1} {2} {3} {4} {5} {6}", i, l, b, c, d, f, s);
        Console.WriteLine("{0}", nullString);
        Console.WriteLine("" + i + l + b + c + d + f + s + u + by);
        Console.WriteLine(i + l);
        Console.WriteLine(c + 1);
        Console.WriteLine(c + "1");
        Console.WriteLine('a' + 'b');
        Console.WriteLine("" + 'a' + 'b');
        Console.WriteLine(1 + 2 + "3" + 4 + 5);
        Console.WriteLine("tab\there \"quoted\" back\\slash");
        Console.WriteLine("multi\nline");
        Console.Write("no newline, then ");
        Console.WriteLine("newline");
        char[] chars = { 'h', 'i' };
        Console.WriteLine(new string(chars));
        Console.WriteLine(new string('=', 10));
    }
}
