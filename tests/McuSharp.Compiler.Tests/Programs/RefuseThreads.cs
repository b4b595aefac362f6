// expect: MCU0002
using System;
using System.Threading;

static class RefuseThreads
{
    static void Main()
    {
        var t = new Thread(() => Console.WriteLine("worker"));
        t.Start();
        t.Join();
    }
}
