using System;

static class CharArithmetic
{
    static char Shift(char c, int by)
    {
        if (c >= 'a' && c <= 'z') return (char)('a' + (c - 'a' + by + 26) % 26);
        if (c >= 'A' && c <= 'Z') return (char)('A' + (c - 'A' + by + 26) % 26);
        return c;
    }

    static string Caesar(string s, int by)
    {
        string result = "";
        foreach (char c in s) result += Shift(c, by);
        return result;
    }

    static int HexValue(char c)
    {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    }

    static void Main()
    {
        char c = 'a';
        Console.WriteLine(c);
        Console.WriteLine((int)c);
        Console.WriteLine(c + 1);
        Console.WriteLine((char)(c + 1));
        Console.WriteLine(c - 'a');
        Console.WriteLine('z' - c);
        Console.WriteLine(c < 'b');
        Console.WriteLine(c == 97);
        Console.WriteLine(c > 96);
        Console.WriteLine(Caesar("Hello, World!", 3));
        Console.WriteLine(Caesar(Caesar("Hello, World!", 3), -3));
        Console.WriteLine(Caesar("xyz ABC", 13));
        int total = 0;
        foreach (char h in "1aF9z") total = total * 16 + HexValue(h);
        Console.WriteLine(total);
        for (char ch = 'a'; ch <= 'e'; ch++) Console.Write(ch);
        Console.WriteLine();
        for (char ch = 'E'; ch >= 'A'; ch--) Console.Write(ch);
        Console.WriteLine();
        char max = char.MaxValue;
        Console.WriteLine((int)max);
        max++;
        Console.WriteLine((int)max);
        char min = char.MinValue;
        min--;
        Console.WriteLine((int)min);
        char digit = '7';
        int value = digit - '0';
        Console.WriteLine(value * 2);
        char upper = (char)(c - 32);
        Console.WriteLine(upper);
        char fromInt = (char)0x41;
        Console.WriteLine(fromInt);
        string s = "";
        s += c;
        s += (char)(c + 2);
        s = s + 'x' + 'y';
        Console.WriteLine(s);
        Console.WriteLine('x' + 'y' + "z");
        Console.WriteLine("z" + 'x' + 'y');
        char[] letters = new char[5];
        for (int i = 0; i < letters.Length; i++) letters[i] = (char)('v' + i);
        Console.WriteLine(new string(letters));
        Console.WriteLine(letters[0] == '\0' ? "null char" : "letter");
        char[] empty = new char[2];
        Console.WriteLine((int)empty[0]);
        Console.WriteLine(c.ToString() + c.ToString());
        char tab = '\t';
        Console.WriteLine((int)tab + " " + (int)'\n' + " " + (int)'\\' + " " + (int)'\'');
        Console.WriteLine('\u00e9');
        Console.WriteLine((int)'\u00e9');
        int sum = 0;
        foreach (char ch in "checksum") sum += ch;
        Console.WriteLine(sum);
        Console.WriteLine((char)(sum % 26 + 'A'));
        char cc = 'A';
        cc += (char)1;
        cc = (char)(cc * 2);
        Console.WriteLine((int)cc);
        Console.WriteLine(cc);
    }
}
