# A class-free state machine: decode framed packets (0x7E, length, payload, checksum) from a noisy byte stream.
from micropython import const

_WAIT_START = const(0)
_READ_LENGTH = const(1)
_READ_PAYLOAD = const(2)
_READ_CHECKSUM = const(3)

_START_BYTE = const(0x7E)
_FRAMES = const(400)
_ROUNDS = const(18)


def make_stream():
    stream = bytearray()
    for f in range(_FRAMES):
        stream.append(f % 5)  # line noise before the frame
        stream.append(_START_BYTE)
        length = 3 + f % 13
        stream.append(length)
        total = 0
        for k in range(length):
            value = (f * 31 + k * 7) % 120
            stream.append(value)
            total += value
        # Every seventh frame is corrupted.
        stream.append((total + 1 if f % 7 == 0 else total) & 0xFF)
    return stream


def decode(stream, stats):
    state = _WAIT_START
    remaining = 0
    total = 0
    payload_total = 0
    for b in stream:
        if state == _WAIT_START:
            if b == _START_BYTE:
                state = _READ_LENGTH
            else:
                stats[2] += 1
        elif state == _READ_LENGTH:
            remaining = b
            total = 0
            state = _READ_CHECKSUM if remaining == 0 else _READ_PAYLOAD
        elif state == _READ_PAYLOAD:
            total += b
            remaining -= 1
            if remaining == 0:
                state = _READ_CHECKSUM
        elif state == _READ_CHECKSUM:
            if total & 0xFF == b:
                stats[0] += 1
                payload_total += total
            else:
                stats[1] += 1
            state = _WAIT_START
    return payload_total


def main():
    stream = make_stream()
    stats = [0, 0, 0]
    total = 0
    for _ in range(_ROUNDS):
        total += decode(stream, stats)
    print("bytes: %d, good: %d, bad: %d, noise: %d, total: %d" % (len(stream), stats[0], stats[1], stats[2], total))


main()
