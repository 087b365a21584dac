# Records, classes, attribute access and procedure calls, in the manner of pystone: each
# step moves values between records, calls small procedures with several arguments,
# updates global state and module-level arrays, and compares short strings.
import sys

KIND_IDLE, KIND_READY, KIND_BUSY, KIND_DONE = 0, 1, 2, 3

ticks = 0
last_flag = False
table = [0] * 64
grid = [[0] * 64 for _ in range(64)]


class Record:
    def __init__(self, link, kind, count, label):
        self.link = link
        self.kind = kind
        self.count = count
        self.label = label

    def assign(self, other):
        self.link = other.link
        self.kind = other.kind
        self.count = other.count
        self.label = other.label

    def advance(self, amount):
        self.count = (self.count + amount) % 1000
        return self.count


class Worker(Record):
    def __init__(self, link, kind, count, label, rate):
        Record.__init__(self, link, kind, count, label)
        self.rate = rate

    def advance(self, amount):
        return Record.advance(self, amount * self.rate)


def next_kind(kind):
    if kind == KIND_IDLE:
        return KIND_READY
    elif kind == KIND_READY:
        return KIND_BUSY
    elif kind == KIND_BUSY:
        return KIND_DONE
    return KIND_IDLE


def is_active(kind):
    return kind == KIND_READY or kind == KIND_BUSY


def mix(a, b, c):
    return (a * 3 + b * 5 + c) % 97


def fill(index, value):
    table[index] = value
    table[index + 1] = table[index] + 1
    row = grid[index]
    for j in range(index, index + 3):
        row[j] = index
    grid[index + 10][index] += table[index] & 15


def compare_labels(first, second):
    global last_flag
    if first[2] == second[2] and first < second:
        last_flag = True
        return 1
    last_flag = False
    return 0


def step(record, turn):
    global ticks
    partner = record.link
    partner.assign(record)
    partner.count = mix(record.count, turn, partner.kind)
    record.kind = next_kind(record.kind)
    if is_active(record.kind):
        ticks += record.advance(turn & 7)
    else:
        ticks += partner.advance(1)
    return partner


# params: (loops,).
def bm_setup(params):
    (loops,) = params
    state = {}

    def run():
        global ticks
        ticks = 0
        first = Worker(None, KIND_IDLE, 7, "RECORD, FIRST", 3)
        second = Record(first, KIND_BUSY, 11, "RECORD, SECOND")
        first.link = second
        labels = ("RECORD, 1'ST", "RECORD, 2'ND", "RECORD, 3'RD")
        matches = 0
        current = first
        for turn in range(loops):
            current = step(current, turn)
            index = turn % 50
            fill(index, mix(index, turn, current.count))
            matches += compare_labels(labels[turn % 3], labels[(turn + 1) % 3])
            if last_flag and current.kind != KIND_DONE:
                current.label = labels[turn % 3]
        state["value"] = (ticks, matches, sum(table), grid[25][15], current.label)

    def result():
        return loops, state["value"]

    return run, result


bm_params = {(50, 128): (200,), (100, 512): (2000,), (1000, 2048): (1000000,)}

if __name__ == "__main__":
    params = tuple(int(arg) for arg in sys.argv[1:]) or bm_params[(1000, 2048)]
    run, result = bm_setup(params)
    run()
    print(result())
