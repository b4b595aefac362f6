using System;
using System.Collections.Generic;

// An enum-driven state machine: switch on enums, casts both ways, undefined values, flags in a status word.
enum Phase : byte { Off, Joining = 5, Online, Backoff = 10, Failed = 255 }

[Flags]
enum Health { None = 0, Wifi = 1, Dns = 2, Http = 4, Clock = 8, All = Wifi | Dns | Http | Clock }

static class EnumStateMachine
{
    static Phase Next(Phase p, bool ok) => p switch
    {
        Phase.Off => Phase.Joining,
        Phase.Joining when ok => Phase.Online,
        Phase.Joining => Phase.Backoff,
        Phase.Backoff => Phase.Joining,
        Phase.Online when !ok => Phase.Failed,
        _ => p,
    };

    static void Main()
    {
        var phase = Phase.Off;
        bool[] results = { true, false, true, true, false, true };
        var seen = new List<Phase>();
        foreach (bool ok in results)
        {
            phase = Next(phase, ok);
            seen.Add(phase);
        }
        Console.WriteLine(string.Join(" > ", seen));
        Console.WriteLine((int)Phase.Online + " " + (byte)Phase.Failed + " " + (Phase)6 + " " + (Phase)7 + " " + (Phase)(byte)10);
        Health h = Health.None;
        h |= Health.Wifi;
        h |= Health.Http;
        Console.WriteLine(h + " " + (int)h + " " + h.HasFlag(Health.Dns) + " " + ((h & Health.Http) != 0));
        h = Health.All & ~Health.Clock;
        Console.WriteLine(h + " | " + Health.All + " | " + Health.None + " | " + (Health)16 + " | " + (Health)17);
        switch (phase)
        {
            case Phase.Failed: Console.WriteLine("failed after " + seen.Count); break;
            case Phase.Online or Phase.Joining: Console.WriteLine("running"); break;
            default: Console.WriteLine("other"); break;
        }
        foreach (int code in new[] { 0, 5, 6, 9, 10, 200, 255 })
        {
            switch ((Phase)code)
            {
                case Phase.Off: Console.Write("off "); break;
                case >= Phase.Joining and <= Phase.Online: Console.Write("up? "); break;
                case var p when (int)p < 100: Console.Write("low " + p + " "); break;
                case Phase.Failed or (Phase)200: Console.Write("bad "); break;
                default: Console.Write("? "); break;
            }
        }
        Console.WriteLine();
        Console.WriteLine(Phase.Backoff.ToString().Length + " " + (Phase.Joining < Phase.Online) + " " + (Phase.Off == default(Phase)));
    }
}
