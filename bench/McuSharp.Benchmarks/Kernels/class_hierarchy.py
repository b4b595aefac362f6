# A class hierarchy with virtual calls: sensors of three kinds behind a common base,
# sampled many times, with readings scaled by an overridable method and summarized.
from micropython import const

_TICKS = const(900)


class Sensor:
    def __init__(self, id):
        self.id = id
        self._sum = 0
        self._count = 0

    def scale(self, raw):
        return raw

    def sample(self, tick):
        self._sum += self.scale(self.read(tick))
        self._count += 1

    def score(self):
        return self._sum // self._count if self._count else 0


class Thermometer(Sensor):
    def __init__(self, id, offset):
        super().__init__(id)
        self._offset = offset

    def read(self, tick):
        return 200 + (tick * 7 + self.id) % 50 + self._offset

    def scale(self, raw):
        return raw * 9 // 5 + 320


class Hygrometer(Sensor):
    def read(self, tick):
        return (tick * 13 + self.id * 3) % 100


class Counter(Sensor):
    def __init__(self, id):
        super().__init__(id)
        self._pulses = 0

    def read(self, tick):
        if tick % 3 == self.id % 3:
            self._pulses += 1
        return self._pulses

    def score(self):
        return super().score() + self._pulses


def main():
    sensors = []
    for i in range(12):
        if i % 3 == 0:
            sensors.append(Thermometer(i, i - 6))
        elif i % 3 == 1:
            sensors.append(Hygrometer(i))
        else:
            sensors.append(Counter(i))
    for tick in range(_TICKS):
        for s in sensors:
            s.sample(tick)
    total = 0
    for s in sensors:
        total += s.score()
    print("sensors: %d, first: %d, last: %d, total: %d" % (len(sensors), sensors[0].score(), sensors[11].score(), total))


main()
