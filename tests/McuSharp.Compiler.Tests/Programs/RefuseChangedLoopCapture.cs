// expect: MCU0014
using System;
using System.Collections.Generic;

static class RefuseChangedLoopCapture
{
    static void Main()
    {
        var readers = new List<Func<int>>();
        for (int i = 0; i < 3; i++)
        {
            int seen = i;
            readers.Add(() => seen);
            seen += 10; // each iteration's lambda sees its own variable, changed after capture
        }
        foreach (var r in readers) Console.WriteLine(r());
    }
}
