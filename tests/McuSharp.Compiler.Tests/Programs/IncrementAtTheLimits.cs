using System;

// ++ and -- (and += 1, -= 1) that step over a type's limit land on the other limit, for every integer width,
// in locals, fields, array elements and as values of expressions.
class Counters
{
    public int I = int.MaxValue;
    public long L = long.MinValue;
    public uint U = uint.MaxValue;
    public short S = short.MaxValue;
    public byte B = byte.MinValue;
}

static class Program
{
    static void Main()
    {
        int i = int.MaxValue;
        i++;
        Console.WriteLine(i);
        i--;
        Console.WriteLine(i);
        long l = long.MaxValue;
        Console.WriteLine(++l);
        Console.WriteLine(--l);
        var c = new Counters();
        c.I++; c.L--; c.U++; c.S++; c.B--;
        Console.WriteLine(c.I + " " + c.L + " " + c.U + " " + c.S + " " + c.B);
        c.I -= 1; c.L += 1; c.U -= 1; c.S -= 1; c.B += 1;
        Console.WriteLine(c.I + " " + c.L + " " + c.U + " " + c.S + " " + c.B);
        var a = new[] { int.MaxValue, int.MinValue };
        a[0]++;
        a[1]--;
        Console.WriteLine(a[0] + " " + a[1] + " " + (a[0] + 1) + " " + (a[1] - 1));
        int n = int.MaxValue - 2;
        for (int k = 0; k < 5; k++) Console.Write(n++ + " ");
        Console.WriteLine();
    }
}
