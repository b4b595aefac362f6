using System;

// `a[i].F = value` fixes the slot a[i] before the value runs and stores into whatever struct is in it afterwards:
// a value that replaces the element (or moves i) must not write into the old copy. An index out of range throws
// before the value runs.
struct Pair { public int A; public int B; public Pair(int a, int b) { A = a; B = b; } }
struct Holder { public Pair P; public int N; }

static class Program
{
    static Holder[] _items = new Holder[3];
    static int _i = 1;
    static int _calls;

    static int Replace()
    {
        _calls++;
        _items[1] = new Holder { N = 9 };
        _i = 2;
        return 4;
    }

    static void Show()
    {
        foreach (var h in _items) Console.Write(h.N + "/" + h.P.A + "/" + h.P.B + " ");
        Console.WriteLine("calls " + _calls);
    }

    static void Main()
    {
        _items[_i].P = new Pair(Replace(), 3);
        Show();
        _items[_i].N = Replace() + 1;
        Show();
        _items[0].N = 5;
        _items[0].P = new Pair(_items[0].N, -1);
        Show();
        try
        {
            _i = 3;
            _items[_i].N = Replace();
        }
        catch (IndexOutOfRangeException e)
        {
            Console.WriteLine(e.Message);
        }
        Show();
    }
}
