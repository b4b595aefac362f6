using System;

// object.ToString prints the runtime type's full name (namespace, outer classes joined by '+'), through base-class
// references too, while an override anywhere up the chain wins.
namespace Plant.Floor
{
    class Machine { }
    class Press : Machine { }
    class Labeled { public override string ToString() => "labeled"; }
    class Sublabeled : Labeled { }
    class Outer
    {
        public class Inner { }
    }
    struct Reading { public int Value; }

    static class DefaultToString
    {
        static void Main()
        {
            Machine m = new Press();
            object o = new Outer.Inner();
            Console.WriteLine(new Machine() + " " + m + " " + o + " " + m.ToString());
            Console.WriteLine(new Sublabeled() + " " + new Labeled());
            Console.WriteLine(new Reading() + " " + new Reading { Value = 3 }.ToString());
            Console.WriteLine($"{new Outer()}");
        }
    }
}
