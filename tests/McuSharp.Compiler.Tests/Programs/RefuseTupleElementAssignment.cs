// expect: MCU0001
using System;

static class RefuseTupleElementAssignment
{
    static void Main()
    {
        var t = (1, 2);
        t.Item1 = 5;
        Console.WriteLine(t);
    }
}
