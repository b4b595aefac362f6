using System;

// Counting loops whose counter only picks the element (`var p = a[i]`) become `for p in a`: the element must be
// read afresh each turn (the body writes later elements), the element variable may change, the loop must stop at
// the bound where the bound is shorter than the array, see a reassigned array, and keep working after an exception.
struct Cell
{
    public int Value;
    public int Hits;
}

static class Program
{
    static int Fails(int v) => v == 3 ? throw new InvalidOperationException("three") : v;

    static void Main()
    {
        var cells = new Cell[5];
        for (int i = 0; i < 5; i++) cells[i].Value = i * 10;
        for (int round = 0; round < 3; round++)
        {
            for (int i = 0; i < 5; i++)
            {
                Cell c = cells[i];
                c.Hits += c.Value > 15 ? 2 : 1;
                c.Value -= round;
                cells[i] = c;
            }
        }
        foreach (var c in cells) Console.WriteLine(c.Value + " " + c.Hits);

        // The body writes the next element before the loop reaches it.
        var numbers = new int[6];
        for (int i = 0; i < numbers.Length; i++) numbers[i] = i + 1;
        int total = 0;
        for (int i = 0; i < numbers.Length; i++)
        {
            int v = numbers[i];
            if (v < 6) numbers[v] += v * 100;
            total += v;
        }
        Console.WriteLine(total + " " + string.Join(",", numbers));

        // The element variable is reassigned: the next turn still reads the next element.
        var words = new string[4];
        for (int i = 0; i < words.Length; i++) words[i] = "w" + i;
        for (int i = 0; i < words.Length; i++)
        {
            string w = words[i];
            if (w == "w1") w = "changed";
            Console.WriteLine(w);
        }

        // A bound shorter than the array, and one the compiler cannot see equals it.
        var longer = new int[8];
        for (int i = 0; i < 8; i++) longer[i] = i * i;
        int partial = 0;
        for (int i = 0; i < 5; i++)
        {
            int v = longer[i];
            partial += v;
        }
        int n = longer.Length - 1;
        for (int i = 0; i < n; i++)
        {
            int v = longer[i];
            partial += v;
        }
        Console.WriteLine(partial);

        // A bound longer than the array throws, as C# does.
        var shorter = new int[3];
        try
        {
            for (int i = 0; i < 4; i++)
            {
                int v = shorter[i];
                Console.WriteLine("read " + v);
            }
        }
        catch (IndexOutOfRangeException e) { Console.WriteLine(e.Message); }

        // The array is replaced in the body: later turns read the new one.
        var swapped = new int[4];
        for (int i = 0; i < 4; i++) swapped[i] = i;
        for (int i = 0; i < 4; i++)
        {
            int v = swapped[i];
            Console.WriteLine("swapped " + v);
            if (v == 1) swapped = new[] { 7, 8, 9, 10 };
        }

        // The counter is used for more than the element.
        var marks = new int[4];
        for (int i = 0; i < marks.Length; i++)
        {
            int v = marks[i];
            marks[i] = v + i * 3;
        }
        Console.WriteLine(string.Join(",", marks));

        // An exception leaves the loop half done; the elements visited before it keep their changes.
        var seen = new Cell[5];
        for (int i = 0; i < seen.Length; i++) seen[i].Value = i;
        try
        {
            for (int i = 0; i < seen.Length; i++)
            {
                Cell c = seen[i];
                c.Hits = Fails(c.Value) + 100;
                seen[i] = c;
            }
        }
        catch (InvalidOperationException e) { Console.WriteLine(e.Message); }
        foreach (var c in seen) Console.WriteLine(c.Value + ":" + c.Hits);

        // A struct element checked out inside a method without try, whose body throws to the caller.
        try { Bump(seen); } catch (InvalidOperationException e) { Console.WriteLine("caller " + e.Message); }
        foreach (var c in seen) Console.WriteLine(c.Value + "/" + c.Hits);

        // An empty array, and a loop over a fresh array per outer turn.
        var empty = new int[0];
        for (int i = 0; i < empty.Length; i++)
        {
            int v = empty[i];
            Console.WriteLine("never " + v);
        }
        for (int round = 1; round <= 2; round++)
        {
            var fresh = new long[round + 1];
            fresh[round] = round * 1000L;
            long sum = 0;
            for (int i = 0; i < fresh.Length; i++)
            {
                long v = fresh[i];
                sum += v + 1;
            }
            Console.WriteLine("fresh " + sum);
        }
    }

    static void Bump(Cell[] cells)
    {
        var local = new Cell[cells.Length];
        for (int i = 0; i < local.Length; i++) local[i] = cells[i];
        for (int i = 0; i < local.Length; i++)
        {
            Cell c = local[i];
            c.Hits += 1;
            local[i] = c;
        }
        for (int i = 0; i < local.Length; i++) cells[i] = local[i];
        Fails(3);
    }
}
