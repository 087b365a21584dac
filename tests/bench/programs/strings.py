# String work: builds lines of text with f-strings, str.format and %, then takes them apart
# with split, strip, partition, replace, find, case changes, slicing and join. The checksum
# is computed from lengths and character codes, never from hash().
import sys

WORDS = ("alpha", "Bravo", "charlie", "DELTA", "echo", "foxtrot", "golf", "Hotel",
         "india", "juliett", "kilo", "lima", "mike", "November", "oscar", "papa")


def make_line(i):
    first = WORDS[i % 16]
    second = WORDS[(i * 7) % 16]
    if i % 3 == 0:
        return f"  {first}:{i:05d} {second.lower()} = {i * 0.5:.2f};  "
    if i % 3 == 1:
        return "  {}:{:>5} {} = {:x};  ".format(first, i, second.upper(), i * 31)
    return "  %s:%-5d %s = %r;  " % (first, i, second.title(), second[::-1])


def digest(text, acc):
    for ch in text[::7]:
        acc = (acc * 31 + ord(ch)) % 1000003
    return acc


def process(line):
    stripped = line.strip().rstrip(";")
    key, _, rest = stripped.partition(" = ")
    label, _, second = key.partition(" ")
    name, _, number = label.partition(":")
    words = rest.replace("'", " ").split()
    parts = [name.capitalize(), number.strip().zfill(6), second.lower(), "-".join(words)]
    if name.startswith("e") or name.endswith("o"):
        parts.append(name.swapcase())
    if rest.find("a") >= 0:
        parts.append(str(rest.count("a")))
    if number.isdigit():
        parts.append(number[-2:])
    return "|".join(parts)


# params: (lines per batch, batches); each batch is built, joined, split and processed.
def bm_setup(params):
    count, batches = params
    state = {}

    def run():
        length = upper = acc = 0
        for batch in range(batches):
            lines = [make_line(batch * count + i) for i in range(count)]
            text = "\n".join(lines)
            records = [process(line) for line in text.split("\n")]
            report = ",".join(records)
            length += len(text) + len(report)
            upper += sum(1 for record in records if record[:1].isupper())
            acc = digest(report, acc)
        state["value"] = (length, upper, acc, records[count // 2])

    def result():
        return count * batches, state["value"]

    return run, result


bm_params = {(50, 128): (20, 2), (100, 512): (100, 5), (1000, 2048): (500, 1000)}

if __name__ == "__main__":
    params = tuple(int(arg) for arg in sys.argv[1:]) or bm_params[(1000, 2048)]
    run, result = bm_setup(params)
    run()
    print(result())
