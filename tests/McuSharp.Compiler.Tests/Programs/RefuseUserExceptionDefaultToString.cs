// expect: MCU0001
using System;

// Without its own ToString(), an exception prints .NET's text with the stack trace, which the device does not have.
class MotorStalledException : Exception
{
    public MotorStalledException() : base("stalled") { }
}

static class RefuseUserExceptionDefaultToString
{
    static void Main()
    {
        var e = new MotorStalledException();
        Console.WriteLine(e.ToString());
    }
}
