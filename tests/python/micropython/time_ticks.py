# MicroPython's time.ticks_* and sleep_ms/sleep_us do not exist in CPython, so
# time_ticks.exp holds the expected output. The arithmetic follows
# MicroPython's documentation: ticks wrap around at 2**30, and ticks_diff is
# signed, in [-2**29, 2**29).
import time

PERIOD = 2**30
MAX = PERIOD - 1
HALF = PERIOD // 2

for name in ("ticks_ms", "ticks_us", "ticks_cpu"):
    t = getattr(time, name)()
    print(name, type(t).__name__, 0 <= t <= MAX)

print(time.ticks_add(MAX, 1), time.ticks_add(0, -1) == MAX)
print(time.ticks_add(100, -50), time.ticks_add(5, HALF - 1) == HALF + 4)
print(time.ticks_diff(5, MAX), time.ticks_diff(MAX, 5))
print(time.ticks_diff(HALF, 0), time.ticks_diff(0, HALF))
print(time.ticks_diff(HALF - 1, 0), time.ticks_diff(0, HALF - 1))
for delta in (1, -1, 1000, -1000, HALF - 1, -(HALF - 1)):
    t = time.ticks_add(12345, delta)
    print(delta, time.ticks_diff(t, 12345) == delta,
          time.ticks_diff(12345, t) == -delta)

for delta in (HALF, -HALF, PERIOD):
    try:
        time.ticks_add(0, delta)
    except OverflowError as e:
        print("OverflowError", e)

# Sleeping: at least the time asked, measured on the tick counters; a
# negative length returns at once.
start = time.ticks_ms()
time.sleep_ms(30)
print(time.ticks_diff(time.ticks_ms(), start) >= 30)
start = time.ticks_us()
time.sleep_us(2000)
print(time.ticks_diff(time.ticks_us(), start) >= 2000)
start = time.ticks_ms()
time.sleep_ms(-100)
time.sleep_us(-100)
print(time.ticks_diff(time.ticks_ms(), start) < 50)
