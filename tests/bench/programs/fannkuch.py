# Fannkuch: for every permutation of 0..n-1, repeatedly reverses the prefix whose length is
# the first element until that element is 0; reports the largest number of flips and a
# checksum that alternates sign with the permutation's index.
import sys


def fannkuch(n):
    perm = list(range(n))
    counts = [0] * n
    max_flips = 0
    checksum = 0
    index = 0
    while True:
        first = perm[0]
        if first:
            flipped = perm[:]
            flips = 0
            while first:
                flipped[: first + 1] = flipped[first::-1]
                flips += 1
                first = flipped[0]
            if flips > max_flips:
                max_flips = flips
            checksum += flips if index % 2 == 0 else -flips
        # The next permutation, by rotating prefixes (counts works as a mixed-radix counter).
        level = 1
        while level < n:
            head = perm[0]
            perm[:level] = perm[1 : level + 1]
            perm[level] = head
            counts[level] += 1
            if counts[level] <= level:
                break
            counts[level] = 0
            level += 1
        else:
            return max_flips, checksum
        index += 1


# params: (length of the permutations, rounds).
def bm_setup(params):
    n, rounds = params
    state = {}

    def run():
        for _ in range(rounds):
            state["value"] = fannkuch(n)

    def result():
        return n, state["value"]

    return run, result


bm_params = {(50, 128): (5, 1), (100, 512): (7, 1), (1000, 2048): (9, 3)}

if __name__ == "__main__":
    params = tuple(int(arg) for arg in sys.argv[1:]) or bm_params[(1000, 2048)]
    run, result = bm_setup(params)
    run()
    print(result())
