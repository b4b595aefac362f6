// expect: MCU0001
using System;

record Reading(string Sensor, double Value);

static class RefuseRecord
{
    static void Main()
    {
        Console.WriteLine(new Reading("t", 1.5));
    }
}
