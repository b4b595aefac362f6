// expect: MCU0006
using System;

static class RefuseBreakInNestedIfInSwitch
{
    static void Main()
    {
        int mode = 2;
        switch (mode)
        {
            case 1:
                Console.WriteLine("one");
                break;
            case 2:
                if (mode > 1)
                {
                    Console.WriteLine("early exit");
                    break;
                }
                Console.WriteLine("two");
                break;
        }
    }
}
