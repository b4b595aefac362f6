# Exception-heavy parsing: configuration lines where many values are malformed; int() raises and the
# caller catches, counts and falls back, with a custom exception for out-of-range settings.
from micropython import const

_ROUNDS = const(300)

_LINES = (
    "interval=30", "retries=x3", "port=8080", "timeout=", "level=7", "gain=-4", "baud=115200",
    "offset=12a", "limit=999999", "count=42", "mode=fast", "threshold=65", "window=-1", "delay=250",
)


class SettingError(Exception):
    def __init__(self, key, value):
        super().__init__("setting %s out of range: %d" % (key, value))
        self.key = key


def parse_setting(line):
    eq = line.index("=")
    key = line[:eq]
    value = int(line[eq + 1:])
    if value < 0 or value > 100000:
        raise SettingError(key, value)
    return value


def main():
    total = 0
    malformed = 0
    out_of_range = 0
    last_error = ""
    for _ in range(_ROUNDS):
        for line in _LINES:
            try:
                total += parse_setting(line)
            except SettingError as e:
                out_of_range += 1
                last_error = e.args[0]
            except ValueError:
                malformed += 1
    print("total: %d, malformed: %d, out of range: %d, last: %s" % (total, malformed, out_of_range, last_error))


main()
