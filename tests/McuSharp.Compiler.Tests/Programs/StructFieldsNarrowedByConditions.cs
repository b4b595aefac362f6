using System;

// A struct local's fields narrowed by the if statement that guards a store: `else p.Pos = next;` keeps Pos inside
// what the conditions allow, so sums of it cannot overflow. Where a guard says nothing (the branch stores the local
// again, the true side of an `or`, a comparison with a variable) the values run on until
// they wrap, as in C#.
readonly struct V
{
    public readonly int X;
    public readonly int Y;
    public V(int x, int y) { X = x; Y = y; }
    public V Add(V o) => new V(X + o.X, Y + o.Y);
}

struct Body
{
    public V Pos;
    public V Step;
}

// One holder type a case, with names of its own: a flattened field's range is what every store into it gives,
// program-wide, and its attributes' names (FreePos_X) must be free.
struct Free { public V FreePos; public V FreeStep; }
struct Again { public V AgainPos; public V AgainStep; }
struct Seen { public V SeenPos; public V SeenStep; }

static class Program
{
    const int Size = 1000;

    static void Main()
    {
        var bodies = new Body[3];
        for (int i = 0; i < 3; i++) { bodies[i].Pos = new V(i * 300, 999 - i); bodies[i].Step = new V(7 + i, -(3 + i)); }
        int kept = 0;
        for (int t = 0; t < 400; t++)
        {
            for (int i = 0; i < bodies.Length; i++)
            {
                Body b = bodies[i];
                V next = b.Pos.Add(b.Step);
                if (next.X < 0 || next.X >= Size) b.Step = new V(-b.Step.X, b.Step.Y);
                else if (!(next.Y >= 0 && Size > next.Y)) b.Step = new V(b.Step.X, -b.Step.Y);
                else { b.Pos = next; kept++; }
                bodies[i] = b;
            }
        }
        foreach (var b in bodies) Console.WriteLine(b.Pos.X + "," + b.Pos.Y + " step " + b.Step.X + "," + b.Step.Y);
        Console.WriteLine("kept " + kept);

        // Guards that must not narrow: each of these grows until it wraps.
        // Either side of an `or` may have held: the store says nothing of X.
        var free = new Free { FreePos = new V(0, 0), FreeStep = new V(int.MaxValue / 2 + 1, 0) };
        for (int t = 0; t < 3; t++)
        {
            V next = free.FreePos.Add(free.FreeStep);
            if (next.X >= 0 && next.X < Size || next.Y < 5) free.FreePos = next;
            Console.WriteLine("or-true " + free.FreePos.X + " " + (free.FreePos.X + free.FreePos.X));
        }
        // The branch stores the local again before the store: the condition spoke of the old value.
        var again = new Again { AgainPos = new V(0, 0), AgainStep = new V(1, 1) };
        for (int t = 0; t < 3; t++)
        {
            V next = again.AgainPos.Add(again.AgainStep);
            if (next.X >= 0 && next.X < Size)
            {
                next = next.Add(new V(int.MaxValue, 0));
                again.AgainPos = next;
            }
            else again.AgainPos = new V(0, 0);
            Console.WriteLine("restored " + again.AgainPos.X + " " + (again.AgainPos.X + again.AgainPos.X));
        }
        var seen = new Seen { SeenPos = new V(5, 5), SeenStep = new V(int.MaxValue, 1) };
        int limit = 10;
        for (int t = 0; t < 3; t++)
        {
            V next = seen.SeenPos.Add(seen.SeenStep);
            if (next.X < limit && 3 == next.Y - t - 2) seen.SeenPos = next;
            Console.WriteLine("variable bound " + seen.SeenPos.X + " " + (seen.SeenPos.X + seen.SeenStep.X));
        }
    }
}
