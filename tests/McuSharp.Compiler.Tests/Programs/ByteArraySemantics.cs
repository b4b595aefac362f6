using System;
using System.Collections.Generic;

static class ByteArraySemantics
{
    static byte[] shared = new byte[3];

    static byte[] Make(int n, int start)
    {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) b[i] = (byte)(start + i * 100);
        return b;
    }

    static int Sum(byte[] data)
    {
        int s = 0;
        foreach (byte x in data) s += x;
        return s;
    }

    static void Main()
    {
        byte[] a = Make(5, 200);
        Console.WriteLine(string.Join(",", a) + " sum " + Sum(a));
        a[0] += 100;
        a[1]++;
        a[2]--;
        a[3] *= 3;
        a[4] = (byte)(a[4] << 4);
        Console.WriteLine(string.Join(",", a));
        byte[] init = { 0, 255, 128 };
        init[1]++;
        init[0]--;
        init[2] <<= 1;
        Console.WriteLine(init[0] + " " + init[1] + " " + init[2]);
        byte[] alias = init;
        alias[0] = 7;
        Console.WriteLine(init[0] + " " + (alias == init));
        int big = 1000;
        shared[0] = (byte)big;
        shared[1] = (byte)-big;
        shared[2] = unchecked((byte)(big * big));
        Console.WriteLine(string.Join(" ", shared));
        List<byte> list = new List<byte>(a);
        list.Add(9);
        byte[] back = list.ToArray();
        back[0] = 1;
        Console.WriteLine(back.Length + " " + back[0] + " " + a[0] + " " + string.Join(",", back));
        byte[][] frames = { Make(2, 10), Make(3, 250) };
        frames[1][2] += 1;
        Console.WriteLine(frames[0][1] + " " + frames[1][0] + " " + frames[1][2]);
        sbyte[] signed = { -128, 127, 0 };
        signed[0]--;
        signed[1]++;
        signed[2] -= 1;
        Console.WriteLine(string.Join(",", signed));
        byte[] empty = new byte[0];
        Console.WriteLine(empty.Length + " " + Sum(empty));
        byte checksum = 0;
        for (int i = 0; i < a.Length; i++) checksum ^= a[i];
        Console.WriteLine(checksum);
        char[] text = new char[a.Length];
        for (int i = 0; i < a.Length; i++) text[i] = (char)('A' + a[i] % 26);
        Console.WriteLine(new string(text));
        byte[] copy = new byte[a.Length];
        for (int i = 0; i < a.Length; i++) copy[i] = a[a.Length - 1 - i];
        Console.WriteLine(string.Join(",", copy));
        Console.WriteLine(a[0] == copy[4]);
        ushort[] words = new ushort[2];
        words[0] = 65535;
        words[0]++;
        words[1]--;
        Console.WriteLine(words[0] + " " + words[1]);
    }
}
