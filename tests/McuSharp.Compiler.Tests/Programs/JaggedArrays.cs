using System;

static class JaggedArrays
{
    static int[][] Pascal(int rows)
    {
        int[][] t = new int[rows][];
        for (int r = 0; r < rows; r++)
        {
            t[r] = new int[r + 1];
            t[r][0] = 1;
            t[r][r] = 1;
            for (int c = 1; c < r; c++) t[r][c] = t[r - 1][c - 1] + t[r - 1][c];
        }
        return t;
    }

    static void Main()
    {
        int[][] p = Pascal(8);
        foreach (int[] row in p) Console.WriteLine(string.Join(" ", row));
        Console.WriteLine(p.Length + " " + p[7].Length + " " + p[7][3]);
        int[][] grid = new int[3][];
        for (int i = 0; i < grid.Length; i++) grid[i] = new int[4];
        grid[1][2] = 5;
        grid[2][3] += 7;
        grid[0][0]--;
        for (int i = 0; i < 3; i++)
        {
            string line = "";
            for (int j = 0; j < 4; j++) line += grid[i][j].ToString().PadLeft(3);
            Console.WriteLine(line);
        }
        char[][] board = { "X.O".ToCharArray(), ".X.".ToCharArray(), "O.X".ToCharArray() };
        bool diagonal = board[0][0] == board[1][1] && board[1][1] == board[2][2];
        Console.WriteLine(diagonal);
        board[1][0] = 'O';
        foreach (char[] r in board) Console.WriteLine(new string(r));
        string[][] words = { new string[] { "a", "b" }, new string[] { "c" } };
        Console.WriteLine(words[0][1] + words[1][0]);
        int[][] matrixA = { new[] { 1, 2 }, new[] { 3, 4 } };
        int[][] matrixB = { new[] { 5, 6 }, new[] { 7, 8 } };
        int[][] product = new int[2][];
        for (int i = 0; i < 2; i++)
        {
            product[i] = new int[2];
            for (int j = 0; j < 2; j++)
                for (int k = 0; k < 2; k++)
                    product[i][j] += matrixA[i][k] * matrixB[k][j];
        }
        Console.WriteLine(product[0][0] + " " + product[0][1] + " " + product[1][0] + " " + product[1][1]);
        int[][] shared = new int[2][];
        int[] same = { 1 };
        shared[0] = same;
        shared[1] = same;
        shared[0][0] = 42;
        Console.WriteLine(shared[1][0]);
        Console.WriteLine(shared[0] == shared[1]);
        long[][] big = { new long[] { long.MaxValue } };
        big[0][0]++;
        Console.WriteLine(big[0][0]);
    }
}
