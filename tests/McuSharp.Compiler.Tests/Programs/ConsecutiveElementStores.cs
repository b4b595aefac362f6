using System;

// Several stores into members of the same array element, one statement each (a flattened struct field written
// whole each time): the element is read once, unless a store's value changes the index or the array, or calls code
// that could.
public readonly struct Pair
{
    public readonly int A;
    public readonly int B;
    public Pair(int a, int b) { A = a; B = b; }
}

public struct Slot
{
    public Pair First;
    public Pair Second;
    public Pair Third;
}

static class Program
{
    static Slot[] shared = new Slot[4];

    static int Touch(int i)
    {
        shared[i + 1].First = new Pair(-1, -1);
        return 100 + i;
    }

    static void Main()
    {
        var slots = new Slot[5];
        for (int i = 0; i < slots.Length; i++)
        {
            slots[i].First = new Pair(i, i * i);
            slots[i].Second = new Pair(int.MaxValue - i, int.MinValue + i);
            slots[i].Third = new Pair(i * 1_000_000_007, -i);
        }
        foreach (var s in slots) Console.WriteLine(s.First.A + "," + s.First.B + " " + s.Second.A + "," + s.Second.B + " " + s.Third.A + "," + s.Third.B);
        int j = 0;
        slots[j].First = new Pair(j++, 10);
        slots[j].Second = new Pair(j, 20);
        Console.WriteLine(slots[0].First.A + " " + slots[0].Second.A + " " + slots[1].First.A + " " + slots[1].Second.A + " " + j);
        var other = slots;
        slots[2].First = new Pair(7, 7);
        slots = new Slot[5];
        slots[2].Second = new Pair(8, 8);
        Console.WriteLine(other[2].First.A + " " + other[2].Second.A + " " + slots[2].First.A + " " + slots[2].Second.A);
        for (int i = 0; i < 2; i++)
        {
            shared[i].First = new Pair(1, 2);
            shared[i].Second = new Pair(Touch(i), 3);
            shared[i].Third = new Pair(4, 5);
        }
        foreach (var s in shared) Console.WriteLine(s.First.A + "," + s.First.B + " " + s.Second.A + "," + s.Second.B + " " + s.Third.A + "," + s.Third.B);
        int x = 0, y = 0, z = 0;
        long w = 0;
        string p = null, q = null;
        for (int i = 0; i < 3; i++) { x += i; y -= i; z ^= i; w += int.MaxValue; }
        Console.WriteLine(x + " " + y + " " + z + " " + w + " " + (p ?? "-") + (q ?? "-"));
    }
}
