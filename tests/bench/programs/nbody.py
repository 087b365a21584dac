# N-body: floating-point simulation of bodies under gravity, integrated with fixed time
# steps; the planets start from a pseudo-random generator so that no data table is needed.
# Prints the total energy before and after, and the positions' sum, to 9 decimal places.
import sys


def make_bodies(count):
    # Planets on near-circular orbits in one plane (with a little tilt) round a sun of mass 1.
    seed = 12345
    bodies = [[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0]]
    for _ in range(count):
        values = []
        for _ in range(4):
            seed = (seed * 1103515245 + 12345) % 2147483648
            values.append(seed / 2147483648.0 - 0.5)
        x, y, z = values[0] * 8.0, values[1] * 8.0, values[2] * 0.1
        radius = (x * x + y * y) ** 0.5
        speed = (1.0 / radius) ** 0.5
        mass = 0.0005 + values[3] * 0.0008
        bodies.append([x, y, z, -y / radius * speed, x / radius * speed, 0.0, mass])
    # The sun moves against the planets, so that the system as a whole stays in place.
    sun = bodies[0]
    for body in bodies[1:]:
        sun[3] -= body[3] * body[6]
        sun[4] -= body[4] * body[6]
    return bodies


def pairs_of(bodies):
    return [(bodies[i], bodies[j]) for i in range(len(bodies)) for j in range(i + 1, len(bodies))]


def advance(bodies, pairs, dt, steps):
    for _ in range(steps):
        for (b1, b2) in pairs:
            dx = b1[0] - b2[0]
            dy = b1[1] - b2[1]
            dz = b1[2] - b2[2]
            distance_sq = dx * dx + dy * dy + dz * dz 
            magnitude = dt / (distance_sq * distance_sq**0.5)
            m1 = b1[6] * magnitude
            m2 = b2[6] * magnitude
            b1[3] -= dx * m2
            b1[4] -= dy * m2
            b1[5] -= dz * m2
            b2[3] += dx * m1
            b2[4] += dy * m1
            b2[5] += dz * m1
        for body in bodies:
            body[0] += dt * body[3]
            body[1] += dt * body[4]
            body[2] += dt * body[5]


def energy(bodies, pairs):
    total = 0.0
    for (x, y, z, vx, vy, vz, mass) in bodies:
        total += 0.5 * mass * (vx * vx + vy * vy + vz * vz)
    for (b1, b2) in pairs:
        dx = b1[0] - b2[0]
        dy = b1[1] - b2[1]
        dz = b1[2] - b2[2]
        total -= b1[6] * b2[6] / (dx * dx + dy * dy + dz * dz ) ** 0.5
    return total


# params: (number of bodies besides the sun, time steps).
def bm_setup(params):
    count, steps = params
    state = {}

    def run():
        bodies = make_bodies(count)
        pairs = pairs_of(bodies)
        before = energy(bodies, pairs)
        advance(bodies, pairs, 0.01, steps)
        after = energy(bodies, pairs)
        positions = sum(b[0] + b[1] + b[2] for b in bodies)
        state["value"] = "%.9f %.9f %.9f" % (before, after, positions)

    def result():
        return steps, state["value"]

    return run, result


bm_params = {(50, 128): (4, 50), (100, 512): (4, 1000), (1000, 2048): (4, 300000)}

if __name__ == "__main__":
    params = tuple(int(arg) for arg in sys.argv[1:]) or bm_params[(1000, 2048)]
    run, result = bm_setup(params)
    run()
    print(result())
