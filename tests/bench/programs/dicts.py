# Dictionaries: word counts over generated text, a grid of cells keyed by (x, y) tuples that
# evolves by counting neighbours (a game of life on a torus), and merging, copying and
# inverting dicts of strings.
import sys

SYLLABLES = ("ka", "lo", "mi", "nu", "re", "sa", "ti", "vo", "ze", "po", "qui", "ba")


def make_words(count, seed):
    words = []
    for _ in range(count):
        seed = (seed * 1103515245 + 12345) % 2147483648
        word = SYLLABLES[seed % 12] + SYLLABLES[(seed >> 8) % 12]
        if seed & 0x10000:
            word += SYLLABLES[(seed >> 16) % 12]
        words.append(word)
    return words, seed


def count_words(words, counts):
    for word in words:
        counts[word] = counts.get(word, 0) + 1
    return counts


def group_by_first_letter(counts):
    groups = {}
    for word, count in counts.items():
        groups.setdefault(word[0], []).append((count, word))
    return {letter: max(entries) for letter, entries in groups.items()}


def life_step(cells, size):
    neighbours = {}
    for (x, y) in cells:
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                if dx or dy:
                    key = ((x + dx) % size, (y + dy) % size)
                    neighbours[key] = neighbours.get(key, 0) + 1
    born = {}
    for key, count in neighbours.items():
        if count == 3 or (count == 2 and key in cells):
            born[key] = cells.get(key, 0) + 1
    return born


# params: (words per round, rounds, life generations, side of the life grid).
def bm_setup(params):
    count, rounds, generations, size = params
    state = {}

    def run():
        seed = 42
        totals = {}
        for _ in range(rounds):
            words, seed = make_words(count, seed)
            counts = count_words(words, {})
            for word, n in counts.items():
                if word in totals:
                    totals[word] += n
                else:
                    totals[word] = n
            inverse = {n: word for word, n in counts.items()}
            merged = dict(totals)
            merged.update(inverse)
            del merged[max(inverse)]
        best = group_by_first_letter(totals)
        # About a sixth of the grid starts alive, placed by the same generator.
        cells = {}
        for _ in range(size * size // 6):
            seed = (seed * 1103515245 + 12345) % 2147483648
            cells[(seed % size, (seed >> 8) % size)] = 1
        for _ in range(generations):
            cells = life_step(cells, size)
        oldest = max(cells.values()) if cells else 0
        state["value"] = (len(totals), sum(totals.values()), sorted(best.items()),
                          len(merged), len(cells), oldest)

    def result():
        return count * rounds, state["value"]

    return run, result


bm_params = {
    (50, 128): (50, 2, 2, 12),
    (100, 512): (500, 5, 10, 24),
    (1000, 2048): (2000, 1000, 2000, 32),
}

if __name__ == "__main__":
    params = tuple(int(arg) for arg in sys.argv[1:]) or bm_params[(1000, 2048)]
    run, result = bm_setup(params)
    run()
    print(result())
