using System;

// [Flags] enums print as .NET combines them: names in ascending order, a combined member when it covers the
// bits, the number when some bits have no name, the zero member (or 0) for zero.
[Flags]
enum Perm { None = 0, Read = 1, Write = 2, Exec = 4, ReadWrite = Read | Write, All = Read | Write | Exec }

[Flags]
enum Pins : ushort { P0 = 1, P1 = 2, P5 = 32, High = 0x8000 }

[Flags]
enum NoZero { A = 1, B = 2, C = 8 }

static class EnumsFlags
{
    static void Main()
    {
        for (int i = 0; i <= 9; i++) Console.Write((Perm)i + " | ");
        Console.WriteLine();
        var p = Perm.Read;
        p |= Perm.Exec;
        Console.WriteLine(p + " " + p.HasFlag(Perm.Exec) + " " + p.HasFlag(Perm.ReadWrite) + " " + p.HasFlag(Perm.None) + " " + (p & ~Perm.Read));
        p ^= Perm.All;
        Console.WriteLine(p + " " + (int)p);
        Pins pins = Pins.P0 | Pins.High;
        Console.WriteLine(pins + " " + (Pins)(2 | 32) + " " + (Pins)4 + " " + (Pins)0 + " " + (ushort)pins);
        Console.WriteLine((NoZero)0 + " " + (NoZero)3 + " " + (NoZero)11 + " " + (NoZero)4 + " " + (NoZero)(-1));
        Console.WriteLine($"{Perm.All} {Perm.Write | Perm.Exec} {(Perm)16}");
    }
}
