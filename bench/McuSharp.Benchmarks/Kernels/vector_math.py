# Vector math on particles: each particle an object with its position and velocity, integrated in fixed point,
# bounced off the walls, with the centre of mass summed at the end.
from micropython import const

_COUNT = const(40)
_STEPS = const(250)
_SIZE = const(1 << 16)
_DAMPING = const(250)


def scale(v):
    # Fixed-point scaling truncates toward zero, like the integer division on the C# side.
    a = v * _DAMPING
    return a // 256 if a >= 0 else -(-a // 256)


class Particle:
    def __init__(self, x, y, vx, vy):
        self.x = x
        self.y = y
        self.vx = vx
        self.vy = vy


def main():
    particles = [Particle(i * 1500, (i * 7919) % _SIZE, 300 - i * 17, i * 11 - 200) for i in range(_COUNT)]
    bounces = 0
    for _ in range(_STEPS):
        for p in particles:
            nx = p.x + p.vx
            ny = p.y + p.vy
            if nx < 0 or nx >= _SIZE:
                p.vx = scale(-p.vx)
                p.vy = scale(p.vy)
                bounces += 1
            elif ny < 0 or ny >= _SIZE:
                p.vx = scale(p.vx)
                p.vy = scale(-p.vy)
                bounces += 1
            else:
                p.x = nx
                p.y = ny
    cx = cy = energy = 0
    for p in particles:
        cx += p.x
        cy += p.y
        energy += p.vx * p.vx + p.vy * p.vy
    print("bounces: %d, centre: %d,%d, energy: %d" % (bounces, cx // _COUNT, cy // _COUNT, energy))


main()
