# String building: assemble a CSV-like report from a list of parts, then check its length and a few characters.
from micropython import const

_ROWS = const(4000)


def build_report(rows):
    parts = ["id,name,value\n"]
    for i in range(rows):
        parts.append(str(i))
        parts.append(",")
        parts.append("sensor")
        parts.append(str(i % 16))
        parts.append(",")
        parts.append(str(i * 37 % 1000))
        parts.append("\n")
    return "".join(parts)


def main():
    length = 0
    checksum = 0
    for r in range(5):
        report = build_report(_ROWS + r)
        length += len(report)
        checksum += ord(report[len(report) // 2]) + ord(report[len(report) - 2])
    print("length: %d, checksum: %d" % (length, checksum))


main()
