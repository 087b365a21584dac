# Program: iterative and recursive binary search, lower bound, and search-count statistics.
def bsearch(seq, target):
    lo = 0
    hi = len(seq) - 1
    steps = 0
    while lo <= hi:
        steps += 1
        mid = (lo + hi) // 2
        if seq[mid] == target:
            return mid, steps
        elif seq[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1, steps
def bsearch_rec(seq, target, lo, hi):
    if lo > hi:
        return -1
    mid = (lo + hi) // 2
    if seq[mid] == target:
        return mid
    if seq[mid] < target:
        return bsearch_rec(seq, target, mid + 1, hi)
    return bsearch_rec(seq, target, lo, mid - 1)
def lower_bound(seq, target):
    lo, hi = 0, len(seq)
    while lo < hi:
        mid = (lo + hi) // 2
        if seq[mid] < target:
            lo = mid + 1
        else:
            hi = mid
    return lo
data = []
for i in range(0, 300, 3):
    data.append(i)
for t in (0, 3, 150, 297, 298, -1, 1000):
    print(t, bsearch(data, t), bsearch_rec(data, t, 0, len(data) - 1), lower_bound(data, t))
worst = 0
for t in range(-1, 301):
    idx, steps = bsearch(data, t)
    if steps > worst:
        worst = steps
print("worst steps", worst)
words = ["ant", "bee", "cat", "dog", "eel", "fox", "gnu"]
for w in ("cat", "ant", "gnu", "cow", "zebra", "aardvark"):
    print(w, bsearch(words, w)[0], lower_bound(words, w))
