using System;

// `T p = a[i]; change p; a[i] = p;`: the element is changed only when stored back. Where the element can be seen
// before that (the array is shared, the loop leaves early, an exception is caught, the array is read in between),
// the change must not show.
struct Cell
{
    public int Value;
    public int Writes;
}

static class StructElementCheckout
{
    static Cell[] _shared = new Cell[3];

    static int Total(Cell[] cells)
    {
        int sum = 0;
        foreach (Cell c in cells) sum += c.Value * 10 + c.Writes;
        return sum;
    }

    // Only this method sees the array: the element's object itself is changed and stored back.
    static Cell[] Filled(int n)
    {
        var cells = new Cell[n];
        for (int i = 0; i < cells.Length; i++)
        {
            Cell c = cells[i];
            c.Value = i + 1;
            c.Writes++;
            cells[i] = c;
        }
        int sum = 0;
        foreach (Cell c in cells) sum += c.Value;
        Console.WriteLine(sum);
        var copy = new Cell[n];
        for (int i = 0; i < n; i++) copy[i] = cells[i];
        return copy;
    }

    static void Main()
    {
        var cells = Filled(4);
        Console.WriteLine(Total(cells));

        // Leaves the block before the store: the element keeps its old value.
        for (int i = 0; i < cells.Length; i++)
        {
            Cell c = cells[i];
            c.Value = 100;
            if (i % 2 == 0) continue;
            cells[i] = c;
        }
        Console.WriteLine(Total(cells));

        // Reads the array in between: sees the old element.
        for (int i = 0; i < cells.Length; i++)
        {
            Cell c = cells[i];
            c.Value = -1;
            Console.Write(cells[i].Value + " ");
            cells[i] = c;
        }
        Console.WriteLine(Total(cells));

        // The array is visible elsewhere (a field): another method reads the old element.
        var view = _shared;
        for (int i = 0; i < view.Length; i++)
        {
            Cell c = view[i];
            c.Value = 7;
            Console.Write(Total(_shared) + " ");
            view[i] = c;
        }
        Console.WriteLine(Total(_shared));

        // An exception between the change and the store: the caught state is the old one.
        var guarded = new Cell[2];
        for (int i = 0; i < 3; i++)
        {
            try
            {
                Cell c = guarded[i % 2];
                c.Value = 9;
                if (i == 1) throw new InvalidOperationException("stop");
                guarded[i % 2] = c;
            }
            catch (InvalidOperationException e)
            {
                Console.Write(e.Message + " ");
            }
        }
        Console.WriteLine(Total(guarded));

        // Copied twice in the block: the second variable is its own value.
        var pairs = new Cell[2];
        for (int i = 0; i < pairs.Length; i++)
        {
            Cell c = pairs[i];
            Cell d = c;
            c.Value = 5;
            d.Value = 6;
            c.Writes = d.Value;
            pairs[i] = c;
        }
        Console.WriteLine(Total(pairs));
    }
}
