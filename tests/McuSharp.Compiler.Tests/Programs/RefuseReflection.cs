// expect: MCU0002
using System;

class Probe { public int Value; }

static class RefuseReflection
{
    static void Main()
    {
        foreach (var field in typeof(Probe).GetFields()) Console.WriteLine(field.Name);
    }
}
