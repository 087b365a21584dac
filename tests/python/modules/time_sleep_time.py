# time.sleep with ints and floats, and time.time / time.time_ns, where
# MicroPython's unix port and CPython agree.
import time

start = time.time()
print(time.sleep(0))
time.sleep(0.01)
time.sleep(False)
print(type(time.time()).__name__, type(time.time_ns()).__name__)
print(time.time() >= start)
print(abs(time.time_ns() / 1e9 - time.time()) < 1)

# A negative length is an error (CPython's; MicroPython's ports differ).
for length in (-1, -0.5):
    try:
        time.sleep(length)
    except ValueError as e:
        print("ValueError", e)

for bad in ("1", None, [1]):
    try:
        time.sleep(bad)
    except TypeError:
        print("TypeError", repr(bad))

# A sleep lasts at least as long as asked.
before = time.time()
time.sleep(0.05)
print(time.time() - before >= 0.04)
