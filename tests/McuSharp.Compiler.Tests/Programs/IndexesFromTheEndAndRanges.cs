using System;
using System.Collections.Generic;

// x[^n] and x[a..b] on strings, arrays and lists, read and (^n) written, with .NET's exception where the index or
// range does not fit: IndexOutOfRangeException for strings and arrays, ArgumentOutOfRangeException for a list's
// index, Substring's, GetSubArray's and Slice's messages for ranges.
static class Program
{
    static int _calls;
    static int Two() { _calls++; return 2; }

    static void Try(string what, Func<string> f)
    {
        try { Console.WriteLine(what + " -> " + f()); }
        catch (Exception e) { Console.WriteLine(what + " -> " + e.GetType().Name + ": " + e.Message); }
    }

    static string Show(IEnumerable<int> items) => "[" + string.Join(",", items) + "]";

    static void Main()
    {
        string s = "hello";
        int[] a = { 1, 2, 3 };
        var l = new List<int> { 1, 2, 3 };
        byte[] bytes = { 10, 20, 30, 40 };
        int m = -1, nine = 9, zero = 0, one = 1;
        Try("s[^1] a[^1] l[^3]", () => s[^1] + " " + a[^1] + " " + l[^3]);
        Try("s[^one] a[^Two()] l[^one]", () => s[^one] + " " + a[^Two()] + " " + l[^one]);
        Try("s[1..^1]", () => s[1..^1]);
        Try("s[..2] s[3..] s[..]", () => s[..2] + "|" + s[3..] + "|" + s[..]);
        Try("a[..^1]", () => Show(a[..^1]));
        Try("a[1..]", () => Show(a[1..]));
        Try("l[^2..]", () => Show(l[^2..]));
        Try("l[0..0]", () => Show(l[0..0]));
        Try("bytes[1..3]", () => string.Join(",", bytes[1..3]));
        Try("s[3..1]", () => s[3..1]);
        Try("s[1..nine]", () => s[1..nine]);
        Try("s[^9..]", () => s[^9..]);
        Try("s[m..]", () => s[m..]);
        Try("a[1..nine]", () => Show(a[1..nine]));
        Try("a[^9..]", () => Show(a[^9..]));
        Try("a[2..1]", () => Show(a[2..1]));
        Try("l[1..nine]", () => Show(l[1..nine]));
        Try("l[2..1]", () => Show(l[2..1]));
        Try("s[^0]", () => s[^0].ToString());
        Try("a[^zero]", () => a[^zero].ToString());
        Try("l[^0]", () => l[^0].ToString());
        Try("l[^9]", () => l[^9].ToString());
        Try("a[^9]", () => a[^9].ToString());
        Try("s[^nine]", () => s[^nine].ToString());

        a[^1] = 30;
        a[^Two()] += 5;
        l[^1] = 300;
        l[^Two()]++;
        Console.WriteLine(string.Join(",", a) + " " + string.Join(",", l) + " calls " + _calls);
        try { a[^4] = 0; } catch (IndexOutOfRangeException e) { Console.WriteLine(e.Message); }
        try { l[^4] = 0; } catch (ArgumentOutOfRangeException e) { Console.WriteLine(e.Message); }
        var sliced = a[..2];
        sliced[0] = 99; // a copy: the array keeps its element
        Console.WriteLine(a[0] + " " + sliced[0]);
    }
}
