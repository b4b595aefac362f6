// expect: MCU0011
using System;
using System.Linq.Expressions;

static class RefuseExpressionTree
{
    static void Main()
    {
        Expression<Func<int, int>> twice = x => x * 2;
        Console.WriteLine(twice.Compile()(21));
    }
}
