using System;

// Ranges of the fields of plain values kept in flattened fields: a value that only shrinks (scaled down from its
// stores), one that grows until it wraps, values stored at the limits by initializers and object initializers, by a
// lambda run later, through an interface call and by recursion, and locals of a plain type; every read must see
// C#'s wrapped value.
public readonly struct Vec
{
    public readonly int X;
    public readonly int Y;
    public Vec(int x, int y) { X = x; Y = y; }
    public Vec Add(Vec other) => new Vec(X + other.X, Y + other.Y);
    public Vec Scale(int factor) => new Vec(X * factor / 256, Y * factor / 256);
    public Vec Twice() => new Vec(X * 2, Y * 2);
    public Vec Negated() => new Vec(-X, -Y);
    public int Dot(Vec other) => X * other.X + Y * other.Y;
}

public struct Body
{
    public Vec Where;
    public Vec Speed;
}

public interface IMover { void Move(Holder h, int by); }

public sealed class Holder
{
    public Vec Small = new Vec(3, -4);
    public Vec Growing = new Vec(1, -1);
    public Vec Edge;
    public Vec Far;

    public void Step()
    {
        Growing = Growing.Twice();
        Small = Small.Scale(200);
    }

    public int GrowingDot() => Growing.Dot(Growing);

    public int SmallDot() => Small.Dot(Small.Negated());
}

public sealed class Pusher : IMover
{
    public void Move(Holder h, int by) => h.Far = new Vec(h.Far.X + by, h.Far.Y - by);
}

static class Program
{
    static void Deep(Holder h, int n)
    {
        if (n == 0) return;
        h.Edge = h.Edge.Add(new Vec(n * 400_000_000, -n * 400_000_000));
        Deep(h, n - 1);
    }

    static void Main()
    {
        var bodies = new Body[6];
        for (int i = 0; i < 6; i++)
        {
            bodies[i].Where = new Vec(i * 1000, -i * 999);
            bodies[i].Speed = new Vec(300 - i * 97, i * 55 - 120);
        }
        for (int step = 0; step < 40; step++)
        {
            for (int i = 0; i < 6; i++)
            {
                Body b = bodies[i];
                b.Speed = (step % 3 == 0 ? b.Speed.Negated() : b.Speed).Scale(250);
                b.Where = b.Where.Add(b.Speed);
                bodies[i] = b;
            }
        }
        long energy = 0;
        foreach (var b in bodies)
        {
            energy += b.Speed.Dot(b.Speed);
            Console.WriteLine(b.Where.X + "," + b.Where.Y + " " + b.Speed.X + "," + b.Speed.Y + " " + b.Speed.Dot(b.Where));
        }
        Console.WriteLine(energy);

        var h = new Holder();
        for (int i = 0; i < 40; i++)
        {
            h.Step();
            if (i % 8 == 0) Console.WriteLine(h.Growing.X + " " + h.Growing.Y + " " + h.GrowingDot() + " " + h.Small.X + " " + h.Small.Y + " " + h.SmallDot());
        }
        Console.WriteLine(h.Edge.X + " " + h.Edge.Y);
        h.Edge = new Vec(int.MinValue, int.MaxValue);
        var flipped = h.Edge.Negated();
        Console.WriteLine(flipped.X + " " + flipped.Y + " " + h.Edge.Scale(256).X + " " + h.Edge.Scale(300).Y + " " + h.Edge.Dot(h.Edge));
        var other = new Holder { Edge = new Vec(int.MaxValue, int.MinValue + 1) };
        Console.WriteLine(other.Edge.Add(new Vec(1, -2)).X + " " + other.Edge.Add(new Vec(1, -2)).Y + " " + other.Small.Twice().Y);
        int by = 1;
        Action push = () => h.Far = new Vec(by * 2, -by * 2);
        by = int.MaxValue;
        push();
        Console.WriteLine(h.Far.X + " " + h.Far.Y);
        IMover mover = new Pusher();
        mover.Move(h, int.MaxValue);
        Console.WriteLine(h.Far.X + " " + h.Far.Y + " " + h.Far.Twice().X);
        Deep(h, 6);
        Console.WriteLine(h.Edge.X + " " + h.Edge.Y + " " + h.Edge.Add(h.Edge).X);

        var total = new Vec(0, 0);
        var step2 = new Vec(700_000_000, -700_000_000);
        for (int i = 0; i < 5; i++) total = total.Add(step2);
        Console.WriteLine(total.X + " " + total.Y + " " + total.Twice().X);
        Vec chosen = bodies[0].Speed;
        if (chosen.X > 0) chosen = new Vec(int.MaxValue, 1);
        else chosen = new Vec(int.MinValue, -1);
        Console.WriteLine(chosen.Add(chosen).X + " " + chosen.Negated().X);
    }
}
