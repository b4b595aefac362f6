# A device-side data pipeline: a buffer of sensor readings is filtered (valid, above the noise floor), calibrated,
# summed and maximized, counted per condition, and the hottest few are picked by sorting (ties by sensor id).
from micropython import const

_ROUNDS = const(40)


class Reading:
    def __init__(self, sensor, raw, valid):
        self.sensor = sensor
        self.raw = raw
        self.valid = valid


def main():
    readings = [Reading(i % 8, (i * 37 + 11) % 1000, i % 13 != 0) for i in range(240)]
    checksum = 0
    top = 0
    for rnd in range(_ROUNDS):
        offset = rnd % 7
        total = sum(r.raw * 3 // 2 + offset for r in readings if r.valid and r.raw > 100)
        peak = max(r.raw + offset for r in readings if r.valid)
        valid = sum(1 for r in readings if r.valid)
        alarm = any(r.raw > 990 - offset for r in readings)
        hottest = sorted((r for r in readings if r.valid), key=lambda r: (-r.raw, r.sensor))
        for r in hottest[:5]:
            top += (r.sensor * 1000 + r.raw) % 97
        checksum += total + valid * 3 + peak + (1 if alarm else 0)
    print("readings: %d, checksum: %d, top: %d" % (len(readings), checksum, top))


main()
