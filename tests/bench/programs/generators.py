# Generators: pipelines of generator functions and generator expressions, delegation with
# yield from (recursively, over a tree), and generators driven by send().
import sys


def numbers(count, seed):
    for _ in range(count):
        seed = (seed * 1103515245 + 12345) % 2147483648
        yield seed >> 12


def evens(source):
    for n in source:
        if n % 2 == 0:
            yield n


def scaled(source, factor):
    for n in source:
        yield n * factor % 1009


def pairs(source):
    previous = None
    for n in source:
        if previous is not None:
            yield previous, n
        previous = n


def chunks(source, size):
    chunk = []
    for item in source:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def walk(tree):
    # tree is (value, children): depth-first, each level delegating with yield from.
    value, children = tree
    yield value
    for child in children:
        yield from walk(child)


def build_tree(depth, value):
    if depth == 0:
        return (value, [])
    return (value, [build_tree(depth - 1, value * 3 + i) for i in range(3)])


def spread_tracker():
    # Receives values by send() and answers with the spread seen so far.
    low = high = yield 0
    while True:
        value = yield high - low
        if value < low:
            low = value
        elif value > high:
            high = value


def flatten(items):
    for item in items:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item


# params: (numbers in the pipeline, tree depth, rounds).
def bm_setup(params):
    count, depth, rounds = params
    state = {}

    def run():
        pipeline_total = 0
        chunk_total = 0
        for r in range(rounds):
            source = scaled(evens(numbers(count, r + 1)), 7)
            pipeline_total += sum(a * b % 101 for a, b in pairs(source))
            chunk_total += sum(max(chunk) for chunk in chunks(numbers(count, r + 2), 10))
        tree = build_tree(depth, 1)
        walked = 0
        for r in range(rounds):
            walked += sum(v % (1000 + r) for v in walk(tree))
        tree = None
        tracker = spread_tracker()
        next(tracker)
        spread = 0
        for v in numbers(count, 99):
            spread += tracker.send(v % 100000)
        nested = [[i, [i + 1, [i + 2]], i + 3] for i in range(count // 20)]
        flat = sum(flatten(nested))
        state["value"] = (pipeline_total, chunk_total, walked, spread, flat)

    def result():
        return count * rounds, state["value"]

    return run, result


bm_params = {(50, 128): (100, 3, 2), (100, 512): (1000, 5, 4), (1000, 2048): (40000, 7, 60)}

if __name__ == "__main__":
    params = tuple(int(arg) for arg in sys.argv[1:]) or bm_params[(1000, 2048)]
    run, result = bm_setup(params)
    run()
    print(result())
