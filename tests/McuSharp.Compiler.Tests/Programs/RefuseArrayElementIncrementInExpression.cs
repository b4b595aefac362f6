// expect: MCU0008
using System;

static class RefuseArrayElementIncrementInExpression
{
    static void Main()
    {
        int[] counts = new int[4];
        int i = 1;
        int x = counts[i]++;
        Console.WriteLine(x + " " + counts[i]);
    }
}
