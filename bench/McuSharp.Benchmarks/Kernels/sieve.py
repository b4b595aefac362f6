# Prime sieve (Eratosthenes): count the primes below a limit, a few times over.
from micropython import const

_LIMIT = const(30000)
_ROUNDS = const(4)


def count_primes(limit):
    composite = bytearray(limit + 1)
    i = 2
    while i * i <= limit:
        if not composite[i]:
            for j in range(i * i, limit + 1, i):
                composite[j] = 1
        i += 1
    count = 0
    for i in range(2, limit + 1):
        if not composite[i]:
            count += 1
    return count


def main():
    total = 0
    for r in range(_ROUNDS):
        total += count_primes(_LIMIT - r)
    print("primes:", total)


main()
