# Running out of memory on a board: a too-big allocation is a MemoryError, the heap recovers and
# the program goes on, and too deep recursion is an error, not a crash. CPython on a PC would
# simply allocate the 64 MiB, hence the .exp file.
import gc

try:
    big = bytearray(64 * 1024 * 1024)
    print("allocated")
except MemoryError:
    print("MemoryError")

try:
    hog = []
    while True:
        hog.append([0] * 256)
except MemoryError:
    count = len(hog)
    hog = None
    print("MemoryError after filling the heap", count > 10)

gc.collect()
blocks = [bytearray(1024) for _ in range(16)]
print(len(blocks), sum(len(b) for b in blocks))


def deep(n):
    return deep(n + 1) + 1


try:
    deep(0)
except RuntimeError as e:
    print("RuntimeError", e)
print("still running", sum(range(100)))
