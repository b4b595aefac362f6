// expect: MCU0001
using System;

sealed class Grid
{
    private readonly int[] _cells = new int[9];
    public int this[int i] { get => _cells[i]; set => _cells[i] = value; }
    public int this[int row, int col] { get => _cells[row * 3 + col]; set => _cells[row * 3 + col] = value; }
}

static class RefuseSecondIndexer
{
    static void Main()
    {
        var g = new Grid();
        g[1, 1] = 5;
        Console.WriteLine(g[4]);
    }
}
