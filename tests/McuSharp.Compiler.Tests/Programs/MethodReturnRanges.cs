using System;

// What the program's own methods return bounds the sums of their results: a counter of a bounded loop adding a
// method's result in 0..100000 never wraps. Where the return range is unknown (virtual calls, recursion, a lambda's
// return, a local function, a generic T) the sums must still wrap exactly as C#'s do.
class Shape
{
    public virtual int Weight() => 1;
}

sealed class Heavy : Shape
{
    public override int Weight() => int.MaxValue;
}

static class MethodReturnRanges
{
    static readonly Shape[] Shapes = { new Shape(), new Heavy(), new Heavy() };
    static readonly string[] Inputs = { "5", "100000", "-1", "100001", "x", "99999" };

    static int Clamped(string text)
    {
        int value = int.Parse(text);
        if (value < 0 || value > 100000) throw new ArgumentOutOfRangeException(nameof(text));
        return value;
    }

    static int Big(int i) => i % 2 == 0 ? int.MaxValue : 1000;

    static int Grow(int n) => n <= 0 ? 7 : Grow(n - 1) * 3 + 1;

    static int Small(int n) => n & 15;

    static int WithLambda(int n)
    {
        Func<int> big = () => int.MaxValue;
        return (n & 1) + big() - big();
    }

    static byte AsByte(int n) => (byte)n;

    static T Same<T>(T value) => value;

    static int AlwaysThrows(int n) => throw new InvalidOperationException("no " + n);

    static int Switched(int n)
    {
        switch (n % 3)
        {
            case 0: return 10;
            case 1: return int.MaxValue - 5;
            default: return -3;
        }
    }

    static int Local(int n)
    {
        int Inner(int k) => int.MaxValue - k;
        return Inner(n);
    }

    static void Main()
    {
        int total = 0;
        int rejected = 0;
        for (int r = 0; r < 50; r++)
        {
            foreach (var text in Inputs)
            {
                try { total += Clamped(text); }
                catch (FormatException) { rejected++; }
                catch (ArgumentOutOfRangeException) { rejected++; }
            }
        }
        Console.WriteLine("clamped " + total + " rejected " + rejected);

        int big = 0, grow = 0, small = 0, lambda = 0, bytes = 0, generic = 0, switched = 0, local = 0, weights = 0;
        for (int i = 0; i < 10; i++)
        {
            big += Big(i);
            grow += Grow(i + 15);
            small += Small(i * 7);
            lambda += WithLambda(i);
            bytes += AsByte(i * 100);
            generic += Same(int.MaxValue / 3 + i);
            switched += Switched(i);
            local += Local(i);
            foreach (var shape in Shapes) weights += shape.Weight();
        }
        Console.WriteLine(big + " " + grow + " " + small + " " + lambda);
        Console.WriteLine(bytes + " " + generic + " " + switched + " " + local + " " + weights);
        try { Console.WriteLine(AlwaysThrows(3) + 1); }
        catch (InvalidOperationException e) { Console.WriteLine(e.Message); }
    }
}
