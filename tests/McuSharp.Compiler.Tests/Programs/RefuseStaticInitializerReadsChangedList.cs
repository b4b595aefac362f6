// expect: MCU0010
using System;
using System.Collections.Generic;

static class Registry
{
    public static readonly List<string> Names = new List<string>();
}

static class RefuseStaticInitializerReadsChangedList
{
    // Registry.Names grows in Main: .NET counts it when this class is first used, the device before Main.
    static int _count = Registry.Names.Count;

    static void Main()
    {
        Registry.Names.Add("a");
        Console.WriteLine(_count);
    }
}
