// expect: MCU0016
using System;

static class RefuseMulticastDelegate
{
    static event Action Tick;

    static void Main()
    {
        Tick += () => Console.WriteLine("one");
        Tick?.Invoke();
    }
}
