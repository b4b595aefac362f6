using System;

// Lifted unary operators on T? (null stays null; values wrap as T does), format specifiers on T? (null formats as
// nothing, alignment still pads), and ReferenceEquals on objects, lists and null.
class Node
{
    public int Value;
    public Node(int value) { Value = value; }
}

static class NullableOperatorsAndFormats
{
    static int? Maybe(int i) => i % 3 == 0 ? null : i * 1000;

    static void Main()
    {
        int? n = 5, none = null, min = int.MinValue;
        uint? u = 0;
        long? big = long.MinValue;
        double? d = 2.5, nd = null;
        bool? yes = true, unknown = null;
        Console.WriteLine((-n) + "|" + (-none) + "|" + (~n) + "|" + (~none) + "|" + (+n) + "|" + (-min) + "|" + (~u) + "|" + (-big));
        Console.WriteLine((-d) + "|" + (-nd) + "|" + (!yes) + "|" + (!unknown) + "|" + (!unknown == null));
        try
        {
            int? negated = checked(-min);
            Console.WriteLine(negated);
        }
        catch (OverflowException e)
        {
            Console.WriteLine("overflow: " + e.Message);
        }
        for (int i = 0; i < 4; i++)
        {
            int? v = Maybe(i);
            double? ratio = v / 7.0;
            Console.WriteLine($"[{v:D6}] [{v,8:X}] [{v,-7:N0}] [{ratio:F2}] [{ratio,6:0.0}] [{-v}]");
        }
        char? c = 'x';
        Console.WriteLine($"{c:D3}|{yes:X}|{unknown:F2}|");

        var a = new Node(1);
        var b = a;
        var c2 = new Node(1);
        Node? nothing = null;
        var list = new System.Collections.Generic.List<Node> { a };
        var same = list;
        Console.WriteLine(ReferenceEquals(a, b) + " " + ReferenceEquals(a, c2) + " " + object.ReferenceEquals(nothing, null) + " " + ReferenceEquals(null, a));
        Console.WriteLine(ReferenceEquals(list, same) + " " + ReferenceEquals(list[0], a) + " " + ReferenceEquals(list, new System.Collections.Generic.List<Node>(list)));
    }
}
