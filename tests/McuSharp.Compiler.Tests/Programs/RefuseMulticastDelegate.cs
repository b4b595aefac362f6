// expect: MCU0016
using System;

static class RefuseMulticastDelegate
{
    static void Main()
    {
        Action both = () => Console.WriteLine("one");
        both += () => Console.WriteLine("two");
        both();
    }
}
