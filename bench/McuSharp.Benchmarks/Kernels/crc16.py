# CRC-16/CCITT-FALSE (polynomial 0x1021, initial value 0xFFFF), bit by bit over a byte buffer.
from micropython import const

_SIZE = const(2048)
_ROUNDS = const(10)


def crc16(data):
    crc = 0xFFFF
    for b in data:
        crc ^= b << 8
        for _ in range(8):
            if crc & 0x8000:
                crc = ((crc << 1) ^ 0x1021) & 0xFFFF
            else:
                crc = (crc << 1) & 0xFFFF
    return crc


def main():
    data = bytearray(_SIZE)
    for i in range(len(data)):
        data[i] = (i * 7 + 3) & 0xFF

    check = 0
    for r in range(_ROUNDS):
        data[r] = r
        check ^= crc16(data)
    print("crc: %04X, check: %d" % (crc16(b"123456789"), check))


main()
