using System;

static class Helpers
{
    public static int Count = 1;
    public static int len(int x) { return x + 1; }
    public static string str(string s) { return "<" + s + ">"; }
}

static class OverloadsAndNames
{
    static int Count = 100;

    static string Show(int x) { return "int " + x; }
    static string Show(long x) { return "long " + x; }
    static string Show(double x) { return "double " + x; }
    static string Show(string x) { return "string " + x; }
    static string Show(char x) { return "char " + x; }
    static string Show(int a, int b) { return "two " + (a + b); }

    static int print(int value) { return value * 2; }
    static int range(int n) { return n - 1; }
    static int _t0(int n) { return n + 1000; }
    static int _ws(int n) { return n + 2000; }

    static void Main()
    {
        Console.WriteLine(Show(1));
        Console.WriteLine(Show(1L));
        Console.WriteLine(Show(1.0));
        Console.WriteLine(Show("s"));
        Console.WriteLine(Show('c'));
        Console.WriteLine(Show(2, 3));
        Console.WriteLine(Show((byte)5));
        Console.WriteLine(Show(5f));
        Console.WriteLine(print(21) + " " + range(10) + " " + _t0(1) + " " + _ws(1));
        Console.WriteLine(Helpers.len(1) + " " + Helpers.str("x") + " " + Helpers.Count + " " + Count);
        int len = 3, str = 4, list = 5, min = 6, max = 7, abs = 8, ord = 9, chr = 10, sum = 11;
        Console.WriteLine(len + str + list + min + max + abs + ord + chr + sum);
        string lambda = "l", def = "d", pass = "p", yield = "y", from = "f", with = "w", global = "g", nonlocal = "n", del = "x", elif = "e", except = "z", True = "t", None = "no";
        Console.WriteLine(lambda + def + pass + yield + from + with + global + nonlocal + del + elif + except + True + None);
        int @class = 1, @int = 2, @if = 3;
        Console.WriteLine(@class + @int + @if);
        int print_ = 5;
        Console.WriteLine(print(print_));
        int _t1 = 1, _t2 = 2;
        int[] arr = { 1, 2, 3 };
        arr[_t1 + 1] += _t2;
        Console.WriteLine(arr[2] + " " + _t1 + " " + _t2);
        int mcus_rt = 4, math = 5, sys = 6, gc = 7, OrderedDict = 8, main = 9;
        Console.WriteLine(mcus_rt + math + sys + gc + OrderedDict + main);
        double Infinity = 1.5, nan = 2.5, inf = 3.5;
        Console.WriteLine(Infinity + nan + inf + double.PositiveInfinity);
    }
}
