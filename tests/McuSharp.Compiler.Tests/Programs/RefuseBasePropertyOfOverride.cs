// expect: MCU0001
using System;

class Device { public virtual string Kind => "device"; }

sealed class Radio : Device { public override string Kind => "radio of " + base.Kind; }

static class RefuseBasePropertyOfOverride
{
    static void Main() => Console.WriteLine(new Radio().Kind);
}
