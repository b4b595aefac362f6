// expect: MCU0001
using System;

class Sensor
{
    private int reading;

    public void Update(int value) { reading = value; }

    public int Reading() { return reading; }
}

static class RefuseInstanceClass
{
    static void Main()
    {
        Sensor s = new Sensor();
        s.Update(5);
        Console.WriteLine(s.Reading());
    }
}
