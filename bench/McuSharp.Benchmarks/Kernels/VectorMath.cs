// Struct-heavy vector math: particles as value-type positions and velocities, integrated in fixed point,
// bounced off the walls, with their centre of mass computed from struct copies.
namespace Bench;

public readonly struct Vec2
{
    public readonly int X;
    public readonly int Y;
    public Vec2(int x, int y) { X = x; Y = y; }
    public Vec2 Add(Vec2 other) => new Vec2(X + other.X, Y + other.Y);
    public Vec2 Scale(int factor) => new Vec2(X * factor / 256, Y * factor / 256);
    public int Dot(Vec2 other) => X * other.X + Y * other.Y;
}

public struct Particle
{
    public Vec2 Position;
    public Vec2 Velocity;
}

public static class VectorMath
{
    private const int Count = 40;
    private const int Steps = 250;
    private const int Size = 1 << 16;
    private const int Damping = 250;

    public static void Main()
    {
        var particles = new Particle[Count];
        for (int i = 0; i < Count; i++)
        {
            particles[i].Position = new Vec2(i * 1500, (i * 7919) % Size);
            particles[i].Velocity = new Vec2(300 - i * 17, i * 11 - 200);
        }
        int bounces = 0;
        for (int step = 0; step < Steps; step++)
        {
            for (int i = 0; i < Count; i++)
            {
                Particle p = particles[i];
                Vec2 next = p.Position.Add(p.Velocity);
                if (next.X < 0 || next.X >= Size)
                {
                    p.Velocity = new Vec2(-p.Velocity.X, p.Velocity.Y).Scale(Damping);
                    bounces++;
                }
                else if (next.Y < 0 || next.Y >= Size)
                {
                    p.Velocity = new Vec2(p.Velocity.X, -p.Velocity.Y).Scale(Damping);
                    bounces++;
                }
                else
                {
                    p.Position = next;
                }
                particles[i] = p;
            }
        }
        var centre = new Vec2(0, 0);
        long energy = 0;
        foreach (Particle p in particles)
        {
            centre = centre.Add(p.Position);
            energy += p.Velocity.Dot(p.Velocity);
        }
        Console.WriteLine("bounces: " + bounces + ", centre: " + centre.X / Count + "," + centre.Y / Count + ", energy: " + energy);
    }
}
