# Sorting a list: insertion sort of pseudo-random integers in a list.
from micropython import const

_COUNT = const(800)


def sort(items):
    for i in range(1, len(items)):
        key = items[i]
        j = i - 1
        while j >= 0 and items[j] > key:
            items[j + 1] = items[j]
            j -= 1
        items[j + 1] = key


def main():
    items = []
    seed = 12345
    for _ in range(_COUNT):
        seed = (seed * 1664525 + 1013904223) & 0xFFFFFFFF
        items.append((seed >> 16) % 10000)

    sort(items)

    ok = True
    weighted = 0
    for i in range(len(items)):
        if i > 0 and items[i - 1] > items[i]:
            ok = False
        weighted += items[i] * (i + 1)
    print("sorted: %s, min: %d, max: %d, weighted: %d" % (ok, items[0], items[-1], weighted))


main()
