# Dictionary word counting: split a text into words and count each word, then summarize the counts.
from micropython import const

TEXT = (
    "the sensor reads the temperature and the humidity every second and the board sends the readings "
    "to the server when the network is up if the network is down the board keeps the readings in a "
    "buffer and retries later the server stores every reading with a timestamp and the dashboard shows "
    "the last hour of readings for each sensor a red light means the sensor did not report in time "
    "and a green light means the sensor is fine the user can reset a sensor from the dashboard"
)

_ROUNDS = const(600)


def main():
    counts = {}
    for _ in range(_ROUNDS):
        for word in TEXT.split(" "):
            counts[word] = counts.get(word, 0) + 1

    weighted = 0
    best = 0
    best_word = ""
    for word, n in counts.items():
        weighted += n * len(word)
        if n > best:
            best = n
            best_word = word
    print("distinct: %d, weighted: %d, top: %s %d" % (len(counts), weighted, best_word, best))


main()
