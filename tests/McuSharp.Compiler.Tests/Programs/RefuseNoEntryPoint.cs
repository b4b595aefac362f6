// expect: MCU0005
using System;

static class RefuseNoEntryPoint
{
    static void Run()
    {
        Console.WriteLine("there is no Main");
    }
}
