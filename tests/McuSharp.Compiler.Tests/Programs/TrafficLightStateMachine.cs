using System;

static class TrafficLightStateMachine
{
    const int Red = 0;
    const int RedAmber = 1;
    const int Green = 2;
    const int Amber = 3;
    const int FlashingAmber = 4;

    static int state = Red;
    static int ticksInState;
    static int transitions;

    static string Name(int s)
    {
        switch (s)
        {
            case Red: return "RED";
            case RedAmber: return "RED+AMBER";
            case Green: return "GREEN";
            case Amber: return "AMBER";
            case FlashingAmber: return "FLASHING";
            default: return "?";
        }
    }

    static int Duration(int s)
    {
        if (s == Red) return 5;
        if (s == RedAmber) return 1;
        if (s == Green) return 4;
        if (s == Amber) return 2;
        return int.MaxValue;
    }

    static void Step(bool fault, bool pedestrian)
    {
        ticksInState++;
        int next = state;
        if (fault) next = FlashingAmber;
        else if (state == FlashingAmber) next = Red;
        else if (state == Green && pedestrian && ticksInState >= 2) next = Amber;
        else if (ticksInState >= Duration(state))
        {
            switch (state)
            {
                case Red: next = RedAmber; break;
                case RedAmber: next = Green; break;
                case Green: next = Amber; break;
                case Amber: next = Red; break;
            }
        }
        if (next != state)
        {
            Console.WriteLine($"  {Name(state),-10} -> {Name(next),-10} after {ticksInState} ticks");
            state = next;
            ticksInState = 0;
            transitions++;
        }
    }

    static void Main()
    {
        for (int t = 0; t < 40; t++)
        {
            bool fault = t >= 25 && t < 28;
            bool pedestrian = t % 11 == 7;
            Console.WriteLine("t=" + t + " " + Name(state) + (fault ? " fault" : "") + (pedestrian ? " button" : ""));
            Step(fault, pedestrian);
        }
        Console.WriteLine("transitions: " + transitions);
    }
}
