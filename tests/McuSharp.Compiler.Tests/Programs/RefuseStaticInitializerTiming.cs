// expect: MCU0010
using System;

static class Counter
{
    public static int Count;
}

static class RefuseStaticInitializerTiming
{
    // .NET computes this when the class is first used (after Main has changed Count); the device before Main.
    static int _snapshot = Counter.Count * 2;

    static void Main()
    {
        Counter.Count = 21;
        Console.WriteLine(_snapshot);
    }
}
