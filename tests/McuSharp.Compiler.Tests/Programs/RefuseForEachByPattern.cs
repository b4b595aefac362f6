// expect: MCU0001
using System;

// C# lets foreach use any GetEnumerator; the device iterates types that implement IEnumerable<T>.
sealed class Countdown
{
    public Cursor GetEnumerator() => new Cursor();
}

sealed class Cursor
{
    private int _left = 3;
    public bool MoveNext()
    {
        _left--;
        return _left >= 0;
    }
    public int Current => _left;
}

static class Program
{
    static void Main()
    {
        foreach (var n in new Countdown()) Console.WriteLine(n);
    }
}
