# Lists and sorting: sorts of ints, of tuples, of strings and of objects by a key function,
# stable sorts on several keys, reversed sorts, then binary searches, slicing, comprehensions
# and min/max with a key over the sorted lists.
import sys


class Item:
    def __init__(self, name, price, weight):
        self.name = name
        self.price = price
        self.weight = weight


def make_values(count, seed):
    values = []
    for _ in range(count):
        seed = (seed * 1103515245 + 12345) % 2147483648
        values.append(seed >> 8)
    return values, seed


def lower_bound(items, target):
    low, high = 0, len(items)
    while low < high:
        middle = (low + high) // 2
        if items[middle] < target:
            low = middle + 1
        else:
            high = middle
    return low


def checksum(values):
    total = 0
    for i, v in enumerate(values):
        total = (total * 31 + v * (i + 1)) % 1000000007
    return total


# params: (list length, rounds).
def bm_setup(params):
    count, rounds = params
    state = {}

    def run():
        seed = 7
        total = 0
        for _ in range(rounds):
            values, seed = make_values(count, seed)
            ordered = sorted(values)
            hits = sum(1 for v in values[::7] if ordered[lower_bound(ordered, v)] == v)
            pairs = [(v % 100, v) for v in values]
            pairs.sort(reverse=True)
            items = [Item("item%d" % (v % 1000), v % 997, v % 13) for v in values]
            items.sort(key=lambda item: item.price)
            items.sort(key=lambda item: item.weight)
            names = sorted((item.name for item in items[: count // 4]), key=len)
            heaviest = max(items, key=lambda item: item.weight * 1000 + item.price)
            middle = ordered[count // 4 : 3 * count // 4]
            middle.reverse()
            total += (hits + checksum(ordered) + checksum([p[0] for p in pairs])
                      + checksum([item.price for item in items]) + len(names[-1])
                      + heaviest.price + middle[0] - min(values, key=lambda v: v % 1000))
        state["value"] = total

    def result():
        return count * rounds, state["value"]

    return run, result


bm_params = {(50, 128): (100, 2), (100, 512): (500, 4), (1000, 2048): (1000, 600)}

if __name__ == "__main__":
    params = tuple(int(arg) for arg in sys.argv[1:]) or bm_params[(1000, 2048)]
    run, result = bm_setup(params)
    run()
    print(result())
