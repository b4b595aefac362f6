// expect: MCU0001
using System;
using System.IO;

// A library IDisposable the device has no façade for: McuSharp cannot know what its Dispose does.
static class Program
{
    static void Main()
    {
        using (var text = new StringWriter()) Console.WriteLine("x");
    }
}
